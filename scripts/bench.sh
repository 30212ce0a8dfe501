#!/usr/bin/env bash
# Benchmarks the packaged service on the data of scripts/bench-load.sh beside the peers of ../shared/bench
# (Directus, Strapi, nginx serving the same answers from a file), in one run of the peers' bench_all.sh:
#   ours-cold-*   response cache off (CONTENT_CACHE_ENABLED=false), plain GETs
#   ours-hot-*    response cache on
#   ours-reval-*  If-None-Match with the current ETag, answered 304 (wrk with a header script)
# then prints our ratio to each peer, the time from process start to the first answer, news page 500 against
# page 1 (OFFSET), and the 1000th page of a walk by cursor against the first (keyset). wrk -t2 -c32 as bench.sh (THREADS, CONNS, DURATION, RUNS, WARMUP override).
#   PEERS    a writable copy of ../shared/bench on which setup.sh ran (default ~/.cache/cep-content-api/peers)
#   QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD   the loaded database (default .../cep_bench, postgres)
#   JAVA_OPTS  the service's JVM flags (default: small heap, serial GC)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java wrk curl python3 ss; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk wrk curl python3 iproute2)" >&2; exit 1; }
done
PEERS=${PEERS:-$HOME/.cache/cep-content-api/peers}
[ -x "$PEERS/bench_all.sh" ] || { echo "no peers at $PEERS: copy ../shared/bench there and run its setup.sh" >&2; exit 1; }
export QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/cep_bench}
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}
export THREADS=${THREADS:-2} CONNS=${CONNS:-32} DURATION=${DURATION:-15s} RUNS=${RUNS:-2} WARMUP=${WARMUP:-3s}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k}
COLD_PORT=${COLD_PORT:-9181} HOT_PORT=${HOT_PORT:-9182}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
out=target/bench/$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$out"

