#!/usr/bin/env bash
# Varnish in front of the packaged service, purged by surrogate key: starts the service (H2 profile, a database of its
# own, content.cdn.purge-urls pointing at Varnish) and varnishd with scripts/cdn/varnish.vcl in front of it, then fails
# unless
#  - a repeated read through Varnish is a hit (X-Cache: HIT), answers relative to now (upcoming events, the calendar)
#    included, and a read with credentials never is;
#  - a PURGE from an address outside the VCL's purgers ACL is refused;
#  - after a write through the API, the change shows through Varnish within 1 s;
#  - an unrelated answer cached before the write is still a hit after it.
# Usage: scripts/cdn-check.sh [port]   (the service on port, default 18096, Varnish on port + 1; needs curl, openssl,
# a JDK 17 and Varnish 7 with vmod_xkey: apt-get install varnish varnish-modules)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java curl openssl varnishd; do
  command -v "$tool" >/dev/null || {
    echo "$tool is needed (apt-get install openjdk-17-jdk curl openssl varnish varnish-modules)" >&2; exit 1; }
done
port=${1:-18096}
cache_port=$((port + 1))
out=$PWD/target/cdn-check
rm -rf "$out" && mkdir -p "$out"
token=$(scripts/token.sh editor cdn-check 2>/dev/null | tail -1)

[ -f target/run/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=h2 -Dquarkus.package.output-directory=run
service=
cache=
trap '[ -z "$service" ] || kill "$service" 2>/dev/null || true; [ -z "$cache" ] || kill "$cache" 2>/dev/null || true' EXIT

# The VCL as shipped, with the service's port; -j none: no privilege separation, so that any user can run the check.
sed "s/\.port = \"8080\";/.port = \"$port\";/" scripts/cdn/varnish.vcl > "$out/varnish.vcl"
grep -q "\.port = \"$port\";" "$out/varnish.vcl" || { echo "scripts/cdn/varnish.vcl names no backend port 8080" >&2; exit 1; }
varnishd -F -j none -a "127.0.0.1:$cache_port" -f "$out/varnish.vcl" -n "$out/varnish" -s malloc,64m > "$out/varnish.log" 2>&1 &
cache=$!

java -Dquarkus.profile=h2 -Dquarkus.http.port="$port" -Dcontent.rate-limit.enabled=false \
  -Dcontent.cdn.purge-urls="http://127.0.0.1:$cache_port/" \
  "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$out/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE" \
  -jar target/run/quarkus-run.jar > "$out/service.log" 2>&1 &
service=$!
fail() { echo "$1; the logs are in $out (service.log, varnish.log)" >&2; exit 1; }
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || fail "the service did not start"
for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$cache_port/" && break; sleep 0.25; done

cached="http://127.0.0.1:$cache_port/api/v1"
# The X-Cache header of a GET through Varnish.
x_cache() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" { print $2 }'; }

list="$cached/news?size=5"
unrelated="$cached/events?size=3"
for url in "$list" "$unrelated" "$cached/events?upcoming=true&size=3" "$cached/events.ics"; do
  x_cache "$url" > /dev/null
  [ "$(x_cache "$url")" = HIT ] || fail "a repeated read of $url was not a hit"
done
[ "$(x_cache -H "Authorization: Bearer $token" "$cached/news?size=5&status=any")" = MISS ] &&
  [ "$(x_cache -H "Authorization: Bearer $token" "$cached/news?size=5&status=any")" = MISS ] ||
  fail "a read with credentials came from the cache"
curl -s -D - -o /dev/null "$list" | grep -qi '^xkey: .*\bnews\b' || fail "the news list does not name its collection in xkey"

# Purges only from the service: 127.0.0.2 is not in the purgers ACL.
[ "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -X PURGE -H 'xkey-purge: news' "http://127.0.0.1:$cache_port/")" = 403 ] ||
  fail "a PURGE from outside the purgers ACL was not refused"
[ "$(x_cache "$list")" = HIT ] || fail "a refused PURGE dropped the news list"

slug="cdn-check-$(date +%s)"
published=$(date -u -d '1 second ago' +%Y-%m-%dT%H:%M:%SZ)
status=$(curl -s -o "$out/write.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d "{\"slug\":\"$slug\",\"title\":\"Through the CDN\",\"status\":\"published\",\"publishedAt\":\"$published\"}" \
  "$cached/news")
[ "$status" = 201 ] || fail "the write through Varnish answered $status: $(cat "$out/write.json")"
start=$(date +%s%N)
shown=
while [ $(( ($(date +%s%N) - start) / 1000000 )) -le 1000 ]; do
  if curl -s "$list" | grep -q "\"slug\":\"$slug\""; then shown=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
  sleep 0.05
done
[ -n "$shown" ] || fail "the new news item did not show through Varnish within 1 s"
[ "$(x_cache "$unrelated")" = HIT ] || fail "the unrelated answer $unrelated was purged by the write"
[ "$(x_cache "$list")" = HIT ] || fail "the news list was not cached again after the purge"
echo "Through Varnish: repeated reads are hits, a foreign PURGE is refused, a write showed after ${shown} ms, the unrelated answer stayed a hit"
