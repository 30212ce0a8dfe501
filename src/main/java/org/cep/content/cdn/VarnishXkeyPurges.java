package org.cep.content.cdn;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/** A purge as {@code scripts/cdn/varnish.vcl} takes it: {@code PURGE} with the keys in {@code xkey-purge}, space-separated. */
class VarnishXkeyPurges implements PurgeRequests {

    static final String METHOD = "PURGE";
    static final String HEADER = "xkey-purge";

    @Override
    public HttpRequest purge(URI target, List<String> keys, Duration timeout) {
        return HttpRequest.newBuilder(target).method(METHOD, HttpRequest.BodyPublishers.noBody())
                .header(HEADER, String.join(" ", keys)).timeout(timeout).build();
    }
}
