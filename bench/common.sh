# Settings shared by the bench scripts (sourced, not run). Override any of them from the environment.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
BENCH_DB=${BENCH_DB:-notes_bench}       # only notes_bench* databases: tests own notes_test_*
NOTES_JAR=${NOTES_JAR:-$REPO_DIR/bootstrap/target/notes.jar}
NOTES_PORT=${NOTES_PORT:-28180}         # not 8080, which a developer's own Notes may hold
RAW_PORT=${RAW_PORT:-28181}             # the raw baseline as a servlet on Tomcat
RAW_JDK_PORT=${RAW_JDK_PORT:-28182}     # the raw baseline on the JDK's HTTP server
RESULTS=${RESULTS:-$BENCH_DIR/results}  # summaries are committed, the rest is git-ignored
DURATION=${DURATION:-15s} CONNECTIONS=${CONNECTIONS:-16} THREADS=${THREADS:-2}
SUMMARY=$RESULTS/summary.txt
mkdir -p "$RESULTS"

export SPRING_DATASOURCE_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$BENCH_DB"
export SPRING_DATASOURCE_USERNAME=$DB_USER
export SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD

# mysql client on the bench database; MYSQL_PWD keeps an empty password from prompting.
sql() { MYSQL_PWD=$DB_PASSWORD mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" --batch --skip-column-names "$@"; }

# Fails when something already listens on port $1: we would measure someone else's server.
need_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "port $1 is busy: choose another (NOTES_PORT=..., RAW_PORT=...)" >&2
    return 1
  fi
}

# Waits until $1 answers 200, at most 60 s (a Boot jar takes 6-8 s to start here).
wait_for() {
  for _ in $(seq 120); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "no answer from $1" >&2
  return 1
}

# CPU accounting, because req/s on a shared 2-core machine moves with everyone else's load:
# jiffies (1/CLK_TCK s) used by one process, by all CPUs, and by this shell's children (wrk).
HZ=$(getconf CLK_TCK)
DB_PID=$(pidof mariadbd mysqld 2>/dev/null | awk '{print $1}' || true) # empty for a remote database
proc_jiffies() { [[ -n $1 ]] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
# user + nice + system: interrupt time (the loopback traffic of the benchmark itself) belongs to no
# process, so counting it would show up as "others".
all_jiffies() { awk '/^cpu / {print $2 + $3 + $4}' /proc/stat; }
child_jiffies() { times | awk -v hz="$HZ" 'NR == 2 { for (i = 1; i <= 2; i++) {
  split($i, t, /[ms]/); s += t[1] * 60 + t[2] } print int(s * hz) }'; }
to_ms() { awk '{v=$1; u=v; gsub(/[0-9.]/,"",u); sub(/[a-z]+$/,"",v);
  print (u=="us" ? v/1000 : u=="s" ? v*1000 : u=="m" ? v*60000 : v)}'; }

# One line per run: req/s, p50 and p99 latency (ms), non-2xx answers, CPU microseconds per request
# of the server and of MariaDB, and "others": the cores that every other process used meanwhile.
# measure NAME RUN SERVER_PID CONNECTIONS WRK_ARGS...: appends the line to $SUMMARY.
measure() {
  local name=$1 run=$2 server=$3 connections=$4 out=$RESULTS/$1.$2.txt
  shift 4
  local s0 d0 a0 w0 t0 s1 d1 a1 w1 t1
  s0=$(proc_jiffies "$server") d0=$(proc_jiffies "$DB_PID") a0=$(all_jiffies) w0=$(child_jiffies)
  t0=$(date +%s.%N)
  wrk -t"$THREADS" -c"$connections" -d"$DURATION" --timeout 10s --latency "$@" >"$out"
  s1=$(proc_jiffies "$server") d1=$(proc_jiffies "$DB_PID") a1=$(all_jiffies) w1=$(child_jiffies)
  t1=$(date +%s.%N)
  local rps p50 p99 errors requests
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  requests=$(awk '/requests in/ {print $1}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' "$out" | to_ms)
  errors=$(awk '/Non-2xx/ {print $NF}' "$out")
  awk -v n="$name" -v r="$run" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="${errors:-0}" \
      -v req="$requests" -v hz="$HZ" -v s=$((s1 - s0)) -v d=$((d1 - d0)) -v w=$((w1 - w0)) \
      -v a=$((a1 - a0)) -v t0="$t0" -v t1="$t1" 'BEGIN { t = t1 - t0
    printf "%-18s %3s %9s %8.2f %8.2f %6s %9.0f %8.0f %7.2f\n", n, r, rps, p50, p99, e,
      s / hz / req * 1e6, d / hz / req * 1e6, (a - s - d - w) / hz / t }' | tee -a "$SUMMARY"
}

summary_header() {
  printf '%-18s %3s %9s %8s %8s %6s %9s %8s %7s\n' endpoint run req/s p50ms p99ms non2xx \
    server-us db-us others
}

# Two instances for an A/B in turns: A is NOTES_JAR with A_ARGS on NOTES_PORT, B is B_JAR with
# B_ARGS on B_PORT; both stop when the script exits. Sets A_PID and B_PID; waits until both answer.
start_a_and_b() {
  need_free_port "$NOTES_PORT" && need_free_port "$B_PORT"
  java -jar "$NOTES_JAR" --server.port="$NOTES_PORT" $A_ARGS >"$RESULTS/a.out" 2>&1 &
  A_PID=$!
  java -jar "$B_JAR" --server.port="$B_PORT" $B_ARGS >"$RESULTS/b.out" 2>&1 &
  B_PID=$!
  trap 'kill $A_PID $B_PID 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
  wait_for "http://127.0.0.1:$NOTES_PORT/actuator/health"
  wait_for "http://127.0.0.1:$B_PORT/actuator/health"
}

# wrk_figures OUTPUT: "REQ/S P99 ERRORS" of one wrk --latency output (errors: non-2xx + socket).
wrk_figures() {
  local rps p99 non2xx socket
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$1")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$1")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$1")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$1")
  echo "${rps:-0} ${p99:-?} $(( ${non2xx:-0} + ${socket:-0} ))"
}
