package org.cep.content.cdn;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/**
 * How one kind of cache is asked to drop the answers carrying some keys. Varnish's is {@link VarnishXkeyPurges}; a
 * Fastly or Cloudflare one would post the keys to that service's purge API with its token.
 */
interface PurgeRequests {

    /** The request that purges {@code keys} at {@code target}. */
    HttpRequest purge(URI target, List<String> keys, Duration timeout);
}
