#!/usr/bin/env bash
# Starts the packaged service as an operator first does: from an empty folder, with nothing but the
# QUARKUS_DATASOURCE_* settings (no token key, no MP_JWT_*). It must serve reads, answer writes and drafts with a 401
# problem+json that says how to enable them, and say why once in its start-up log. EMPTIES THE DATABASE.
# Defaults: jdbc:postgresql://127.0.0.1:5432/test, user postgres (TEST_DB_URL, TEST_DB_USERNAME, TEST_DB_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk postgresql-client curl)" >&2; exit 1; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
jar=$PWD/target/quarkus-app/quarkus-run.jar
url=${TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
user=${TEST_DB_USERNAME:-postgres}
password=${TEST_DB_PASSWORD:-}
rest=${url#jdbc:postgresql://}
hostport=${rest%%/*}
PGOPTIONS='-c client_min_messages=warning' PGPASSWORD=$password psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$user" -d "${rest#*/}" -v ON_ERROR_STOP=1 -q \
  -c 'drop schema public cascade' -c 'create schema public'
port=${NO_KEY_CHECK_PORT:-18095}
folder=$(mktemp -d)
log=$PWD/target/no-key-check.log
(cd "$folder" && exec env -i PATH="$PATH" HOME="$folder" QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="$url" \
  QUARKUS_DATASOURCE_USERNAME="$user" QUARKUS_DATASOURCE_PASSWORD="$password" java -jar "$jar" > "$log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$folder"' EXIT
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done

fail() { echo "$1; the service's log is in $log" >&2; exit 1; }
status() { curl -s -o /tmp/no-key-body -w '%{http_code} %{content_type}' "$@"; }
[ "$(status "$base/events?size=1")" = "200 application/json;charset=UTF-8" ] || fail "a read did not answer 200 JSON"
for request in "-X POST -H Content-Type:application/json -d {} $base/tags" \
               "-X PATCH -H If-Match:\"x\" -H Content-Type:application/merge-patch+json -d {} $base/events/any" \
               "-X DELETE -H If-Match:\"x\" $base/news/any" \
               "$base/events?status=draft"; do
  # shellcheck disable=SC2086
  [ "$(status $request)" = "401 application/problem+json" ] || fail "'$request' did not answer a 401 problem"
  grep -q 'MP_JWT_VERIFY_PUBLICKEY_LOCATION' /tmp/no-key-body || fail "the 401 for '$request' does not say how to enable writing"
done
[ "$(grep -c 'accepts no tokens' "$log")" = 1 ] || fail "the start-up log does not say once that no token is accepted"
echo "Started from an empty folder with no token key: reads served, writes and drafts 401, one start-up line saying why"
