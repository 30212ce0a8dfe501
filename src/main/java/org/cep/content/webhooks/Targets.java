package org.cep.content.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs messages may go to: {@code https} (or {@code http} where allowed), and hosts whose every address is a
 * public one, so that a subscription cannot make the service call into its own network. Checked when a subscription
 * is made and again before each delivery, since what a name resolves to can change.
 */
@ApplicationScoped
class Targets {

    static final int MAX_LENGTH = 2000;

    @Inject
    WebhookConfig config;

    /** Why the URL may not be a target, or nothing when it may. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("a target URL is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean http = scheme.equals("http") && config.allowHttp();
        if (!scheme.equals("https") && !http) {
            return Optional.of("must be an https URL" + (config.allowHttp() ? " or an http one" : ""));
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must name a host, with no user name and no fragment");
        }
        return config.allowPrivateTargets() ? Optional.empty() : publicAddresses(uri.getHost());
    }

    private static Optional<String> publicAddresses(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host '" + host + "' cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("the host '" + host + "' has the address " + address.getHostAddress()
                        + ", in a private, loopback or link-local range; only public addresses are accepted");
            }
        }
        return Optional.empty();
    }

    /** Whether the address is on the public internet: not loopback, private, link-local, unique-local, shared or multicast. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 shared (carrier-grade NAT), 192.0.0.0/24 protocol assignments,
            // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and the broadcast address.
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; an IPv4-mapped address (::ffff:a.b.c.d) counts as its IPv4 address.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
