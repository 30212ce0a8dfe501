#!/usr/bin/env bash
# Loads the benchmark dataset of scripts/bench/gen_data.py (tags, events, news and their links) into the
# PostgreSQL database named by QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD, through this service's own
# schema. THE DATABASE IS EMPTIED FIRST. The packaged application creates the schema (Flyway, seeds off); the CSV
# files go into staging tables by COPY and from there into ours, with what the service computes on a write
# (search text, HTML body, kind, time zone, ISO country, published status).
#   BENCH_EVENTS, BENCH_NEWS, BENCH_SEED   the dataset's size and seed (default 20000, 100000, 20260101)
#   BENCH_DATA   the folder with the CSV files and manifest.json (default
#                ~/.cache/cep-content-api/bench-data/events-N-news-M-seed-S); generated there by
#                scripts/bench/gen_data.py when it holds no manifest.json. A folder that does is loaded as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in java psql python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install openjdk-17-jdk postgresql-client python3 curl)" >&2; exit 1; }
done
events=${BENCH_EVENTS:-20000} news=${BENCH_NEWS:-100000} seed=${BENCH_SEED:-20260101}
data=$(realpath -m "${BENCH_DATA:-$HOME/.cache/cep-content-api/bench-data/events-$events-news-$news-seed-$seed}")
if [ ! -f "$data/manifest.json" ]; then
  echo "== generating the dataset into $data ($events events, $news news, seed $seed)"
  python3 scripts/bench/gen_data.py --events "$events" --news "$news" --seed "$seed" --out "$data"