EVENTS='/api/v1/events?tag=electronic-monitoring&from=2026-01-01T00:00:00Z&to=2027-12-31T23:59:59Z&size=20'
NEWS='/api/v1/news?tag=electronic-monitoring&from=2024-01-01T00:00:00Z&to=2024-12-31T23:59:59Z&size=20'
trap 'for f in "$out"/*.pid; do kill "$(cat "$f")" 2>/dev/null || true; done' EXIT
start() {  # start NAME PORT CACHE: prints the milliseconds from process start to the first answer to the events question
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  # The per-address rate limit would turn a load test from one address into 429s; it is off here.
  CONTENT_SEED_ENABLED=false CONTENT_CACHE_ENABLED=$3 CONTENT_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$2 java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar \
    > "$out/$1.log" 2>&1 &
  echo $! > "$out/$1.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$2$EVENTS"; do
    kill -0 "$(cat "$out/$1.pid")" 2>/dev/null || { echo "$1 stopped; see $out/$1.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
cold_ms=$(start cold "$COLD_PORT" false)
hot_ms=$(start hot "$HOT_PORT" true)
for q in events news; do
  path=$EVENTS; [ $q = news ] && path=$NEWS
  total=$(curl -sf "http://127.0.0.1:$HOT_PORT$path" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalItems"])')
  expected=$(python3 -c "import json; print(json.load(open('$PEERS/data/manifest.json'))['expected_total']['$q'])")
  echo "$q: totalItems=$total, manifest expected_total=$expected" | tee -a "$out/totals.txt"
done

echo "== peers, cold and hot, in one run of bench_all.sh ($out)"
OUT=$out/wrk "$PEERS/bench_all.sh" \
  "ours-cold-events=http://127.0.0.1:$COLD_PORT$EVENTS" "ours-cold-news=http://127.0.0.1:$COLD_PORT$NEWS" \
  "ours-hot-events=http://127.0.0.1:$HOT_PORT$EVENTS" "ours-hot-news=http://127.0.0.1:$HOT_PORT$NEWS" > "$out/table.txt"

to_ms() { awk -v v="$1" 'BEGIN{ n=v; sub(/[a-z]+$/,"",n); u=v; sub(/^[0-9.]+/,"",u);
  f=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:1; printf "%.2f", n*f }'; }
hwm() { awk '$1=="VmHWM:"{print int($2/1024)}' "/proc/$1/status"; }
wrk_row() {  # wrk_row NAME URL [wrk args]: one line like bench.sh's
  local name=$1 url=$2 f=$out/wrk/$1.txt; shift 2
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$@" "$url" > /dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$@" "$url" > "$f" 2>&1
  local errors; errors=$(awk '/Non-2xx/{n=$NF} /Socket errors/{gsub(/,/,""); s=$4+$6+$8+$10} END{print n+s}' "$f")
  printf '%-22s %3s %10s %9s %9s %8s %8s %9s %9s\n' "$name" 1 "$(awk '/^Requests\/sec:/{print $2}' "$f")" \
    "$(to_ms "$(awk '$1=="50%"{print $2}' "$f")")" "$(to_ms "$(awk '$1=="99%"{print $2}' "$f")")" "$errors" 0 - "$(hwm "$(cat "$out/hot.pid")")"
}
echo "== revalidation: If-None-Match, 304"
for q in events news; do
  path=$EVENTS; [ $q = news ] && path=$NEWS
  etag=$(curl -sfi "http://127.0.0.1:$HOT_PORT$path" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
  printf 'wrk.headers["If-None-Match"] = %s\n' "'$etag'" > "$out/reval-$q.lua"
  wrk_row "ours-reval-$q" "http://127.0.0.1:$HOT_PORT$path" -s "$out/reval-$q.lua" >> "$out/extra.txt"
done
echo "== deep pages, cache off: news page 1 and page 500 (all news, newest first)"
wrk_row ours-cold-news-p1 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=1" >> "$out/extra.txt"
wrk_row ours-cold-news-p500 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=500" >> "$out/extra.txt"
echo "== walking by cursor, cache off: the first page and the 1000th (all news, newest first)"
# Page 999's nextCursor is the cursor a walk from the first page holds when it asks for the 1000th.
cursor=$(curl -sf "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=999" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["nextCursor"])')
wrk_row ours-cold-news-cursor1 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20" >> "$out/extra.txt"
wrk_row ours-cold-news-cursor1000 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&after=$cursor" >> "$out/extra.txt"

python3 - "$out" "$cold_ms" "$hot_ms" "$(hwm "$(cat "$out/cold.pid")")" "$(hwm "$(cat "$out/hot.pid")")" <<'PY'
import sys, collections
out, cold_ms, hot_ms, cold_hwm, hot_hwm = sys.argv[1:]
rows = collections.OrderedDict()
for line in open(f"{out}/table.txt").read().splitlines() + open(f"{out}/extra.txt").read().splitlines():
    f = line.split()
    if len(f) == 9 and f[1].isdigit():
        rows.setdefault(f[0], []).append(f)
def mean(name, i):
    return sum(float(r[i]) for r in rows[name]) / len(rows[name])
print(f"\n| row | req/s | p50 ms | p99 ms | errors | peak RSS MiB | vs Directus | vs Strapi | vs nginx |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for name in rows:
    q = "events" if "events" in name else "news"
    rps = mean(name, 2)
    ratios = ""
    if name.startswith("ours") and "-p" not in name and "-cursor" not in name:
        ratios = " | ".join(f"{rps / mean(p + '-' + q, 2):.2f}x" if p + '-' + q in rows else "-"
                            for p in ("directus", "strapi", "nginx"))
    else:
        ratios = " | | "
    hwm = max(int(r[8]) for r in rows[name]) if rows[name][0][8].isdigit() else "-"
    print(f"| {name} | {rps:,.0f} | {mean(name, 3):.2f} | {max(float(r[4]) for r in rows[name]):.2f} | "
          f"{sum(int(r[5]) for r in rows[name])} | {hwm} | {ratios} |")
print(f"\nfirst answer after process start: cold {cold_ms} ms, hot {hot_ms} ms; peak RSS over the whole run: "
      f"cold {cold_hwm} MiB, hot {hot_hwm} MiB")
PY
cat "$out/totals.txt"
