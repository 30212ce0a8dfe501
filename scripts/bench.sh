#!/usr/bin/env bash
# Benchmarks the packaged service with wrk on the data of scripts/bench-load.sh (loopback only):
#   ours-cold-*   response cache off (CONTENT_CACHE_ENABLED=false), plain GETs
#   ours-hot-*    response cache on
#   ours-reval-*  If-None-Match with the current ETag, answered 304 (wrk with a header script)
#   ours-rendition-first   a 640 px WebP rendition of a 2400 x 1600 JPEG asked for the first time (decoded, scaled,
#                          encoded, stored), RENDITIONS of them one after another; ours-rendition-repeat the same
#                          rendition again (served from the store), with wrk
#   ours-*-widget, -calendar   what the widget asks (5 upcoming events of a tag) and that tag's calendar feed, cache
#                          off and on; ours-cold-search a two-word q= on news, ours-cold-site-search the same words
#                          across the site (/api/v1/search, with its facets); ours-cold-item one event by slug, alone and
#                          beside eight connections searching other words each time (their figures printed after the table);
#                          rows the peers were not asked are compared with nginx's answer to the nearest question
# then the time from process start to the first answer, news page 500 against page 1 (OFFSET), and the 1000th
# page of a walk by cursor against the first (keyset); on a dataset with fewer pages, its last page for both.
# Each row is a WARMUP run, then RUNS runs of DURATION, of wrk -tTHREADS -cCONNS (default 3s, 2, 15s, 2, 32).
# With the peer harness (Directus, Strapi, and nginx serving the same answers from a file), the cold and hot rows
# run in one run of its bench_all.sh beside the peers, and our ratio to each is printed. Without it, the service
# is measured alone, and the script says so.
#   BENCH_PEERS  the harness's folder, its peers started (default ../shared/bench when it is there; none: alone).
#                One found by default whose peers do not answer is left out; one named here must answer.
#   BENCH_DATA   the loaded dataset, for the totals its manifest.json expects (default as in scripts/bench-load.sh,
#                from BENCH_EVENTS, BENCH_NEWS and BENCH_SEED)
#   QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD   the loaded database (default .../cep_bench, postgres)
#   JAVA_OPTS  the service's JVM flags (default: small heap, serial GC)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk wrk curl python3)" >&2; exit 1; }
done
export QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/cep_bench}
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}
export THREADS=${THREADS:-2} CONNS=${CONNS:-32} DURATION=${DURATION:-15s} RUNS=${RUNS:-2} WARMUP=${WARMUP:-3s}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k}
COLD_PORT=${COLD_PORT:-9181} HOT_PORT=${HOT_PORT:-9182}
events=${BENCH_EVENTS:-20000} news=${BENCH_NEWS:-100000} seed=${BENCH_SEED:-20260101}
data=$(realpath -m "${BENCH_DATA:-$HOME/.cache/cep-content-api/bench-data/events-$events-news-$news-seed-$seed}")

# The peer harness, when there and answering.
alone=""
case ${BENCH_PEERS-default} in
  default) peers=$(realpath -m ../shared/bench)
           [ -x "$peers/bench_all.sh" ] || { peers=""; alone="no peer harness at ../shared/bench (BENCH_PEERS names one)"; } ;;
  none|"") peers=""; alone="BENCH_PEERS=${BENCH_PEERS}" ;;
  *)       peers=$(realpath -m "$BENCH_PEERS")
           [ -x "$peers/bench_all.sh" ] || { echo "BENCH_PEERS=$BENCH_PEERS: no bench_all.sh there" >&2; exit 1; } ;;
esac
if [ -n "$peers" ]; then
  command -v ss >/dev/null || { echo "ss is needed with the peer harness (apt-get install iproute2)" >&2; exit 1; }
  down="" asked=0
  while IFS= read -r line; do
    asked=$((asked + 1))
    curl -sfg -o /dev/null --max-time 30 "http${line#*=http}" || down="$down ${line%%=http*}"
  done < <("$peers/urls.sh" 2>/dev/null)
  [ "$asked" -gt 0 ] || down=" (its urls.sh listed none)"
  if [ -n "$down" ]; then
    why="the peers of $peers do not answer:$down; start them with the harness's setup.sh (in a writable copy)"
    [ -z "${BENCH_PEERS-}" ] || { echo "$why, or set BENCH_PEERS=none to measure this service alone" >&2; exit 1; }
    peers="" alone=$why
  fi
