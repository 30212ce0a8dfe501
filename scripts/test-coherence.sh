#!/usr/bin/env bash
# Two instances of the packaged service on one PostgreSQL database: a write through one must show in the other's
# anonymous answers (its response cache emptied by LISTEN/NOTIFY) within a second or so. Polls with a deadline.
# EMPTIES THE DATABASE. Defaults: jdbc:postgresql://127.0.0.1:5432/test, user postgres (TEST_DB_URL,
# TEST_DB_USERNAME, TEST_DB_PASSWORD). Needs the PostgreSQL build: ./mvnw package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java psql curl openssl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk postgresql-client curl openssl python3)" >&2; exit 1; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
export QUARKUS_DATASOURCE_JDBC_URL=${TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
export QUARKUS_DATASOURCE_USERNAME=${TEST_DB_USERNAME:-postgres} QUARKUS_DATASOURCE_PASSWORD=${TEST_DB_PASSWORD:-}
rest=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
hostport=${rest%%/*}
PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$QUARKUS_DATASOURCE_USERNAME" \
  -d "${rest#*/}" -v ON_ERROR_STOP=1 -q -c 'drop schema public cascade' -c 'create schema public'
token=$(scripts/token.sh editor coherence | tail -1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() {  # start NAME PORT: the packaged service, answering once ready
  QUARKUS_HTTP_PORT=$2 java -jar target/quarkus-app/quarkus-run.jar > "target/coherence-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0; sleep 0.5; done
  echo "instance $1 did not start; see target/coherence-$1.log" >&2; exit 1
}
a=$(free_port); start a "$a"   # the first creates the schema and loads the seeds, alone
b=$(free_port); start b "$b"
list="http://127.0.0.1:$b/api/v1/tags?size=100"
etag=$(curl -sfi "$list" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$list")" = 304 ] || { echo "instance b did not answer 304 from its cache" >&2; exit 1; }
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"slug": "coherence-check", "label": "Coherence check"}' "http://127.0.0.1:$a/api/v1/tags"
t0=$(date +%s.%N)
deadline=$(( $(date +%s) + 10 ))
until curl -sf "$list" | grep -q '"slug":"coherence-check"'; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "instance b still does not list the tag written through instance a" >&2; exit 1; }
  sleep 0.05
done
echo "instance b lists the tag written through instance a after $(python3 -c "print(round($(date +%s.%N) - $t0, 2))") s"
