#!/usr/bin/env bash
# Checks graceful shutdown: starts the packaged service (H2 profile, its own database file), puts it under
# concurrent read load, sends SIGTERM, and fails if any request broke mid-flight. A request may be answered
# (200), refused with 503 while the service drains, or refused because the port is closed; nothing else.
# Usage: scripts/shutdown-check.sh [port]   (default 18082; needs curl and a JDK 17)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk curl)" >&2; exit 1; }
done
port=${1:-18082}
clients=8
out=target/shutdown-check
rm -rf "$out" && mkdir -p "$out"

[ -f target/run/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=h2 -Dquarkus.package.output-directory=run
java -Dquarkus.profile=h2 -Dquarkus.http.port="$port" \
  "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:./$out/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE" \
  -jar target/run/quarkus-run.jar > "$out/service.log" 2>&1 &
service=$!
trap 'kill -9 $service 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/api/v1/events?size=100"
for _ in $(seq 1 60); do curl -sf -o /dev/null "$url" && break; sleep 1; done
curl -sf -o /dev/null "$url" || { echo "the service did not start; its log:" >&2; tail -30 "$out/service.log" >&2; exit 1; }

# Each client sends requests one after another, recording "curl-exit-code http-status", and stops once told
# the service is going away (503) or the port is closed, as a load balancer takes the instance out.
for c in $(seq 1 $clients); do
  ( while true; do
      set +e; code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url"); rc=$?; set -e
      echo "$rc $code"
      if [ "$rc" = 7 ] || [ "$code" = 503 ]; then break; fi
    done > "$out/client-$c.txt" ) &
done
sleep 3
kill -TERM $service
set +e; wait $service; status=$?; set -e
trap - EXIT
wait

cat "$out"/client-*.txt > "$out/all.txt"
served=$(grep -c '^0 200$' "$out/all.txt" || true)
draining=$(grep -c '^0 503$' "$out/all.txt" || true)
closed=$(grep -c '^7 ' "$out/all.txt" || true)
broken=$(grep -v -e '^0 200$' -e '^0 503$' -e '^7 ' "$out/all.txt" | sort | uniq -c || true)
echo "served $served, refused while draining $draining, refused after close $closed; service exit status $status"
if [ -n "$broken" ]; then
  echo "requests broke mid-flight (curl exit code, HTTP status):" >&2; echo "$broken" >&2; exit 1
fi
[ "$served" -gt 0 ] || { echo "no request was served before the shutdown" >&2; exit 1; }
grep -q "stopped in" "$out/service.log" || { echo "the service did not stop cleanly; its log:" >&2; tail -30 "$out/service.log" >&2; exit 1; }
echo "graceful shutdown: no request failed mid-flight"
