#!/usr/bin/env bash
# Refreshes the committed contract, openapi/openapi.yaml, from the code. Commit the result with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null || { echo "java (JDK 17) is needed: apt-get install openjdk-17-jdk" >&2; exit 1; }
# The clients are generated from the committed contract, so they wait until it is refreshed.
./mvnw -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true
# Dates and date-times in examples are quoted, so that YAML 1.1 readers (PyYAML, SnakeYAML 1.x) read them as the
# strings they are rather than as timestamps, and so are ratios such as 16:9, which they read as base-60 numbers;
# OpenApiContractTest checks that nothing else reads differently there.
perl -pe "s/^(\s*(?:- )?(?:[^:#'\"]+: )?)(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][\d:.]+(?:Z|[+-]\d{1,2}(?::\d{2})?)?)?)\s*\$/\1'\2'\n/" \
  target/openapi/openapi.yaml | perl -pe "s/^(\s*(?:- )?(?:[^:#'\"]+: )?)(\d+:\d+)\s*\$/\1'\2'\n/" > openapi/openapi.yaml
echo "openapi/openapi.yaml updated"
