#!/usr/bin/env bash
# Memory and start-up of Notes under JVM settings: for each variant, the time from `java` to the
# first answer of /actuator/health, then GET /api/notes/{id} under wrk (warm-up, REPEATS runs),
# then the resident set size (VmRSS) of the process after the load. Run seed.sh first.
#   bench/footprint.sh                       # the variants below
#   VARIANTS='default small' bench/footprint.sh
#   WARMUP=30s REPEATS=3 DURATION=15s        (defaults)
# Variants: default = no JVM options; small = SMALL_OPTS (the README's recommendation); small-cds
# = the same plus an AppCDS archive made by a training run (Spring Boot's extracted layout).
set -euo pipefail
source "$(dirname "$0")/common.sh"
REPEATS=${REPEATS:-3} WARMUP=${WARMUP:-30s}
VARIANTS=${VARIANTS:-default small small-cds}
SMALL_OPTS=${SMALL_OPTS:--XX:+UseSerialGC -Xms128m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}
export NOTES_MAX=${NOTES:-200000}
need_free_port "$NOTES_PORT"
SUMMARY=$RESULTS/footprint-summary.txt
CDS_DIR=$RESULTS/cds

cds_archive() {
  rm -rf "$CDS_DIR"
  java -Djarmode=tools -jar "$NOTES_JAR" extract --destination "$CDS_DIR" >/dev/null
  # the training run starts the context (Flyway included) and exits: the classes it loaded go in
  java $SMALL_OPTS -XX:ArchiveClassesAtExit="$CDS_DIR/notes.jsa" -Dspring.context.exit=onRefresh \
    -jar "$CDS_DIR/notes.jar" --server.port="$NOTES_PORT" >"$RESULTS/cds-training.out" 2>&1
}

run_variant() {
  local name=$1 opts jar=$NOTES_JAR
  case $name in
    default) opts="" ;;
    small) opts=$SMALL_OPTS ;;
    small-cds) opts="$SMALL_OPTS -XX:SharedArchiveFile=$CDS_DIR/notes.jsa"; jar=$CDS_DIR/notes.jar ;;
    *) echo "unknown variant $name" >&2; return 1 ;;
  esac
  local t0 pid
  t0=$(date +%s%N)
  java $opts -jar "$jar" --server.port="$NOTES_PORT" >"$RESULTS/footprint-$name.out" 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$NOTES_PORT/actuator/health"
  local start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local url=http://127.0.0.1:$NOTES_PORT/api/notes/1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/lua/get-note.lua" "$url" >/dev/null
  for run in $(seq "$REPEATS"); do
    measure "$name" "$run" "$pid" "$CONNECTIONS" -s "$BENCH_DIR/lua/get-note.lua" "$url"
  done
  local rss
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  echo "$name: first answer after ${start_ms} ms, RSS after the load ${rss} MiB" | tee -a "$SUMMARY"
  kill "$pid" && wait "$pid" 2>/dev/null || true
}

: >"$SUMMARY"
echo "JVM: $(java -version 2>&1 | head -1); small = $SMALL_OPTS" | tee -a "$SUMMARY"
summary_header | tee -a "$SUMMARY"
[[ " $VARIANTS " == *" small-cds "* ]] && cds_archive
for variant in $VARIANTS; do
  run_variant "$variant"
done
