#!/usr/bin/env bash
# Soak: the packaged service on PostgreSQL (heap fixed at 256 MB and touched at start, so that RSS shows growth outside it; rate limits off so that nothing is throttled)
# under reads, writes and a deliberate If-Match race together for DURATION (default 10m; 60s, 90s, 10m, 1h).
# Then every acknowledged write (201 to POST, 200 to PATCH and PUT with If-Match, 204 to DELETE) must be listed
# exactly once with its last acknowledged content, deleted items gone; no request may fail (no 5xx, no
# connection error; of two PATCHes with the same ETag one must win and one get 412); and the service's RSS
# must stay flat: after 20 s of warm-up, the mean of the later half of the samples at most 10% above that of the
# earlier half. The load comes from scripts/soak/Soak.java.
# EMPTIES ITS DATABASE: SOAK_DB_URL (default jdbc:postgresql://127.0.0.1:5432/soak, created when missing),
# SOAK_DB_USERNAME (postgres), SOAK_DB_PASSWORD. Needs the PostgreSQL build: ./mvnw -B -q package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java psql curl openssl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk postgresql-client curl openssl python3)" >&2; exit 1; }
done
duration=${DURATION:-10m}
case $duration in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] && [ "$seconds" -ge 40 ] || { echo "DURATION is a whole number of seconds (60s), minutes (10m) or hours, at least 40s" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

export QUARKUS_DATASOURCE_JDBC_URL=${SOAK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/soak}
export QUARKUS_DATASOURCE_USERNAME=${SOAK_DB_USERNAME:-postgres} QUARKUS_DATASOURCE_PASSWORD=${SOAK_DB_PASSWORD:-}
export CONTENT_RATE_LIMIT_ENABLED=false
rest=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
hostport=${rest%%/*}
database=${rest#*/}
database=${database%%\?*}
pg() { PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$QUARKUS_DATASOURCE_USERNAME" -v ON_ERROR_STOP=1 -q "$@"; }
if [ -z "$(pg -d postgres -tAc "select 1 from pg_database where datname = '$database'")" ]; then
  pg -d postgres -c "create database \"$database\""
fi
pg -d "$database" -c 'drop schema public cascade' -c 'create schema public'

out=target/soak
mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
QUARKUS_HTTP_PORT=$port java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -jar target/quarkus-app/quarkus-run.jar > "$out/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.5; done
curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "the service did not start; see $out/service.log" >&2; exit 1; }
token=$(scripts/token.sh editor soak 2>/dev/null | tail -1)

echo "Soaking http://127.0.0.1:$port (database $database) for $seconds s"
java scripts/soak/Soak.java "http://127.0.0.1:$port" "$seconds" "$token" "$service"
