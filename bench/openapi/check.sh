#!/usr/bin/env bash
# Lints the OpenAPI document and checks that a client can be generated from it.
#
#   bench/openapi/check.sh                 # the document ApiContractTest wrote (built if missing)
#   OPENAPI_URL=http://localhost:18080/v3/api-docs bench/openapi/check.sh   # a running service's
#   NOTES_URL=http://localhost:18080 bench/openapi/check.sh   # also runs the README scenario
#                                                             # with the generated client
# Spectral (spectral:oas) and Redocly (recommended) must report no error; openapi-generator's
# ERROR and WARNING lines are counted. Exits non-zero on any lint error or a client that fails
# to build or to run the scenario.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
doc="$root/adapters-web/target/openapi.json"

if [[ -n "${OPENAPI_URL:-}" ]]; then
  mkdir -p "$(dirname "$doc")"
  curl -fsS "$OPENAPI_URL" -o "$doc"
elif [[ ! -f "$doc" ]]; then
  (cd "$root" && ./mvnw -q -o -pl domain,application,adapters-web test -Dtest=ApiContractTest \
    -Dsurefire.failIfNoSpecifiedTests=false)
fi

cd "$here"
[[ -d node_modules ]] || npm ci --no-audit --no-fund --silent
status=0

echo "== Spectral (spectral:oas)"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error "$doc" || status=1

echo "== Redocly (recommended)"
npx --no-install redocly lint --config redocly.yaml --format summary "$doc" 2>&1 \
  | grep -vE '^ *(╔|║|╚)' || status=1

echo "== openapi-generator (java, native) and javac"
log="$here/client/generate.log" # *.log: ignored by git
if "$root/mvnw" -B -f client/pom.xml -Dopenapi.document="$doc" clean compile >"$log" 2>&1; then
  echo "client built"
else
  echo "client did NOT build (see $log)"
  status=1
fi
echo "ERROR lines: $(grep -c '^\[ERROR\]' "$log" || true)," \
  "WARNING lines: $(grep -c '^\[WARNING\]' "$log" || true)"
grep -E '^\[(ERROR|WARNING)\]' "$log" || true

if [[ -n "${NOTES_URL:-}" && $status == 0 ]]; then
  echo "== README scenario against $NOTES_URL"
  "$root/mvnw" -q -B -f client/pom.xml dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt
  java -cp "client/target/classes:$(cat client/target/classpath.txt)" \
    dev.notes.scenario.Scenario "$NOTES_URL" || status=1
fi
exit $status
