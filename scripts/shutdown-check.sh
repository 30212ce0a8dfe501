#!/usr/bin/env bash
# Checks graceful shutdown: starts the packaged service (H2 profile, a database file of its own, rate limits off so
# that the load is never throttled), puts it under concurrent reads and writes, sends SIGTERM, and fails unless
#  - every request was answered (200 to a read, 201 to a write); a reset or an empty reply fails the check;
#  - once readiness is down, a read and a write are still answered;
#  - once the service has exited, a new connection is refused (the port is closed);
#  - after a restart on the same database, every write answered 201 is there.
# The clients behave as behind a load balancer that polls /q/health/ready every 0.25 s and stops sending new
# requests once it is DOWN, which the service reports for quarkus.shutdown.delay (5 s) before it stops accepting.
# A client that ignores readiness and opens a connection in the instant the port closes can still be reset or get
# an empty reply: the kernel resets connections left in the listen backlog when the listening socket closes, and
# a connection whose request has not been read yet is closed as idle. Neither request reached the application
# (see the README, "Shutdown"), which is why these clients follow readiness.
# Usage: scripts/shutdown-check.sh [port]   (default 18082; needs curl, openssl and a JDK 17)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java curl openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk curl openssl)" >&2; exit 1; }
done
port=${1:-18082}
readers=6
writers=3
out=target/shutdown-check
rm -rf "$out" && mkdir -p "$out"
base="http://127.0.0.1:$port"
token=$(scripts/token.sh editor shutdown-check 2>/dev/null | tail -1)

[ -f target/run/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=h2 -Dquarkus.package.output-directory=run
service=
trap '[ -z "$service" ] || kill -9 "$service" 2>/dev/null || true' EXIT
start() {  # start LOG: the service on the check's database, answering once ready
  java -Dquarkus.profile=h2 -Dquarkus.http.port="$port" -Dcontent.rate-limit.enabled=false \
    "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:./$out/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE" \
    -jar target/run/quarkus-run.jar > "$out/$1" 2>&1 &
  service=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/q/health/ready" && return 0; sleep 0.5; done
  echo "the service did not start; its log:" >&2; tail -30 "$out/$1" >&2; exit 1
}
start service.log
# One of each request first, so that the load starts on a warm service.
curl -sf -o /dev/null "$base/api/v1/events?size=100"
curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/events?size=100&status=any"

# The load balancer: takes the instance out of rotation (the file out-of-rotation) once readiness is not 200.
( while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/q/health/ready")" = 200 ]; do sleep 0.25; done
  touch "$out/out-of-rotation" ) &

# Each line a client records: "curl-exit-code http-status after-sigterm(0/1) [slug]".
after_sigterm() { [ -e "$out/sigterm" ] && echo 1 || echo 0; }
for c in $(seq 1 $readers); do
  ( n=0
    while [ ! -e "$out/out-of-rotation" ]; do
      n=$((n + 1)); late=$(after_sigterm)
      # Every other read with a token, which the response cache never answers, so it reaches the database.
      if [ $((n % 2)) = 0 ]; then read_with=(-H "Authorization: Bearer $token" "$base/api/v1/events?size=100&status=any")
      else read_with=("$base/api/v1/events?size=100"); fi
      set +e; code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "${read_with[@]}"); rc=$?; set -e
      echo "$rc $code $late"
    done > "$out/reader-$c.txt" ) &
done
for c in $(seq 1 $writers); do
  ( n=0
    while [ ! -e "$out/out-of-rotation" ]; do
      n=$((n + 1)); late=$(after_sigterm); slug="shutdown-$c-$n"
      set +e
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"slug\": \"$slug\", \"label\": \"Shutdown $c $n\"}" "$base/api/v1/tags"); rc=$?
      set -e
      echo "$rc $code $late $slug"
    done > "$out/writer-$c.txt" ) &
done
sleep 5
touch "$out/sigterm"
kill -TERM "$service"
# Once readiness is down, during the delay, a read and a write must still be answered.
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/q/health/ready")" = 503 ] && break; sleep 0.1
done
set +e
draining_read=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base/api/v1/events?size=100")
draining_write=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"slug": "shutdown-draining", "label": "Written while draining"}' "$base/api/v1/tags")
wait "$service"; status=$?
set -e
wait
[ "$draining_read" != 200 ] || echo "0 200 1" >> "$out/reader-1.txt"
[ "$draining_write" != 201 ] || echo "0 201 1 shutdown-draining" >> "$out/writer-1.txt"

set +e; curl -s -o /dev/null --max-time 5 "$base/api/v1/tags"; after_exit=$?; set -e
cat "$out"/reader-*.txt > "$out/reads.txt"
cat "$out"/writer-*.txt > "$out/writes.txt"
read_ok=$(grep -c '^0 200 ' "$out/reads.txt" || true)
write_ok=$(grep -c '^0 201 ' "$out/writes.txt" || true)
late_ok=$(cat "$out/reads.txt" "$out/writes.txt" | grep -c '^0 20[01] 1' || true)
broken=$(cat "$out/reads.txt" "$out/writes.txt" | grep -v -e '^0 200 ' -e '^0 201 ' | cut -d' ' -f1-2 | sort | uniq -c || true)
echo "served $read_ok reads and $write_ok writes, $late_ok of them sent after SIGTERM (one of each once readiness was down);" \
  "service exit status $status;" \
  "a new connection after exit: curl exit code $after_exit"
if [ -n "$broken" ]; then
  echo "requests failed (count, curl exit code, HTTP status):" >&2; echo "$broken" >&2; exit 1
fi
[ "$read_ok" -gt 0 ] && [ "$write_ok" -gt 0 ] || { echo "no read or no write was served before the shutdown" >&2; exit 1; }
[ "$draining_read" = 200 ] && [ "$draining_write" = 201 ] || {
  echo "with readiness down, a read answered $draining_read and a write $draining_write; both should still be served" >&2; exit 1; }
[ "$after_exit" = 7 ] || { echo "after the service exited, a connection was not refused (curl exit code $after_exit)" >&2; exit 1; }
grep -q "stopped in" "$out/service.log" || { echo "the service did not stop cleanly; its log:" >&2; tail -30 "$out/service.log" >&2; exit 1; }

start restart.log
missing=0
while read -r _ _ _ slug; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/tags/$slug")" = 200 ] || { echo "acknowledged write $slug is missing" >&2; missing=$((missing + 1)); }
done < <(grep '^0 201 ' "$out/writes.txt")
kill -TERM "$service"; wait "$service" || true; service=
[ "$missing" = 0 ] || { echo "$missing acknowledged writes are missing after the restart" >&2; exit 1; }
echo "graceful shutdown: every request answered, the port then closed, all $write_ok acknowledged writes present after a restart"
