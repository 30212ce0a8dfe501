#!/usr/bin/env bash
# Two instances of the packaged service on one PostgreSQL database: a write through one must show in the other's
# anonymous answers (its response cache emptied by LISTEN/NOTIFY) within a second or so. Polls with a deadline.
# EMPTIES THE DATABASE (scripts/instances.sh says which). Needs the PostgreSQL build: ./mvnw package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=target/coherence
rm -rf "$logs" && mkdir -p "$logs"
. scripts/instances.sh
token=$(scripts/token.sh editor coherence | tail -1)
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
