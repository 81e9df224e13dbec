#!/usr/bin/env bash
# Lists beside reads of single notes, A against B in turns (as ab.sh): GET /api/notes/{id} on
# CONNECTIONS connections and a category's list page on LISTERS connections at the same time, for
# DURATION, REPEATS pairs after WARMUP each. Prints, per run, the req/s and p99 of both loads and
# their errors. For a setting: A_ARGS/B_ARGS (e.g. A_ARGS=--notes.persistence.lists.at-once=1000
# to measure without the list gate); for a code change: B_JAR. Runs on the seeded notes_bench.
#   LISTERS=16 REPEATS=3 WARMUP=60s (defaults); DURATION and CONNECTIONS as in common.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
B_JAR=${B_JAR:-$NOTES_JAR} A_ARGS=${A_ARGS:-} B_ARGS=${B_ARGS:-} B_PORT=${B_PORT:-28183}
LISTERS=${LISTERS:-16} REPEATS=${REPEATS:-3} WARMUP=${WARMUP:-60s}
export NOTES_MAX=${NOTES:-200000}
start_a_and_b

# field NAME OUTPUT: req/s, p99 and errors (non-2xx + socket) of one wrk output.
field() {
  local rps p99 errors
  read -r rps p99 errors <<<"$(wrk_figures "$2")"
  echo "$1 $rps req/s p99 $p99 errors $errors"
}

# both LABEL PORT SECONDS: the two loads at once on one instance.
both() {
  local url=http://127.0.0.1:$2 lists gets listing
  lists=$(mktemp)
  wrk -t1 -c"$LISTERS" -d"$3" --latency -s "$BENCH_DIR/lua/list-page.lua" "$url" >"$lists" &
  listing=$!
  gets=$(wrk -t1 -c"$CONNECTIONS" -d"$3" --latency -s "$BENCH_DIR/lua/get-note.lua" "$url")
  wait "$listing"
  echo "$1 | $(field get "$gets") | $(field list "$(cat "$lists")")"
  rm -f "$lists"
}

both warm-up-A "$NOTES_PORT" "$WARMUP" >/dev/null
both warm-up-B "$B_PORT" "$WARMUP" >/dev/null
echo "A: $NOTES_JAR $A_ARGS; B: $B_JAR $B_ARGS; $(date -u +%FT%TZ), commit $(git -C "$REPO_DIR" rev-parse --short HEAD)"
for run in $(seq "$REPEATS"); do
  both "A $run" "$NOTES_PORT" "$DURATION"
  both "B $run" "$B_PORT" "$DURATION"
done
