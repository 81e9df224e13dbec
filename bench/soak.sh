#!/usr/bin/env bash
# A long run at about half of the measured maximum throughput, mixed reads and writes
# (bench/lua/mixed.lua: GET by id, category list pages, POST by category name, PUT), on the seeded
# notes_bench. Before it, a short unpaced run measures the maximum. Every minute it records the
# heap in use right after a full GC (jcmd GC.run, then GC.heap_info) and the pool's active
# connections (/actuator/prometheus); at the end the errors, the heap trend and the pool.
# Writes $RESULTS/soak.txt.   SOAK=10m SOAK_CONNECTIONS=8 (defaults); SEED=1 to seed first.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SOAK=${SOAK:-10m} CONNECTIONS=${SOAK_CONNECTIONS:-8}
NOTES=${NOTES:-200000}
export NOTES NOTES_MAX=$NOTES
need_free_port "$NOTES_PORT"
[[ ${SEED:-0} == 1 ]] && "$BENCH_DIR/seed.sh"
command -v jcmd >/dev/null || { echo "jcmd (a JDK) is needed" >&2; exit 1; }

java -jar "$NOTES_JAR" --server.port="$NOTES_PORT" ${NOTES_ARGS:-} >"$RESULTS/notes-soak.out" 2>&1 &
NOTES_PID=$!
trap 'kill $NOTES_PID 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
N=http://127.0.0.1:$NOTES_PORT
wait_for "$N/actuator/health"

rate() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
wrk -t2 -c"$CONNECTIONS" -d30s -s "$BENCH_DIR/lua/mixed.lua" "$N" >/dev/null # warm-up
max=$(rate "$(wrk -t2 -c"$CONNECTIONS" -d20s -s "$BENCH_DIR/lua/mixed.lua" "$N")")
# Half the maximum: each connection waits so that all of them together send max/2 per second
# (less the time each request takes, so the real rate comes out a little below).
delay=$(awk -v m="$max" -v c="$CONNECTIONS" 'BEGIN { printf "%d", c * 1000 / (m / 2) }')

heap_after_gc() {
  jcmd "$NOTES_PID" GC.run >/dev/null
  jcmd "$NOTES_PID" GC.heap_info | awk '/garbage-first heap|def new generation|tenured|total/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); s += v } }
    END { printf "%d", s / 1024 }'
}
active() { curl -s "$N/actuator/prometheus" | awk '/^hikaricp_connections_active/ {print $2}'; }

DELAY_MS=$delay wrk -t2 -c"$CONNECTIONS" -d"$SOAK" --latency -s "$BENCH_DIR/lua/mixed.lua" "$N" \
  >"$RESULTS/soak-wrk.txt" &
WRK_PID=$!
samples=()
while kill -0 $WRK_PID 2>/dev/null; do
  samples+=("$(date -u +%H:%M:%S) heap-after-gc=$(heap_after_gc)MiB active=$(active)")
  sleep 60
done
wait $WRK_PID || true
sleep 2
out=$(cat "$RESULTS/soak-wrk.txt")
{
  echo "soak $SOAK, $CONNECTIONS connections paced at ${delay} ms, mixed.lua, commit $(git -C "$REPO_DIR" rev-parse --short HEAD), $(date -u +%FT%TZ)"
  echo "maximum measured first: $max req/s; soak rate: $(rate "$out") req/s"
  grep -E "requests in|Non-2xx|Socket errors|Latency  " <<<"$out" || true
  awk '$1 == "99%" {print "p99 " $2}' <<<"$out"
  printf '%s\n' "${samples[@]}"
  echo "after the run: heap-after-gc=$(heap_after_gc)MiB active=$(active)"
} | tee "$RESULTS/soak.txt"
