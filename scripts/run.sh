#!/usr/bin/env bash
# Builds the service and starts it on the embedded H2 database (a file under target/h2/), with CEP's
# content loaded, on http://localhost:8080 (QUARKUS_HTTP_PORT changes the port). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null || { echo "java (JDK 17) is needed: apt-get install openjdk-17-jdk" >&2; exit 1; }
# The h2 profile keeps the unprefixed (H2) settings; the build goes to target/run so that it never
# replaces the PostgreSQL build in target/quarkus-app.
./mvnw -B -q package -DskipTests -Dquarkus.profile=h2 -Dquarkus.package.output-directory=run
exec java -Dquarkus.profile=h2 -jar target/run/quarkus-run.jar "$@"
