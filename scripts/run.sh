#!/usr/bin/env bash
# Starts the service in dev mode on the embedded H2 database, with CEP's content loaded, on http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null || { echo "java (JDK 17) is needed: apt-get install openjdk-17-jdk" >&2; exit 1; }
exec ./mvnw quarkus:dev "$@"
