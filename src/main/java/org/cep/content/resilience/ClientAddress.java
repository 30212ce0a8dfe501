package org.cep.content.resilience;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The address a request is counted against, by the rate limits and the searches each client may run at once. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The peer address, or the forwarded client's when quarkus.http.proxy.proxy-address-forwarding trusts a proxy. */
    public static String of(HttpServerRequest http) {
        SocketAddress address = http.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
