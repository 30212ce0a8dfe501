#!/usr/bin/env bash
# Starts the README's run command, ./mvnw quarkus:dev, and checks that it serves CEP's content and the Dev UI on the
# embedded H2 database, then stops it. Polls with a deadline; the port is DEV_CHECK_PORT (default 18090).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 1; }
port=${DEV_CHECK_PORT:-18090}
mkdir -p target
# No terminal in CI: the dev console stays off, everything else is as a developer gets it.
./mvnw -B quarkus:dev -Dquarkus.http.port="$port" -Dquarkus.console.enabled=false -Ddebug=false \
  < /dev/null > target/dev-check.log 2>&1 &
dev=$!
trap 'kill -- -$dev 2>/dev/null || kill $dev 2>/dev/null || true; wait $dev 2>/dev/null || true' EXIT
events="http://127.0.0.1:$port/api/v1/events?size=1"
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "$events" && break
  kill -0 $dev 2>/dev/null || { echo "quarkus:dev stopped; its log:" >&2; tail -40 target/dev-check.log >&2; exit 1; }
  sleep 1
done
curl -sf "$events" | grep -q '"items":\[{"slug"' || {
  echo "quarkus:dev did not serve the seed events; its log:" >&2; tail -40 target/dev-check.log >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/dev-ui/")" = 200 ] || {
  echo "quarkus:dev serves no Dev UI at /q/dev-ui/" >&2; exit 1; }
echo "quarkus:dev served CEP's content and the Dev UI"
