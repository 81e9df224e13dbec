#!/usr/bin/env bash
# Can worst-case searches starve everything else? GET /api/notes/{id} is measured alone, then
# again while SEARCHERS connections (default 16) send text searches that match nothing, then alone
# once more (the ratio is taken against the mean of both, as the machine warms up meanwhile)
# (q=no-such-text: the most a search can read) as fast as they are answered. Prints req/s, p99 and
# errors (non-2xx and socket errors) of both runs and the ratio; the goal is that GET by id keeps
# at least 80 % of its throughput with 0 errors. Also measures, alone, a search that matches early
# (q=$MATCHING), the kind the search budget must not hold back much. Runs on the seeded notes_bench
# (seed.sh first, or SEED=1 to seed here); writes $RESULTS/mixed.txt (or OUT). NOTES_ARGS reaches the jar
# (e.g. --notes.persistence.search.time-per-second=1000s to measure without the budget).
#   WARMUP=30s SEARCHERS=16 MATCHING=milk (defaults); DURATION and CONNECTIONS as in common.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
WARMUP=${WARMUP:-30s} SEARCHERS=${SEARCHERS:-16} MATCHING=${MATCHING:-milk}
NOTES=${NOTES:-200000}
export NOTES NOTES_MAX=$NOTES
need_free_port "$NOTES_PORT"
[[ ${SEED:-0} == 1 ]] && "$BENCH_DIR/seed.sh"

java -jar "$NOTES_JAR" --server.port="$NOTES_PORT" ${NOTES_ARGS:-} >"$RESULTS/notes-mixed.out" 2>&1 &
NOTES_PID=$!
trap 'kill $NOTES_PID 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true' EXIT
N=http://127.0.0.1:$NOTES_PORT
wait_for "$N/actuator/health"
SEARCH="$N/api/notes?q=no-such-text&limit=50"
echo "one no-match search: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$SEARCH"), $(curl -s "$SEARCH" | head -c 120)"

# measure LABEL [URL]: GET by id (or URL) for DURATION; prints "LABEL req/s p99 errors".
measure() {
  local out
  if [[ -n ${2:-} ]]; then
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/lua/get-note.lua" "$N")
  fi
  echo "$1 $(wrk_figures "$out")"
}

wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/lua/get-note.lua" "$N" >/dev/null
matching=$(measure matching-search "$N/api/notes?q=$MATCHING&limit=50")
alone=$(measure alone)
# A searcher waits up to 30 s for an answer (wrk's default is 2 s): a search may wait its turn.
wrk -t2 -c"$SEARCHERS" -d"$(( ${DURATION%s} + 10 ))s" --timeout 30s --latency "$SEARCH" >"$RESULTS/mixed-searches.txt" &
SEARCH_PID=$!
sleep 5
mixed=$(measure with-searches)
wait $SEARCH_PID || true
sleep 5 # searches still waiting for their turn when their client left run meanwhile
alone_after=$(measure alone-after)
searches=$(awk '/Requests\/sec/ {print $2}' "$RESULTS/mixed-searches.txt")
search_errors=$(awk '/Non-2xx/ {print $5}' "$RESULTS/mixed-searches.txt")
search_timeouts=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$RESULTS/mixed-searches.txt")
search_p99=$(awk '$1 == "99%" {print $2}' "$RESULTS/mixed-searches.txt")
{
  echo "GET /api/notes/{id}, wrk -c$CONNECTIONS for $DURATION, alone and beside $SEARCHERS connections of no-match searches ($(date -u +%FT%TZ), commit $(git -C "$REPO_DIR" rev-parse --short HEAD)${NOTES_ARGS:+, $NOTES_ARGS})"
  printf '%-14s %10s %8s %7s\n' run req/s p99 errors
  printf '%-14s %10s %8s %7s\n' $alone
  printf '%-14s %10s %8s %7s\n' $mixed
  printf '%-14s %10s %8s %7s\n' $alone_after
  printf '%-14s %10s %8s %7s   (GET /api/notes?q=%s alone)\n' $matching "$MATCHING"
  awk -v a="$(cut -d' ' -f2 <<<"$alone")" -v b="$(cut -d' ' -f2 <<<"$alone_after")" \
    -v m="$(cut -d' ' -f2 <<<"$mixed")" \
    'BEGIN { printf "GET by id keeps %.0f %% of its throughput (against the mean of alone and alone-after)\n", 200 * m / (a + b) }'
  echo "searches meanwhile: ${searches:-0} req/s, p99 ${search_p99:-?}, ${search_errors:-0} non-2xx, ${search_timeouts:-0} socket errors"
} | tee "${OUT:-$RESULTS/mixed.txt}"
