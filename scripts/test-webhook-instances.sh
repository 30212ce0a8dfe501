#!/usr/bin/env bash
# Two instances of the packaged service on one PostgreSQL database send one subscription's webhooks to one receiver:
# every message arrives exactly once, signed (checked here with Python's own HMAC, apart from the service's library),
# though the receiver is down for the first half and one instance is restarted meanwhile. Polls with a deadline.
# EMPTIES THE DATABASE (scripts/instances.sh says which). Needs the PostgreSQL build: ./mvnw package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
# The receiver listens on loopback over http, and retries come within seconds rather than hours.
export CONTENT_WEBHOOKS_ALLOW_HTTP=true CONTENT_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
export CONTENT_WEBHOOKS_RETRY_DELAYS=1s,1s,2s,2s,3s,3s,5s,5s,5s,5s,10s,10s,10s,10s
work=target/webhook-instances logs=target/webhook-instances
rm -rf "$work" && mkdir -p "$work"
. scripts/instances.sh
editor=$(scripts/token.sh editor webhooks | tail -1)
admin=$(scripts/token.sh admin webhooks | tail -1)

# The receiver: answers 503 while $work/down exists, else verifies the Standard Webhooks signature and logs the id.
cat > "$work/receiver.py" <<'PY'
import base64, hashlib, hmac, os, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
work, port = sys.argv[1], int(sys.argv[2])
class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if os.path.exists(os.path.join(work, "down")):
            self.send_response(503); self.end_headers(); return
        secret = open(os.path.join(work, "secret")).read().strip()
        key = base64.b64decode(secret[len("whsec_"):])
        mid, ts = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        expected = base64.b64encode(hmac.new(key, f"{mid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        given = [s[3:] for s in self.headers["webhook-signature"].split() if s.startswith("v1,")]
        ok = any(hmac.compare_digest(expected, g) for g in given) and abs(time.time() - int(ts)) < 300
        with open(os.path.join(work, "accepted" if ok else "refused"), "a") as log:
            log.write(mid + "\n")
        self.send_response(204 if ok else 400); self.end_headers()
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
PY
r=$(free_port)
touch "$work/down"
python3 "$work/receiver.py" "$work" "$r" &
pids+=($!)

a=$(free_port); start a "$a"   # the first creates the schema and loads the seeds, alone
b=$(free_port); start b "$b"

curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"url\": \"http://127.0.0.1:$r/hook\", \"events\": [\"tag.*\"]}" "http://127.0.0.1:$a/api/v1/webhooks" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])' > "$work/secret"
tag() {  # tag PORT SLUG: creates a tag through that instance
  curl -sf -o /dev/null -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' \
    -d "{\"slug\": \"$2\", \"label\": \"Webhook check $2\"}" "http://127.0.0.1:$1/api/v1/tags"
}
messages=40
for i in $(seq 1 $((messages / 2))); do
  if [ $((i % 2)) = 0 ]; then tag "$a" "hook-$i"; else tag "$b" "hook-$i"; fi
done
echo "$((messages / 2)) tags written while the receiver answers 503; restarting instance a"
kill "${instance_pid[a]}"; wait "${instance_pid[a]}" 2>/dev/null || true
start a "$a"
rm "$work/down"
for i in $(seq $((messages / 2 + 1)) "$messages"); do
  if [ $((i % 2)) = 0 ]; then tag "$a" "hook-$i"; else tag "$b" "hook-$i"; fi
done
t0=$(date +%s)
deadline=$((t0 + 90))
accepted() { sort -u "$work/accepted" 2>/dev/null | wc -l; }
until [ "$(accepted)" -ge "$messages" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "only $(accepted) of $messages messages arrived; see $work/" >&2; exit 1; }
  sleep 0.2
done
sleep 3   # time for a message sent twice to come twice
[ ! -s "$work/refused" ] || { echo "the receiver refused $(wc -l < "$work/refused") messages whose signature did not hold" >&2; exit 1; }
total=$(wc -l < "$work/accepted")
[ "$total" = "$messages" ] || { echo "$total deliveries accepted for $messages messages: some came twice" >&2; exit 1; }
echo "all $messages messages arrived exactly once, signed, within $(( $(date +%s) - t0 )) s of the receiver coming back"
