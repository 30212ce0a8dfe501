#!/usr/bin/env bash
# Prints, as its last line, a signed bearer token (JWT, RS256) for a role, which the service started from
# this checkout (./mvnw quarkus:dev, or java -jar target/quarkus-app/quarkus-run.jar run from here) accepts.
# The key pair is created on first use under .keys/ (git-ignored, never committed).
# Usage: scripts/token.sh ROLE [SUBJECT] [HOURS]   e.g. scripts/token.sh editor jane.doe
set -euo pipefail
cd "$(dirname "$0")/.."
command -v openssl >/dev/null || { echo "openssl is needed: apt-get install openssl" >&2; exit 1; }
[ $# -ge 1 ] || { echo "usage: $0 ROLE [SUBJECT] [HOURS]   (roles: editor, admin; any other role reads only)" >&2; exit 2; }
role=$1
subject=${2:-$(id -un)-local}
hours=${3:-8}
[[ $role =~ ^[A-Za-z0-9_.-]+$ && $subject =~ ^[A-Za-z0-9_.@-]+$ && $hours =~ ^[0-9]+$ ]] || {
  echo "ROLE and SUBJECT take letters, digits and . _ - (@ too in SUBJECT); HOURS is a whole number" >&2; exit 2; }
# Must equal mp.jwt.verify.issuer in src/main/resources/application.properties.
issuer=${TOKEN_ISSUER:-cep-content-local}

if [ ! -f .keys/private.pem ]; then
  mkdir -p .keys
  chmod 700 .keys
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out .keys/private.pem 2>/dev/null
  chmod 600 .keys/private.pem
  openssl pkey -in .keys/private.pem -pubout -out .keys/public.pem
  echo "Created a key pair in .keys/ (git-ignored); the service reads it at the first token it checks." >&2
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$subject" "$role" "$now" $((now + hours * 3600)) "$(openssl rand -hex 16)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign .keys/private.pem | b64url)
echo "Token for role '$role', subject '$subject', valid $hours h:" >&2
echo "$header.$payload.$signature"
