# Sourced by the scripts that run several instances of the packaged service on one PostgreSQL database: checks the
# tools, builds the package if needed, points the service at the database and EMPTIES IT, and defines free_port and
# start. Defaults: jdbc:postgresql://127.0.0.1:5432/test, user postgres (TEST_DB_URL, TEST_DB_USERNAME,
# TEST_DB_PASSWORD). The sourcing script sets `logs`, the folder of the instances' logs.
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
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
declare -A instance_pid
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() {  # start NAME PORT: the packaged service, answering once ready
  QUARKUS_HTTP_PORT=$2 java -jar target/quarkus-app/quarkus-run.jar >> "$logs/instance-$1.log" 2>&1 &
  instance_pid[$1]=$!
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0; sleep 0.5; done
  echo "instance $1 did not start; see $logs/instance-$1.log" >&2; exit 1
}
