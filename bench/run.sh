#!/usr/bin/env bash
# Builds Notes, seeds notes_bench, starts Notes and the two raw baselines side by side, warms them up,
# then measures each endpoint with wrk, REPEATS times, and prints req/s, p50 and p99 per run, and
# the CPU each request cost the server and MariaDB. The machine may be shared: each run also says
# how many cores everything else used meanwhile; compare runs, not machines.
#   SKIP_BUILD=1 NOTES_JAR=/path/notes.jar  use a jar built elsewhere
#   DURATION=15s CONNECTIONS=16 THREADS=2 REPEATS=3 WARMUP=90s  (defaults)
#   ONLY='get-note raw-get-note'  run only these endpoints (names as in URL below)
#   NOTES_ARGS='--logging.level.dev.notes=WARN'  extra arguments for the Notes jar
set -euo pipefail
source "$(dirname "$0")/common.sh"
REPEATS=${REPEATS:-3} WARMUP=${WARMUP:-90s}
NOTES=${NOTES:-200000}
export NOTES NOTES_MAX=$NOTES
need_free_port "$NOTES_PORT" && need_free_port "$RAW_PORT" && need_free_port "$RAW_JDK_PORT"

if [[ ${SKIP_BUILD:-0} != 1 ]]; then (cd "$REPO_DIR" && ./mvnw -q -DskipTests package); fi
"$BENCH_DIR/seed.sh"

# The raw baseline runs on exactly the HikariCP/Connector/J jars that Notes ships with.
LIB=$RESULTS/lib
rm -rf "$LIB" && mkdir -p "$LIB"
(cd "$LIB" && jar xf "$NOTES_JAR" BOOT-INF/lib && mv BOOT-INF/lib/{HikariCP,mysql-connector-j,slf4j-api,tomcat-embed-core}-*.jar . \
  && rm -rf BOOT-INF)

# Notes logs one INFO line per request (RequestLoggingFilter): kept, as in production, to a file.
java -jar "$NOTES_JAR" --server.port="$NOTES_PORT" ${NOTES_ARGS:-} >"$RESULTS/notes.out" 2>&1 &
NOTES_PID=$!
java -cp "$LIB/*" "$BENCH_DIR/raw/RawNotes.java" "$RAW_PORT" servlet >"$RESULTS/raw.out" 2>&1 &
RAW_PID=$!
java -cp "$LIB/*" "$BENCH_DIR/raw/RawNotes.java" "$RAW_JDK_PORT" jdk >"$RESULTS/raw-jdk.out" 2>&1 &
RAW_JDK_PID=$!
trap 'kill $NOTES_PID $RAW_PID $RAW_JDK_PID 2>/dev/null || true' EXIT
N=http://127.0.0.1:$NOTES_PORT R=http://127.0.0.1:$RAW_PORT J=http://127.0.0.1:$RAW_JDK_PORT
wait_for "$N/actuator/health" && wait_for "$R/api/notes/1" && wait_for "$J/api/notes/1"
# Same bytes from all three, or the comparison means nothing.
for id in 1 2 7; do
  [[ $(curl -s "$N/api/notes/$id") == "$(curl -s "$R/api/notes/$id")" ]] \
    && [[ $(curl -s "$N/api/notes/$id") == "$(curl -s "$J/api/notes/$id")" ]] \
    || { echo "raw baseline answers note $id differently from Notes" >&2; exit 1; }
done

# A cursor 90% deep into "big" (id 1), taken by paging as a client would: 450 pages of 200.
cursor=""
for _ in $(seq $((NOTES / 2 * 9 / 10 / 200))); do
  cursor=$(curl -sf "$N/api/categories/1/notes?limit=200${cursor:+&cursor=$cursor}" | jq -r .nextCursor)
done

declare -A URL=(
  [get-note]="$N/api/notes/1 -s $BENCH_DIR/lua/get-note.lua"
  [raw-get-note]="$R/api/notes/1 -s $BENCH_DIR/lua/get-note.lua"
  [raw-jdk-get-note]="$J/api/notes/1 -s $BENCH_DIR/lua/get-note.lua"
  [list-first]="$N/api/notes?limit=50"
  [category-deep]="$N/api/categories/1/notes?limit=50&cursor=$cursor"
  [categories]="$N/api/categories?limit=50"
  [search-needle]="$N/api/notes?q=needle&limit=50"
  [post-note]="$N/api/notes -s $BENCH_DIR/lua/post-note.lua"
  [post-note-by-name]="$N/api/notes -s $BENCH_DIR/lua/post-note-by-name.lua"
)

# JIT warm-up. On 2 shared cores Notes needs about 70 s of load before its CPU per request stops
# falling (963 -> 220 us for GET by id), so each server gets 90 s on its hottest path, then every
# other Notes endpoint 15 s.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${URL[get-note]} >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${URL[raw-get-note]} >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${URL[raw-jdk-get-note]} >/dev/null
# A scan of ~1 s per request would only measure queueing for the pool (and 503s once a request
# waits longer than the pool's 2.5 s connection-timeout) with 16 connections: 2 show its latency.
connections() { [[ $1 == search-* ]] && echo 2 || echo "$CONNECTIONS"; }
for name in list-first category-deep categories search-needle post-note post-note-by-name; do
  wrk -t"$THREADS" -c"$(connections "$name")" -d15s --timeout 10s ${URL[$name]} >/dev/null
done


summary_header | tee "$SUMMARY"
# Notes and the raw baseline take turns, so that both meet the same background load.
for run in $(seq "$REPEATS"); do
  for name in get-note raw-get-note raw-jdk-get-note; do
    [[ -n ${ONLY:-} && " $ONLY " != *" $name "* ]] && continue
    case $name in raw-get-note) server=$RAW_PID ;; raw-jdk-*) server=$RAW_JDK_PID ;; *) server=$NOTES_PID ;; esac
    measure "$name" "$run" "$server" "$CONNECTIONS" ${URL[$name]}
  done
done
for name in list-first category-deep categories search-needle post-note post-note-by-name; do
  [[ -n ${ONLY:-} && " $ONLY " != *" $name "* ]] && continue
  for run in $(seq "$REPEATS"); do
    measure "$name" "$run" "$NOTES_PID" "$(connections "$name")" ${URL[$name]}
  done
done
echo "full wrk output and the summary are in $RESULTS"
