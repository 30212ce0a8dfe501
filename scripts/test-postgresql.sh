#!/usr/bin/env bash
# Runs the whole test suite against PostgreSQL. The database is emptied by the tests (Flyway clean):
# point it at a database that holds nothing else. Defaults: 127.0.0.1:5432, database test, user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
user=${TEST_DB_USERNAME:-postgres}
password=${TEST_DB_PASSWORD:-}
host_port=${url#jdbc:postgresql://}
host_port=${host_port%%/*}
if command -v pg_isready >/dev/null; then
  pg_isready -q -h "${host_port%%:*}" -p "${host_port##*:}" || {
    echo "PostgreSQL does not answer at $host_port; start it (pg_ctlcluster 15 main start) or set TEST_DB_URL" >&2; exit 1; }
fi
./mvnw -B verify -Ppostgresql -Dtest.db.url="$url" -Dtest.db.username="$user" -Dtest.db.password="$password" "$@"
