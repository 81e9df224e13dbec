#!/usr/bin/env bash
# A/B: two Notes variants side by side on the seeded database, taking turns on one endpoint, so
# that both meet the same background load (on a shared machine two separate runs minutes apart do
# not). For a setting: B_ARGS='--some.property=value'; for a code change: B_JAR=/other/notes.jar.
#   LUA=get-note.lua PATH_=/api/notes/1 REPEATS=5 bench/ab.sh    (defaults; seed.sh first)
#   LUA= PATH_='/api/notes?limit=50' bench/ab.sh                  (a plain GET, no script)
set -euo pipefail
source "$(dirname "$0")/common.sh"
B_JAR=${B_JAR:-$NOTES_JAR} A_ARGS=${A_ARGS:-} B_ARGS=${B_ARGS:-} B_PORT=${B_PORT:-28183}
LUA=${LUA-get-note.lua} PATH_=${PATH_:-/api/notes/1} REPEATS=${REPEATS:-5} WARMUP=${WARMUP:-90s}
export NOTES_MAX=${NOTES:-200000}
script=()
[[ -n $LUA ]] && script=(-s "$BENCH_DIR/lua/$LUA")

start_a_and_b
A=http://127.0.0.1:$NOTES_PORT$PATH_ B=http://127.0.0.1:$B_PORT$PATH_

wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$A" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$B" >/dev/null
SUMMARY=$RESULTS/ab-summary.txt # not run.sh's summary
summary_header | tee "$SUMMARY"
for run in $(seq "$REPEATS"); do
  measure A "$run" "$A_PID" "$CONNECTIONS" "${script[@]}" "$A"
  measure B "$run" "$B_PID" "$CONNECTIONS" "${script[@]}" "$B"
done
