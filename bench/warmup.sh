#!/usr/bin/env bash
# How long Notes takes to warm up under load: starts a fresh JVM, loads GET /api/notes/{id} from the
# first answer on, and prints one line per slice of DURATION: req/s, p99, the server's CPU per
# request and how many methods the JIT compiled meanwhile. A JVM at its steady state compiles next
# to nothing. Run seed.sh first.
#   bench/warmup.sh                                  # 24 slices of 15 s (6 min)
#   SLICES=8 JAVA_OPTS='-XX:CICompilerCount=4' bench/warmup.sh
#   NOTES_ARGS='--server.tomcat.threads.max=8' CONNECTIONS=32 bench/warmup.sh
set -euo pipefail
# before common.sh, whose default is 16; DURATION in seconds (15s)
CONNECTIONS=${CONNECTIONS:-32}
source "$(dirname "$0")/common.sh"
SLICES=${SLICES:-24} LABEL=${LABEL:-warmup}
export NOTES_MAX=${NOTES:-200000}
need_free_port "$NOTES_PORT"

# shellcheck disable=SC2086 # JAVA_OPTS and NOTES_ARGS are lists of words
java ${JAVA_OPTS:-} -jar "$NOTES_JAR" --server.port="$NOTES_PORT" ${NOTES_ARGS:-} \
  >"$RESULTS/$LABEL.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$NOTES_PORT/actuator/health"
compiled() { jcmd "$PID" PerfCounter.print | awk -F= '/^sun.ci.totalCompiles=/ {print $2}'; }

echo "# GET /api/notes/{id}, $CONNECTIONS connections, slices of $DURATION"
printf '%-12s %6s %9s %8s %9s %9s\n' label after req/s p99 server-us compiled
for slice in $(seq "$SLICES"); do
  c0=$(compiled) s0=$(proc_jiffies "$PID")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/lua/get-note.lua" \
    "http://127.0.0.1:$NOTES_PORT/api/notes/1")
  c1=$(compiled) s1=$(proc_jiffies "$PID")
  read -r rps p99 _ <<<"$(wrk_figures "$out")"
  awk -v l="$LABEL" -v after="$((slice * ${DURATION%s}))s" -v rps="$rps" -v p99="$p99" \
      -v s=$((s1 - s0)) -v hz="$HZ" -v d="${DURATION%s}" -v c=$((c1 - c0)) \
    'BEGIN { printf "%-12s %6s %9.0f %8s %9.0f %9d\n", l, after, rps, p99, s / hz / (rps * d) * 1e6, c }'
done