fi
# The files must be those the manifest describes: none edited or cut short since it was written.
python3 - "$data" <<'PY'
import hashlib, json, os, sys
folder = sys.argv[1]
manifest = json.load(open(os.path.join(folder, "manifest.json")))
for name, want in manifest["files"].items():
    with open(os.path.join(folder, name), "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != want["sha256"]:
            sys.exit(f"{folder}/{name} is not the file manifest.json describes; remove the folder to generate it again")
print(f"== dataset {folder}: {manifest['events']} events, {manifest['news']} news, {manifest['tags']} tags, seed {manifest['seed']}")
PY

url=${QUARKUS_DATASOURCE_JDBC_URL:?set QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://host:port/database}
# psql and the application that creates the schema log in alike (user postgres unless told otherwise).
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}
export PGUSER=$QUARKUS_DATASOURCE_USERNAME PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
rest=${url#jdbc:postgresql://}
hostport=${rest%%/*}
export PGDATABASE=${rest#*/} PGHOST=${hostport%%:*}
PGDATABASE=${PGDATABASE%%\?*}
[[ $hostport == *:* ]] && export PGPORT=${hostport##*:}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

t0=$(date +%s.%N)
echo "== emptying $PGDATABASE on $hostport"
psql -v ON_ERROR_STOP=1 -q -c 'drop schema public cascade' -c 'create schema public'

echo "== creating the schema (the packaged application's migrations, seeds off)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
CONTENT_SEED_ENABLED=false QUARKUS_HTTP_PORT=$port java -jar target/quarkus-app/quarkus-run.jar > target/bench-load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 $app 2>/dev/null || { echo "the application stopped; see target/bench-load-app.log" >&2; exit 1; }
  sleep 0.5
done
kill $app; wait $app 2>/dev/null || true
trap - EXIT

echo "== loading $data"
psql -v ON_ERROR_STOP=1 -q <<SQL
begin;
create temporary table s_tag (id bigint, slug text, name text) on commit drop;
create temporary table s_event (id bigint, title text, slug text, summary text, body text, start_at timestamptz,
  end_at timestamptz, location text, city text) on commit drop;
create temporary table s_news (id bigint, title text, slug text, summary text, body text, published_at timestamptz) on commit drop;
create temporary table s_event_tag (id bigint, event_id bigint, tag_id bigint) on commit drop;
create temporary table s_news_tag (id bigint, news_id bigint, tag_id bigint) on commit drop;
\copy s_tag from '$data/tags.csv' with (format csv, header true)
\copy s_event from '$data/events.csv' with (format csv, header true)
\copy s_news from '$data/news.csv' with (format csv, header true)
\copy s_event_tag from '$data/events_tags.csv' with (format csv, header true)
\copy s_news_tag from '$data/news_tags.csv' with (format csv, header true)

-- gen_data.py names countries in English; the API keeps ISO 3166-1 codes and each event's own time zone.
create temporary table s_country (name text primary key, code varchar(2), zone text) on commit drop;
insert into s_country values
  ('Belgium','BE','Europe/Brussels'), ('Netherlands','NL','Europe/Amsterdam'), ('Portugal','PT','Europe/Lisbon'),
  ('Estonia','EE','Europe/Tallinn'), ('Latvia','LV','Europe/Riga'), ('Lithuania','LT','Europe/Vilnius'),
  ('Ireland','IE','Europe/Dublin'), ('United Kingdom','GB','Europe/London'), ('Spain','ES','Europe/Madrid'),
  ('Italy','IT','Europe/Rome'), ('Austria','AT','Europe/Vienna'), ('Czechia','CZ','Europe/Prague'),
  ('Slovakia','SK','Europe/Bratislava'), ('Hungary','HU','Europe/Budapest'), ('Poland','PL','Europe/Warsaw'),
  ('Romania','RO','Europe/Bucharest'), ('Bulgaria','BG','Europe/Sofia'), ('Croatia','HR','Europe/Zagreb'),
  ('Slovenia','SI','Europe/Ljubljana'), ('Finland','FI','Europe/Helsinki'), ('Sweden','SE','Europe/Stockholm'),
  ('Norway','NO','Europe/Oslo'), ('Denmark','DK','Europe/Copenhagen'), ('Germany','DE','Europe/Berlin'),
  ('France','FR','Europe/Paris'), ('Luxembourg','LU','Europe/Luxembourg'), ('Malta','MT','Europe/Malta'),
  ('Cyprus','CY','Asia/Nicosia'), ('Greece','GR','Europe/Athens'), ('Albania','AL','Europe/Tirane'),
  ('Serbia','RS','Europe/Belgrade'), ('North Macedonia','MK','Europe/Skopje'), ('Switzerland','CH','Europe/Zurich'),
  ('Iceland','IS','Atlantic/Reykjavik');

-- search.Folding's words for the dataset's ASCII text: lower case, every run of other characters one space.
create function pg_temp.fold(text) returns text language sql immutable as
  \$\$ select btrim(regexp_replace(lower(coalesce(\$1, '')), '[^[:alnum:]]+', ' ', 'g')) \$\$;
insert into tag (id, slug, label) select id, slug, name from s_tag;

insert into event (id, slug, title, kind, summary, body_markdown, body_html, starts_at, ends_at, time_zone, all_day,
                   venue, city, country, attendance, invitation_only, event_status, search_title, search_summary, search_body, status,
                   published_at, created_at, updated_at)
select e.id, e.slug, e.title,
       case split_part(e.title, ':', 1)
         when 'Conference' then 'CONFERENCE' when 'Workshop' then 'WORKSHOP' when 'Webinar' then 'WEBINAR'
         when 'Seminar' then 'SEMINAR' when 'Training' then 'TRAINING' when 'Summer school' then 'TRAINING'
         else 'MEETING' end,
       e.summary, e.body, '<p>' || e.body || '</p>', e.start_at, e.end_at, coalesce(c.zone, 'Europe/Brussels'), false,
       split_part(e.location, ', ', 1), e.city, c.code,
       case when e.location like 'Online%' then 'ONLINE' else 'IN_PERSON' end, false, 'SCHEDULED',
       pg_temp.fold(e.title), pg_temp.fold(e.summary), pg_temp.fold(e.body), 'PUBLISHED', null, now(), now()
from s_event e left join s_country c on c.name = substring(e.location from ', ([^,]+)\$');

insert into news (id, slug, title, summary, body_markdown, body_html, search_title, search_summary, search_body, status,
                  published_at, created_at, updated_at)
select id, slug, title, summary, body, '<p>' || body || '</p>', pg_temp.fold(title), pg_temp.fold(summary), pg_temp.fold(body),
       'PUBLISHED', published_at, now(), now()
from s_news;

insert into event_tag (event_id, tag_id) select event_id, tag_id from s_event_tag;
insert into news_tag (news_id, tag_id) select news_id, tag_id from s_news_tag;

\o /dev/null
select setval(pg_get_serial_sequence('tag', 'id'), (select max(id) from tag));
select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
select setval(pg_get_serial_sequence('news', 'id'), (select max(id) from news));
\o
-- The seeds stay out of this database even if the service later starts with seeds on.
insert into seed_load (name, loaded_at) values ('cep-seeds', now());
commit;
vacuum analyze tag; vacuum analyze event; vacuum analyze news; vacuum analyze event_tag; vacuum analyze news_tag;
SQL
counts=$(psql -Atc "select 'events=' || (select count(*) from event) || ' news=' || (select count(*) from news)
  || ' tags=' || (select count(*) from tag) || ' links=' || ((select count(*) from event_tag) + (select count(*) from news_tag))")
echo "== loaded in $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s: $counts"