fi
if [ -n "$peers" ] && [ -f "$peers/data/manifest.json" ] && [ -f "$data/manifest.json" ]; then
  python3 - "$data/manifest.json" "$peers/data/manifest.json" <<'PY'
import json, sys
ours, theirs = (json.load(open(p))["files"] for p in sys.argv[1:])
if {k: v["sha256"] for k, v in ours.items()} != {k: v["sha256"] for k, v in theirs.items()}:
    print(f"== WARNING: the peers hold another dataset than {sys.argv[1]}: the rows are not like for like")
PY
fi

[ -f target/quarkus-app/app-cds.jsa ] || ./mvnw -B -q package -DskipTests
out=target/bench/$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$out/wrk"

EVENTS='/api/v1/events?tag=electronic-monitoring&from=2026-01-01T00:00:00Z&to=2027-12-31T23:59:59Z&size=20'
NEWS='/api/v1/news?tag=electronic-monitoring&from=2024-01-01T00:00:00Z&to=2024-12-31T23:59:59Z&size=20'
stop_all() {  # SIGTERM to both instances, then wait for them to finish their graceful shutdown (at most 30 s)
  local f
  for f in "$out"/*.pid; do kill "$(cat "$f")" 2>/dev/null || true; done
  for _ in $(seq 1 150); do
    for f in "$out"/*.pid; do kill -0 "$(cat "$f")" 2>/dev/null && { sleep 0.2; continue 2; }; done
    break
  done
}
trap stop_all EXIT
start() {  # start NAME PORT CACHE: prints the milliseconds from process start to the first answer to the events question
  local t0; t0=$(date +%s%N)
  # The per-address rate limit would turn a load test from one address into 429s; it is off here. Searches are
  # bounded per address too: the loopback is a trusted proxy, so that a search row can ask as many readers would.
  # Started from its folder, as the README says, so that the JVM maps the package's AppCDS archive; the token key
  # (scripts/token.sh) is then named by its absolute path.
  # shellcheck disable=SC2086
  (cd target/quarkus-app && MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/.keys/public.pem" \
    CONTENT_SEED_ENABLED=false CONTENT_CACHE_ENABLED=$3 CONTENT_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$2 \
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 exec java -XX:SharedArchiveFile=app-cds.jsa $JAVA_OPTS -jar quarkus-run.jar) \
    > "$out/$1.log" 2>&1 &
  echo $! > "$out/$1.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$2$EVENTS"; do
    kill -0 "$(cat "$out/$1.pid")" 2>/dev/null || { echo "$1 stopped; see $out/$1.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
# Before the instances start: they read the token key (made here on first use) at start-up.
token=$(scripts/token.sh editor bench | tail -1)
cold_ms=$(start cold "$COLD_PORT" false)
hot_ms=$(start hot "$HOT_PORT" true)
for q in events news; do
  path=$EVENTS; [ $q = news ] && path=$NEWS
  total=$(curl -sf "http://127.0.0.1:$HOT_PORT$path" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalItems"])')
  if [ -f "$data/manifest.json" ]; then
    expected=$(python3 -c "import json; print(json.load(open('$data/manifest.json'))['expected_total']['$q'])")
    echo "$q: totalItems=$total, manifest expected_total=$expected ($data)" | tee -a "$out/totals.txt"
  else
    echo "$q: totalItems=$total (no $data/manifest.json to compare with)" | tee -a "$out/totals.txt"
  fi
done

to_ms() { awk -v v="$1" 'BEGIN{ n=v; sub(/[a-z]+$/,"",n); u=v; sub(/^[0-9.]+/,"",u);
  f=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:1; printf "%.2f", n*f }'; }
mib() { awk -v f="$2:" '$1==f{print int($2/1024)}' "/proc/$1/status"; }
measure() {  # measure NAME URL INSTANCE [ETAG [SCRIPT]]: RUNS lines in the format of the peer harness's table
  local name=$1 url=$2 pid etag=${4-} script=${5-} bytes r f errors args=()
  pid=$(cat "$out/$3.pid")
  if [ -n "$script" ]; then
    args=(-s "$script")
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  elif [ -n "$etag" ]; then
    printf 'wrk.headers["If-None-Match"] = %s\n' "'$etag'" > "$out/$name.lua"
    args=(-s "$out/$name.lua")
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "If-None-Match: $etag" "$url")
  else
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  fi
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "${args[@]}" "$url" > /dev/null 2>&1 || true
  for r in $(seq 1 "$RUNS"); do
    f=$out/wrk/$name.run$r.txt
    wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url" > "$f" 2>&1
    errors=$(awk '/Non-2xx/{n=$NF} /Socket errors/{gsub(/,/,""); s=$4+$6+$8+$10} END{print n+s}' "$f")
    printf '%-22s %3s %10s %9s %9s %8s %8s %9s %9s\n' "$name" "$r" "$(awk '/^Requests\/sec:/{print $2}' "$f")" \
      "$(to_ms "$(awk '$1=="50%"{print $2}' "$f")")" "$(to_ms "$(awk '$1=="99%"{print $2}' "$f")")" "$errors" "$bytes" \
      "$(mib "$pid" VmRSS)" "$(mib "$pid" VmHWM)"
  done
}

if [ -n "$peers" ]; then
  echo "== cold and hot beside the peers, in one run of $peers/bench_all.sh ($out)"
  OUT=$out/wrk "$peers/bench_all.sh" \
    "ours-cold-events=http://127.0.0.1:$COLD_PORT$EVENTS" "ours-cold-news=http://127.0.0.1:$COLD_PORT$NEWS" \
    "ours-hot-events=http://127.0.0.1:$HOT_PORT$EVENTS" "ours-hot-news=http://127.0.0.1:$HOT_PORT$NEWS" > "$out/table.txt"
else
  echo "== cold and hot, this service alone ($alone; $out)"
  {
    echo "wrk -t$THREADS -c$CONNS -d$DURATION --latency, $RUNS runs each (after a $WARMUP warm-up); $(nproc) cores; $(date -u +%FT%TZ)"
    measure ours-cold-events "http://127.0.0.1:$COLD_PORT$EVENTS" cold
    measure ours-cold-news "http://127.0.0.1:$COLD_PORT$NEWS" cold
    measure ours-hot-events "http://127.0.0.1:$HOT_PORT$EVENTS" hot
    measure ours-hot-news "http://127.0.0.1:$HOT_PORT$NEWS" hot
  } > "$out/table.txt"
fi
echo "== revalidation: If-None-Match, 304"
for q in events news; do
  path=$EVENTS; [ $q = news ] && path=$NEWS
  etag=$(curl -sfi "http://127.0.0.1:$HOT_PORT$path" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
  measure "ours-reval-$q" "http://127.0.0.1:$HOT_PORT$path" hot "$etag" >> "$out/extra.txt"
done
WIDGET='/api/v1/events?upcoming=true&size=5&tag=electronic-monitoring'
CALENDAR='/api/v1/events.ics?tag=electronic-monitoring'
SEARCH='/api/v1/news?size=20&q=probation%20european'
SITE_SEARCH='/api/v1/search?size=20&q=probation%20european'
echo "== the widget's question, the calendar feed and a two-word search"
for instance in cold hot; do
  port=$COLD_PORT; [ $instance = hot ] && port=$HOT_PORT
  measure "ours-$instance-widget" "http://127.0.0.1:$port$WIDGET" $instance >> "$out/extra.txt"
  measure "ours-$instance-calendar" "http://127.0.0.1:$port$CALENDAR" $instance >> "$out/extra.txt"
done
# Searches come from 250 readers' addresses in turn (X-Forwarded-For), each thread starting on its own. Each also
# excludes a word no item holds, so that no URL repeats: a search refused as busy would otherwise be answered with
# the last good answer to its URL (resilience/OutageFallback), and the row would measure those replays.
cat > "$out/readers.lua" <<'LUA'
local threads = 0
setup = function(thread) thread:set("t", threads); threads = threads + 1 end
local i = 0
request = function()
  i = i + 1
  wrk.headers["X-Forwarded-For"] = "198.51.100." .. ((t * 125 + i) % 250 + 1)
  return wrk.format(nil, wrk.path .. "%20-zq" .. t .. "x" .. i)
end
LUA
measure ours-cold-search "http://127.0.0.1:$COLD_PORT$SEARCH" cold "" "$out/readers.lua" >> "$out/extra.txt"
measure ours-cold-site-search "http://127.0.0.1:$COLD_PORT$SITE_SEARCH" cold "" "$out/readers.lua" >> "$out/extra.txt"
# Eight connections from this one address (no X-Forwarded-For), each search with other words and a URL of its own,
# while the rest of the API is measured: the address runs content.search.per-client of them at once, the others 503.
python3 - "$out/search.lua" <<'PY'
import itertools, random, sys
words = ("probation service offender supervision community sentence practice european network member research "
         "evaluation policy council framework decision transfer judgment electronic monitoring risk needs").split()
pairs = [f"{a}%20{b}" for a, b in itertools.permutations(words, 2)]
random.Random(1).shuffle(pairs)
with open(sys.argv[1], "w") as f:
    f.write("local pairs = {" + ",".join(f'"{p}"' for p in pairs) + "}\nlocal i = 0\n"
            "request = function()\n  i = i + 1\n"
            "  return wrk.format(nil, \"/api/v1/news?size=20&q=\" .. pairs[i % #pairs + 1] .. \"%20-zq\" .. i)\nend\n")
PY
item=$(curl -sf "http://127.0.0.1:$COLD_PORT/api/v1/events?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
measure ours-cold-item "http://127.0.0.1:$COLD_PORT$item" cold >> "$out/extra.txt"
wrk -t1 -c8 -d"$(( ${DURATION%s} * RUNS + ${WARMUP%s} + 2 ))s" --latency -s "$out/search.lua" "http://127.0.0.1:$COLD_PORT" \
  > "$out/wrk/ours-cold-searches-beside.txt" 2>&1 &
searches=$!
sleep 1
measure ours-cold-item-beside-8-searches "http://127.0.0.1:$COLD_PORT$item" cold >> "$out/extra.txt"
wait $searches || true
# Page 500 and the 1000th page by cursor, or the last page of a smaller dataset.
pages=$(curl -sf "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalPages"])')
deep=$(( pages < 500 ? pages : 500 )) walk=$(( pages < 1000 ? pages : 1000 ))
echo "== deep pages, cache off: news page 1 and page $deep (all news, newest first)"
measure ours-cold-news-p1 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=1" cold >> "$out/extra.txt"
measure "ours-cold-news-p$deep" "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=$deep" cold >> "$out/extra.txt"
echo "== walking by cursor, cache off: the first page and page $walk (all news, newest first)"
measure ours-cold-news-cursor1 "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20" cold >> "$out/extra.txt"
if [ "$walk" -gt 1 ]; then
  # The nextCursor of the page before is the cursor a walk from the first page holds when it asks for this one.
  cursor=$(curl -sf "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&page=$((walk - 1))" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["nextCursor"])')
  measure "ours-cold-news-cursor$walk" "http://127.0.0.1:$COLD_PORT/api/v1/news?size=20&after=$cursor" cold >> "$out/extra.txt"
fi

echo "== a rendition: first requests (encoded once) and repeated ones (stored), cache on"
renditions=${RENDITIONS:-20}
java scripts/bench/BenchImage.java "$out/bench.jpg"
urls=()
for i in $(seq 1 "$renditions"); do
  urls+=("$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$HOT_PORT/api/v1/media" -F "file=@$out/bench.jpg" \
    -F "slug=bench-rendition-$i" -F 'alt=A benchmark picture' | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')")
done
for url in "${urls[@]}"; do
  curl -s -o /dev/null -w '%{time_total} %{http_code} %{size_download}\n' "http://127.0.0.1:$HOT_PORT$url?w=640&fm=webp"
done > "$out/rendition-first.txt"
python3 - "$out/rendition-first.txt" "$(mib "$(cat "$out/hot.pid")" VmRSS)" "$(mib "$(cat "$out/hot.pid")" VmHWM)" >> "$out/extra.txt" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
times = sorted(float(r[0]) * 1000 for r in rows)
errors = sum(1 for r in rows if r[1] != "200")
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"{'ours-rendition-first':<22} {1:>3} {len(times) / (sum(times) / 1000):>10.2f} {pick(0.5):>9.2f} {pick(0.99):>9.2f} "
      f"{errors:>8} {rows[0][2]:>8} {sys.argv[2]:>9} {sys.argv[3]:>9}")
PY
measure ours-rendition-repeat "http://127.0.0.1:$HOT_PORT${urls[0]}?w=640&fm=webp" hot >> "$out/extra.txt"
for i in $(seq 1 "$renditions"); do
  etag=$(curl -sfi "http://127.0.0.1:$HOT_PORT/api/v1/media/bench-rendition-$i" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
  curl -sf -o /dev/null -X DELETE -H "Authorization: Bearer $token" -H "If-Match: $etag" "http://127.0.0.1:$HOT_PORT/api/v1/media/bench-rendition-$i"
done

python3 - "$out" "$cold_ms" "$hot_ms" "$(mib "$(cat "$out/cold.pid")" VmHWM)" "$(mib "$(cat "$out/hot.pid")" VmHWM)" "$alone" <<'PY'
import sys, collections
out, cold_ms, hot_ms, cold_hwm, hot_hwm, alone = sys.argv[1:]
rows = collections.OrderedDict()
for line in open(f"{out}/table.txt").read().splitlines() + open(f"{out}/extra.txt").read().splitlines():
    f = line.split()
    if len(f) == 9 and f[1].isdigit():
        rows.setdefault(f[0], []).append(f)
def mean(name, i):
    return sum(float(r[i]) for r in rows[name]) / len(rows[name])
peers = ("directus", "strapi", "nginx")
head = "| row | req/s | p50 ms | p99 ms | errors | peak RSS MiB |"
print("\n" + head + ("" if alone else " vs Directus | vs Strapi | vs nginx |"))
print("|---|---:|---:|---:|---:|---:|" + ("" if alone else "---:|---:|---:|"))
for name in rows:
    q = "news" if "news" in name or "search" in name else "events"
    asked = name.endswith(("-events", "-news"))  # the questions the peers were asked too
    rps = mean(name, 2)
    hwm = max(int(r[8]) for r in rows[name]) if rows[name][0][8].isdigit() else "-"
    line = (f"| {name} | {rps:,.0f} | {mean(name, 3):.2f} | {max(float(r[4]) for r in rows[name]):.2f} | "
            f"{sum(int(r[5]) for r in rows[name])} | {hwm} |")
    if not alone:
        if name.startswith("ours") and "-p" not in name and "-cursor" not in name:
            line += " " + " | ".join(f"{rps / mean(p + '-' + q, 2):.2f}x" if p + "-" + q in rows and (asked or p == "nginx")
                                     else "-" for p in peers) + " |"
        else:
            line += " | | |"
    print(line)
beside = open(f"{out}/wrk/ours-cold-searches-beside.txt").read()
print("\nthe eight searches beside ours-cold-item-beside-8-searches: "
      + " ".join(l.strip() for l in beside.splitlines() if l.strip().startswith(("Requests/sec", "99%", "Non-2xx"))))
print(f"\nfirst answer after process start: cold {cold_ms} ms, hot {hot_ms} ms; peak RSS over the whole run: "
      f"cold {cold_hwm} MiB, hot {hot_hwm} MiB")
if alone:
    print(f"this service alone, no comparison with other systems: {alone}")
PY
cat "$out/totals.txt"
