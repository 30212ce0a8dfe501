# Varnish 7 in front of the CEP content API (Debian: apt-get install varnish varnish-modules), purged by the service
# by surrogate key. Every cacheable answer names what it shows in an xkey header (event:1234 ... events); after each
# change, and when a scheduled item comes due, the service sends PURGE with those keys in xkey-purge to each URL of
# content.cdn.purge-urls, and this drops every answer carrying any of them. See docs/cdn.md.
#
#   varnishd -F -a :6081 -f "$PWD/scripts/cdn/varnish.vcl" -n /tmp/varnish-cep -s malloc,256m
#   service: content.cdn.purge-urls=http://127.0.0.1:6081/
vcl 4.1;

import xkey;

# The service (scripts/run.sh listens on 8080).
backend api {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may purge: the service's instances. Add their addresses; everyone else gets 403.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is for the service only"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        # A hard purge: what the service says changed is never served again, not even while revalidating.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged + " objects"));
    }
    # Writes, and reads with credentials (drafts, an editor's view), always go to the service.
    if ((req.method != "GET" && req.method != "HEAD") || req.http.Authorization) {
        return (pass);
    }
    # The API sets no cookies and reads none: a browser's cookies for the same domain must not split the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the service marks public is shared (max-age, and stale-while-revalidate as grace, come from its
    # Cache-Control); an answer without it (a problem, a redirect) or a private one is fetched each time.
    if (beresp.http.Cache-Control !~ "(^|,)\s*public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # An answer relative to now says how long it stays true: its max-age and stale-while-revalidate never reach past
    # the moment it changes. At max-age=0 that moment is less than a second away; such an answer is kept for one
    # second of grace at most (Varnish would otherwise keep it as hit-for-miss, or stale for default_grace), so that
    # polls arriving together share one fetch and the next poll after that second fetches it again.
    if (beresp.ttl <= 0s) {
        set beresp.ttl = 0s;
        set beresp.grace = 1s;
        set beresp.keep = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    # Whether this answer came from the cache, for operators and for scripts/cdn-check.sh.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
