#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Redocly CLI (rules in redocly.yaml) and Spectral (.spectral.yaml), and type-checks the TypeScript client that
# the build generated from it (run ./mvnw verify or package first). Both tools come from npm, pinned, installed
# once into a cache folder outside the repository (CONTRACT_TOOLS_DIR, default ~/.cache/cep-content-api/npm).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v npm >/dev/null || { echo "node and npm are needed: apt-get install nodejs npm" >&2; exit 1; }
redocly_version=2.77.0
spectral_version=6.16.3
typescript_version=5.9.3
tools=${CONTRACT_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cep-content-api/npm}

installed() {
  node -e "process.exit(require('$tools/node_modules/$1/package.json').version === '$2' ? 0 : 1)" 2>/dev/null
}
if ! installed @redocly/cli "$redocly_version" || ! installed @stoplight/spectral-cli "$spectral_version" \
    || ! installed typescript "$typescript_version"; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    "@redocly/cli@$redocly_version" "@stoplight/spectral-cli@$spectral_version" "typescript@$typescript_version"
fi

echo "== Lint openapi/openapi.yaml (Redocly CLI $redocly_version, redocly.yaml)"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$tools/node_modules/.bin/redocly" lint --config redocly.yaml --max-problems 1000 openapi/openapi.yaml

echo "== Lint openapi/openapi.yaml (Spectral $spectral_version, .spectral.yaml)"
"$tools/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity hint --display-only-failures \
  openapi/openapi.yaml

client=target/generated-clients/typescript
[ -f "$client/tsconfig.json" ] || { echo "$client is missing: build first (./mvnw package)" >&2; exit 1; }
echo "== Type-check the generated TypeScript client (tsc $typescript_version)"
"$tools/node_modules/.bin/tsc" -p "$client" --noEmit
echo "The contract lints clean and its TypeScript client compiles."
