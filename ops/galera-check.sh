#!/usr/bin/env bash
# Concurrent writes through two Notes instances on a 3-node MariaDB Galera cluster (ops/galera.sh):
# measures what the service answers and checks that the data stays whole. See docs/scale-out.md.
#
#   ops/galera-check.sh [JAR]       JAR defaults to bootstrap/target/notes.jar (./mvnw package)
#
# What it does, in a fresh cluster under its own directory:
#   starts the cluster, then instance A (port 18091, prefers node 1) and instance B (18092, prefers
#   node 2): same cursor secret, Connector/J failover URL over all three nodes; then the steps
#     1  hot:  POST /api/notes by categoryName over 5 existing names, 4 connections to A and 4 to B
#              for HOT_SECONDS; per instance statuses, latency, longest gap between answers
#     2  race: ROUNDS rounds of RACERS parallel POST /api/categories with one new name, split over
#              A and B: exactly one 201, the rest 409
#     3  ifm:  ROUNDS rounds of RACERS parallel PUT /api/notes/{id} with the note's If-Match, split
#              over A and B: exactly one 200, the rest 412; the winner's text is the one stored
#     5  ryw:  RYW times POST through A, then at once GET through B: all 200
#     4  kill: as 1, with `galera.sh kill 1` at KILL_AT s and `galera.sh restart 1` at RESTART_AT s;
#              every note whose 201 was received must exist afterwards, on every node
#     6  mixed, node killed: MIX_SECONDS of mixed load through both instances (ops/galera-check/
#              mixed.py: writers POST, editors PUT their own notes with If-Match, readers page a
#              category with each page's cursor used on the other instance); the node instance A
#              writes through (node 1, unless an earlier step's kill moved A's pool) is killed -9 at
#              KILL_AT s and restarted at RESTART_AT s; the survivors' wsrep_cluster_size is polled
#              to time the eviction. Checked: only 2xx and 503 (problem+json, Retry-After) answers,
#              503s only for requests in flight during the stall (sent before the eviction,
#              answered after the kill), every HTTP request answered, every acknowledged
#              create on every node, every edited note at its last acknowledged version (an edit
#              without a 200 is read back: applied or not, never anything else), no page item older
#              than a version acknowledged before the page was asked for, 2xx throughput back to
#              80 % of the pre-kill median within 10 s of the eviction
#     7  mixed, instance killed: as 6, but instance A (the java process) is killed -9 at KILL_AT s
#              and started again at RESTART_AT s; clients of A get connection errors meanwhile
#              (counted apart; none elsewhere or at other times); no 503 at all; the same data
#              checks; B's 2xx per second while A is down must stay at 80 % of its pre-kill median
#              or more; the time until A answers the load again is reported
#   after each write step: integrity on every node (slot counts in category_note_count equal the
#   notes, no duplicate name_key, the same rows on 13306/13307/13308), unit-of-work retries and
#   ERROR lines in both service logs (with an excerpt for each ERROR), where each pool is connected.
#   At the end a summary table; the exit status is 1 when an expectation failed (a 500, a race with
#   other than one winner, an integrity difference, a lost note), 0 otherwise. In steps 1 to 5 a 503
#   is counted and shown, not failed: it is the documented answer once retries are used up; steps 6
#   and 7 fail a 503 outside the stall (see above).
#
# It stops both instances and destroys the cluster on every exit (trap), and only ever signals
# processes it started itself, by pid. It never connects to port 3306.
#
# Environment (defaults in brackets):
#   CHECK_DIR      results: logs, wrk output, acknowledged ids, summary  [mktemp -d]
#   STEPS          which steps, in this order                            ["1 2 3 5 4 6 7"]
#   HOT_SECONDS    length of steps 1 and 4                               [60]
#   KILL_AT, RESTART_AT  seconds into steps 4, 6 and 7                   [20, 40]
#   MIX_SECONDS    length of steps 6 and 7, at least                     [60]
#   MIX_AFTER      steps 6 and 7 go on at least this long after the node
#                  is Synced again / instance A answers again             [30]
#   MIX_WRITERS, MIX_EDITORS, MIX_READERS  threads of each per instance  [2, 2, 2]
#   ROUNDS, RACERS rounds and parallel requests of steps 2 and 3         [20, 10]
#   RYW            creations read back in step 5                         [200]
#   PORT_A, PORT_B the two instances' HTTP ports                         [18091, 18092]
#   GALERA_DIR     the cluster's directory                               [$CHECK_DIR/galera]
#   KEEP_CLUSTER=1 leave the cluster running at the end (it is still created if missing)
#   JAVA_OPTS      for both instances                                    [-XX:+UseSerialGC -Xmx256m]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(realpath "${1:-$ROOT/bootstrap/target/notes.jar}")
CHECK_DIR=${CHECK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/galera-check.XXXXXX")}
# The cluster's nodes run as the mysql user when this runs as root: they must reach their dirs.
mkdir -p "$CHECK_DIR"
chmod 755 "$CHECK_DIR"
CHECK_DIR=$(realpath "$CHECK_DIR")
STEPS=${STEPS:-"1 2 3 5 4 6 7"}
HOT_SECONDS=${HOT_SECONDS:-60}
MIX_SECONDS=${MIX_SECONDS:-60}
MIX_AFTER=${MIX_AFTER:-30}
MIX_WRITERS=${MIX_WRITERS:-2}
MIX_EDITORS=${MIX_EDITORS:-2}
MIX_READERS=${MIX_READERS:-2}
KILL_AT=${KILL_AT:-20}
RESTART_AT=${RESTART_AT:-40}
ROUNDS=${ROUNDS:-20}
RACERS=${RACERS:-10}
RYW=${RYW:-200}
PORT_A=${PORT_A:-18091}
PORT_B=${PORT_B:-18092}
export GALERA_DIR=${GALERA_DIR:-$CHECK_DIR/galera}
export GALERA_PORT=${GALERA_PORT:-13306}
read -r -a JAVA_FLAGS <<< "${JAVA_OPTS:--XX:+UseSerialGC -Xmx256m}"
GALERA="$ROOT/ops/galera.sh"
LUA="$ROOT/ops/galera-check/post-hot.lua"
MIXED="$ROOT/ops/galera-check/mixed.py"
NODE_PORTS=("$GALERA_PORT" $((GALERA_PORT + 1)) $((GALERA_PORT + 2)))
SECRET=galera-check-secret
SUMMARY="$CHECK_DIR/summary.txt"
FAILURES="$CHECK_DIR/failures.txt"
: > "$SUMMARY"
: > "$FAILURES"

die() {
  echo "galera-check: $*" >&2
  exit 2
}
log() { echo "[$(date +%T)] $*" >&2; }
row() { printf '%-6s %-40s %s\n' "$1" "$2" "$3" | tee -a "$SUMMARY" >&2; }
fail() {
  echo "step $1: $2" >> "$FAILURES"
  row "$1" "FAILED" "$2"
}

[[ -f "$JAR" ]] || die "no jar at $JAR (./mvnw -o -DskipTests package)"
for tool in java wrk curl jq mariadb ss python3; do
  command -v "$tool" > /dev/null || die "$tool is not installed"
done
for p in "${NODE_PORTS[@]}"; do
  [[ "$p" != 3306 ]] || die "refusing to use port 3306"
done

# --- clean-up ------------------------------------------------------------------------------------

PIDS_TO_STOP=() # everything this script started in the background, by pid
CLUSTER_STARTED=0
cleanup() {
  local rc=$? pid n
  trap - EXIT INT TERM
  for pid in "${PIDS_TO_STOP[@]}"; do
    if kill -0 "$pid" 2> /dev/null; then
      kill "$pid" 2> /dev/null || true
    fi
  done
  for pid in "${PIDS_TO_STOP[@]}"; do
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.5
    done
    kill -9 "$pid" 2> /dev/null || true
  done
  for n in 1 2 3; do # the nodes' logs outlive the cluster's directory
    cp "$GALERA_DIR/node$n/mariadbd.log" "$CHECK_DIR/galera-node$n.log" 2> /dev/null || true
  done
  if [[ $CLUSTER_STARTED == 1 && "${KEEP_CLUSTER:-0}" != 1 ]]; then
    "$GALERA" destroy > "$CHECK_DIR/galera-destroy.log" 2>&1 || echo "galera destroy failed, see $CHECK_DIR/galera-destroy.log" >&2
  fi
  echo "results in $CHECK_DIR" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- cluster helpers -----------------------------------------------------------------------------

# sql PORT STATEMENTS: on one node, causal reads, tab-separated, no headers.
sql() {
  local port=$1
  shift
  [[ "$port" != 3306 ]] || die "refusing to use port 3306"
  mariadb --protocol=TCP -h127.0.0.1 -P"$port" -uroot -N -B --connect-timeout=5 \
    -e "SET SESSION wsrep_sync_wait=1; USE notes; $*"
}

# queriesBeforeRetrySource=0&secondsBeforeRetrySource=0: a connection that failed over stays where
# it is (see docs/scale-out.md: falling back to a node that is still joining gets error 1047).
jdbc_url() { # the failover URL with the given node first
  local first=$1 hosts=("127.0.0.1:$1") p
  for p in "${NODE_PORTS[@]}"; do
    [[ $p == "$first" ]] || hosts+=("127.0.0.1:$p")
  done
  local IFS=,
  echo "jdbc:mysql://${hosts[*]}/notes?failOverReadOnly=false&queriesBeforeRetrySource=0&secondsBeforeRetrySource=0&sessionVariables=wsrep_sync_wait=1,innodb_lock_wait_timeout=5"
}

# --- instances -----------------------------------------------------------------------------------

declare -A INSTANCE_PID INSTANCE_PORT INSTANCE_LOG
INSTANCE_PORT[A]=$PORT_A
INSTANCE_PORT[B]=$PORT_B

start_instance() { # NAME FIRST_NODE_PORT
  local name=$1 node=$2 port=${INSTANCE_PORT[$1]}
  INSTANCE_LOG[$name]="$CHECK_DIR/notes-$name.log"
  SPRING_DATASOURCE_URL=$(jdbc_url "$node") SPRING_DATASOURCE_USERNAME=root \
    SPRING_DATASOURCE_PASSWORD= NOTES_WEB_CURSOR_SECRET=$SECRET SERVER_PORT=$port \
    java "${JAVA_FLAGS[@]}" -jar "$JAR" >> "${INSTANCE_LOG[$name]}" 2>&1 &
  INSTANCE_PID[$name]=$!
  PIDS_TO_STOP+=("$!")
  local deadline=$((SECONDS + 180))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health") == 200 ]]; do
    kill -0 "${INSTANCE_PID[$name]}" 2> /dev/null || die "instance $name exited, see ${INSTANCE_LOG[$name]}"
    ((SECONDS < deadline)) || die "instance $name not healthy after 180 s, see ${INSTANCE_LOG[$name]}"
    sleep 0.2
  done
  log "instance $name up on :$port (pid ${INSTANCE_PID[$name]}, node :$node first)"
}

# Where each instance's pool is connected right now: "A: 13306x10 B: 13307x10".
pool_nodes() {
  local name out=""
  for name in A B; do
    out+="$name: $(ss -tnpH state established 2> /dev/null \
      | awk -v pid="pid=${INSTANCE_PID[$name]}," -v ports=" ${NODE_PORTS[*]} " '
          index($0, pid) { n = split($4, a, ":"); p = a[n]; if (index(ports, " " p " ")) c[p]++ }
          END { for (p in c) printf "%sx%d ", p, c[p] }')"
    out+=" "
  done
  echo "$out"
}

log_mark() { wc -l < "${INSTANCE_LOG[$1]}"; }
declare -A MARK
mark_logs() {
  MARK[A]=$(log_mark A)
  MARK[B]=$(log_mark B)
}
log_since_mark() { tail -n +$((MARK[$1] + 1)) "${INSTANCE_LOG[$1]}"; }

# Retries and ERROR lines each instance logged since mark_logs; excerpts of ERRORs go to a file.
report_logs() { # STEP
  local step=$1 name retries r2 r3 causes errors excerpt
  for name in A B; do
    retries=$(log_since_mark "$name" | grep -c 'collided with concurrent work, running it again' || true)
    r2=$(log_since_mark "$name" | grep -c 'running it again (attempt 2 of' || true)
    r3=$(log_since_mark "$name" | grep -c 'running it again (attempt 3 of' || true)
    # The exception's message may start on the next line (MyBatis): classify it with 4 lines more.
    causes=$(log_since_mark "$name" | awk '
      function classify(b,   kind, where) {
        kind = (b ~ /Deadlock found/) ? "deadlock-1213" : (b ~ /Lock wait timeout/) ? "lock-wait-timeout" \
          : (b ~ /created meanwhile/) ? "name-created-meanwhile" : "other"
        where = match(b, /[A-Za-z]+Mapper\.xml/) ? substr(b, RSTART, RLENGTH - 4) : (b ~ /commit/) ? "commit" : "?"
        c[kind "@" where]++
      }
      /collided with concurrent work, running it again/ {
        if (n > 0) classify(buf)
        buf = $0; sub(/.*running it again \(attempt [0-9]+ of [0-9]+\): /, "", buf); n = 4; next
      }
      n > 0 { buf = buf " " $0; if (--n == 0) classify(buf) }
      END { if (n > 0) classify(buf); for (k in c) printf "%s=%d ", k, c[k] }')
    errors=$(log_since_mark "$name" | grep -c ' ERROR ' || true)
    row "$step" "instance $name unit-of-work retries" "$retries (attempt 2: $r2, attempt 3: $r3) ${causes}"
    row "$step" "instance $name ERROR lines in log" "$errors"
    row "$step" "instance $name 'storage unavailable' warnings" "$(log_since_mark "$name" | grep -c 'storage unavailable' || true)"
    if ((errors > 0)); then
      excerpt="$CHECK_DIR/step$step-$name-errors.txt"
      log_since_mark "$name" | grep -A 25 ' ERROR ' > "$excerpt" || true
      row "$step" "instance $name ERROR excerpt" "$excerpt"
      # which errors, and the exception behind each (its first line and its causes' first lines)
      log_since_mark "$name" | awk '
          /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/ { if (key != "") c[key]++; key = ""; in_error = 0 }
          /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]* +ERROR / { key = $0; sub(/^.* ERROR [0-9]+ --- \[[^]]*\] \[[^]]*\] +/, "", key); in_error = 1; id = NR; next }
          in_error && /^[a-z][a-z0-9_]*(\.[A-Za-z0-9_$]+)+(: |:?$)/ && !seen[id, $1]++ { key = key " | " substr($0, 1, 110) }
          in_error && /^Caused by: / && !seen[id, $3]++ { key = key " | caused by " substr($0, 12, 110) }
          END { if (key != "") c[key]++; for (k in c) printf "%dx %s\n", c[k], k }' \
        | while IFS= read -r line; do row "$step" "instance $name error" "$line"; done
    fi
  done
}

# --- integrity -----------------------------------------------------------------------------------

# On every node: notes, slot rows that differ from the notes they count, categories whose summed
# count differs, duplicate name_keys, and a digest of the three tables. ACKED: file of ids that were
# acknowledged with 201 (may be empty); each must exist on every node.
check_integrity() { # STEP ACKED_FILE
  local step=$1 acked=$2 port digest digests=() counts notes slots sums dups missing
  for port in "${NODE_PORTS[@]}"; do
    counts=$(sql "$port" "
      SELECT (SELECT COUNT(*) FROM note),
        (SELECT COUNT(*) FROM category_note_count k
           LEFT JOIN (SELECT category_id, MOD(id, 16) AS slot, COUNT(*) AS c FROM note
                      WHERE category_id IS NOT NULL GROUP BY category_id, MOD(id, 16)) n
             ON n.category_id = k.category_id AND n.slot = k.slot
           WHERE k.note_count <> COALESCE(n.c, 0))
        + (SELECT COUNT(*) FROM (SELECT category_id FROM category_note_count
                                  GROUP BY category_id HAVING COUNT(*) <> 16) s16)
        + (SELECT COUNT(*) FROM category c
             WHERE NOT EXISTS (SELECT 1 FROM category_note_count k WHERE k.category_id = c.id)),
        (SELECT COUNT(*) FROM category c
           WHERE (SELECT COALESCE(SUM(note_count), 0) FROM category_note_count k WHERE k.category_id = c.id)
              <> (SELECT COUNT(*) FROM note n WHERE n.category_id = c.id)),
        (SELECT COUNT(*) FROM (SELECT name_key FROM category GROUP BY name_key HAVING COUNT(*) > 1) d)")
    read -r notes slots sums dups <<< "$counts"
    digest=$(sql "$port" "CHECKSUM TABLE note, category, category_note_count" | awk '{printf "%s ", $2}')
    digests+=("$digest")
    missing=0
    if [[ -s "$acked" ]]; then
      missing=$(comm -23 <(sort -u "$acked") <(sql "$port" "SELECT id FROM note" | sort -u) | wc -l)
    fi
    row "$step" "node :$port notes/bad slots/bad sums/dup keys" "$notes / $slots / $sums / $dups; acknowledged missing: $missing"
    ((slots == 0 && sums == 0 && dups == 0)) || fail "$step" "node :$port counts or names inconsistent ($slots bad slot rows, $sums bad sums, $dups duplicate name_keys)"
    ((missing == 0)) || fail "$step" "node :$port lacks $missing acknowledged notes"
  done
  if [[ "${digests[0]}" == "${digests[1]}" && "${digests[1]}" == "${digests[2]}" ]]; then
    row "$step" "nodes agree (CHECKSUM TABLE)" "yes"
  else
    row "$step" "nodes agree (CHECKSUM TABLE)" "NO: ${digests[*]}"
    fail "$step" "nodes differ: ${digests[*]}"
  fi
}

# --- step helpers --------------------------------------------------------------------------------

http() { # METHOD URL [BODY [EXTRA CURL ARGS...]] -> prints status (body to $HTTP_BODY if set)
  local method=$1 url=$2 body=${3:-}
  shift 3 || shift $#
  curl -s --max-time 30 -o "${HTTP_BODY:-/dev/null}" -w '%{http_code}' -X "$method" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$@" "$url" || echo 000
}

create_categories() { # NAME...
  local name status
  for name in "$@"; do
    status=$(http POST "http://127.0.0.1:$PORT_A/api/categories" "{\"name\":\"$name\"}")
    [[ $status == 201 || $status == 409 ]] || die "creating category $name answered $status"
  done
}

# Statuses from a wrk response log ("ms status id"): "201=1234 503=5".
statuses_of() { awk '{ c[$2]++ } END { for (s in c) printf "%s=%d ", s, c[s] }' "$1" | tr ' ' '\n' | sort | tr '\n' ' '; }
# Longest time between two consecutive answers, and when it began (s into the run).
longest_gap() { # LOG START_MS
  sort -n "$1" | awk -v t0="$2" 'NR > 1 && $1 - prev > gap { gap = $1 - prev; at = prev - t0 } { prev = $1 }
    END { printf "%.2f s (from %.1f s)", gap / 1000, at / 1000 }'
}

# Steps 1 and 4: HOT_SECONDS of POSTs by name through both instances; optional kill and restart.
hot_run() { # STEP PREFIX KILL(0/1)
  local step=$1 prefix=$2 kill=$3 names name wlog start_ms pids=() restart_pid=""
  names="$prefix-a,$prefix-b,$prefix-c,$prefix-d,$prefix-e"
  IFS=, read -r -a arr <<< "$names"
  create_categories "${arr[@]}"
  mark_logs
  row "$step" "pools before" "$(pool_nodes)"
  start_ms=$(date +%s%3N)
  for name in A B; do
    wlog="$CHECK_DIR/step$step-$name.responses"
    : > "$wlog"
    GC_NAMES=$names GC_LOG=$wlog GC_TAG="$prefix-$name" \
      wrk -t1 -c4 -d"${HOT_SECONDS}s" --timeout 30s -s "$LUA" "http://127.0.0.1:${INSTANCE_PORT[$name]}" \
      > "$CHECK_DIR/step$step-$name.wrk" 2>&1 &
    pids+=("$!")
    PIDS_TO_STOP+=("$!")
  done
  if [[ $kill == 1 ]]; then
    sleep "$KILL_AT"
    log "step $step: kill node 1"
    "$GALERA" kill 1 > "$CHECK_DIR/step$step-kill.log" 2>&1
    local kill_ms=$(($(date +%s%3N) - start_ms))
    sleep 5
    row "$step" "pools 5 s after kill of node 1" "$(pool_nodes)"
    sleep $((RESTART_AT - KILL_AT - 5))
    log "step $step: restart node 1"
    local restart_ms=$(($(date +%s%3N) - start_ms))
    (
      s=$(date +%s)
      "$GALERA" restart 1 > "$CHECK_DIR/step$step-restart.log" 2>&1
      echo "exit $? after $(($(date +%s) - s)) s" >> "$CHECK_DIR/step$step-restart.log"
    ) &
    restart_pid=$!
    PIDS_TO_STOP+=("$restart_pid")
  fi
  wait "${pids[@]}" || true
  if [[ -n $restart_pid ]]; then
    wait "$restart_pid" || true
    row "$step" "kill / restart of node 1 at" "$((kill_ms / 1000)) s / $((restart_ms / 1000)) s; restart: $(grep -E 'IST|SST|Synced|exit' "$CHECK_DIR/step$step-restart.log" | tail -2 | tr '\n' ' ')"
    "$GALERA" status > "$CHECK_DIR/step$step-status.txt" 2>&1 || true
    row "$step" "cluster after restart" "$(awk 'NR > 1 { printf "%s %s/%s ", $1, $4, $5 }' "$CHECK_DIR/step$step-status.txt")"
  fi
  row "$step" "pools after" "$(pool_nodes)"
  local total_201=0 total_500=0 total_other=0 acked="$CHECK_DIR/step$step-acked.ids"
  : > "$acked"
  for name in A B; do
    wlog="$CHECK_DIR/step$step-$name.responses"
    row "$step" "instance $name answers" "$(wc -l < "$wlog") : $(statuses_of "$wlog")"
    row "$step" "instance $name wrk" "$(grep GC_WRK "$CHECK_DIR/step$step-$name.wrk" | sed -E 's/^GC_WRK [^ ]+ //')"
    row "$step" "instance $name longest gap between answers" "$(longest_gap "$wlog" "$start_ms")"
    row "$step" "instance $name answers other than 201 at" "$(awk -v t0="$start_ms" '$2 != 201 { printf "%.1fs:%s ", ($1 - t0) / 1000, $2 }' "$wlog" | cut -c1-300)"
    awk '$2 == 201 { print $3 }' "$wlog" >> "$acked"
    total_201=$((total_201 + $(awk '$2 == 201' "$wlog" | wc -l)))
    total_500=$((total_500 + $(awk '$2 >= 500 && $2 != 503' "$wlog" | wc -l)))
    total_other=$((total_other + $(awk '$2 != 201 && $2 != 503 && $2 < 500' "$wlog" | wc -l)))
  done
  if grep -q unparsed "$acked"; then fail "$step" "a 201 body without an id"; fi
  local in_db
  in_db=$(sql "${NODE_PORTS[1]}" "SELECT COUNT(*) FROM note n JOIN category c ON c.id = n.category_id
                                  WHERE c.name_key LIKE '$prefix-%'")
  row "$step" "notes in db for these names vs 201s" "$in_db vs $total_201 (extra: $((in_db - total_201)), in flight at the end or answered with an error)"
  for name in A B; do # each instance's notes carry its tag in their text
    in_db=$(sql "${NODE_PORTS[1]}" "SELECT COUNT(*) FROM note WHERE text LIKE 'galera-check $prefix-$name %'")
    row "$step" "instance $name notes in db vs its 201s" "$in_db vs $(awk '$2 == 201' "$CHECK_DIR/step$step-$name.responses" | wc -l) (at most 4 in flight when wrk stopped)"
  done
  ((total_500 == 0)) || fail "$step" "$total_500 answers 500 or other 5xx than 503"
  ((total_other == 0)) || fail "$step" "$total_other answers other than 201/503"
  report_logs "$step"
  check_integrity "$step" "$acked"
}

# Steps 2 and 3: run RACERS requests at once, alternating A and B; statuses to a file.
race() { # OUT_FILE METHOD PATH BODY_PREFIX [HEADER]
  local out=$1 method=$2 path=$3 body=$4 header=${5:-} i port pids=()
  : > "$out"
  for i in $(seq 1 "$RACERS"); do
    if ((i % 2)); then port=$PORT_A; else port=$PORT_B; fi
    (
      status=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -X "$method" \
        -H 'Content-Type: application/json' ${header:+-H "$header"} \
        --data "${body//@I@/$i}" "http://127.0.0.1:$port$path" || echo 000)
      echo "$i $status" >> "$out"
    ) &
    pids+=("$!")
  done
  wait "${pids[@]}" || true
}

step_race() {
  local step=2 r name out ok=0 deviations=0 all="$CHECK_DIR/step2-statuses.txt" c201 c409
  : > "$all"
  mark_logs
  for r in $(seq 1 "$ROUNDS"); do
    name="race$r-$$"
    name=${name:0:10}
    out="$CHECK_DIR/step2-round$r.txt"
    race "$out" POST /api/categories "{\"name\":\"$name\"}"
    c201=$(awk '$2 == 201' "$out" | wc -l)
    c409=$(awk '$2 == 409' "$out" | wc -l)
    awk -v r="$r" '{ print r, $0 }' "$out" >> "$all"
    if ((c201 == 1 && c409 == RACERS - 1)); then
      ok=$((ok + 1))
    else
      deviations=$((deviations + 1))
      row "$step" "round $r ($name) deviates" "$(awk '{ print $2 }' "$out" | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
    fi
  done
  row "$step" "rounds with one 201 and $((RACERS - 1)) 409" "$ok of $ROUNDS"
  row "$step" "all answers" "$(awk '{ c[$3]++ } END { for (s in c) printf "%s=%d ", s, c[s] }' "$all")"
  ((deviations == 0)) || fail "$step" "$deviations rounds without exactly one 201 and the rest 409"
  report_logs "$step"
  check_integrity "$step" /dev/null
}

step_if_match() {
  local step=3 r id etag out body ok=0 deviations=0 all="$CHECK_DIR/step3-statuses.txt" c200 c412 winner stored version
  : > "$all"
  create_categories ifm
  mark_logs
  for r in $(seq 1 "$ROUNDS"); do
    body="$CHECK_DIR/step3-created.json"
    etag=$(curl -s --max-time 30 -D - -o "$body" -X POST -H 'Content-Type: application/json' \
      --data '{"text":"if-match round '"$r"'","categoryName":"ifm"}' "http://127.0.0.1:$PORT_A/api/notes" \
      | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
    id=$(jq -r .id "$body")
    [[ -n $etag && $id =~ ^[0-9]+$ ]] || die "step 3: could not create a note (etag '$etag', body $(cat "$body"))"
    out="$CHECK_DIR/step3-round$r.txt"
    race "$out" PUT "/api/notes/$id" '{"text":"put @I@ of round '"$r"'","categoryName":"ifm"}' "If-Match: $etag"
    c200=$(awk '$2 == 200' "$out" | wc -l)
    c412=$(awk '$2 == 412' "$out" | wc -l)
    awk -v r="$r" '{ print r, $0 }' "$out" >> "$all"
    winner=$(awk '$2 == 200 { print $1 }' "$out" | head -1)
    HTTP_BODY="$CHECK_DIR/step3-read.json" http GET "http://127.0.0.1:$PORT_B/api/notes/$id" > /dev/null
    stored=$(jq -r .text "$CHECK_DIR/step3-read.json")
    version=$(jq -r .version "$CHECK_DIR/step3-read.json")
    if ((c200 == 1 && c412 == RACERS - 1)) && [[ "$stored" == "put $winner of round $r" && "$version" == $((${etag//\"/} + 1)) ]]; then
      ok=$((ok + 1))
    else
      deviations=$((deviations + 1))
      row "$step" "round $r (note $id, If-Match $etag) deviates" "$(awk '{ print $2 }' "$out" | sort | uniq -c | tr -s ' ' | tr '\n' ' ') stored: '$stored' v$version"
    fi
  done
  row "$step" "rounds with one 200, $((RACERS - 1)) 412, winner stored" "$ok of $ROUNDS"
  row "$step" "all PUT answers" "$(awk '{ c[$3]++ } END { for (s in c) printf "%s=%d ", s, c[s] }' "$all")"
  ((deviations == 0)) || fail "$step" "$deviations rounds without exactly one 200 (stored) and the rest 412"
  report_logs "$step"
  check_integrity "$step" /dev/null
}

step_read_your_writes() {
  local step=5 i id post get found=0 other=0 details="$CHECK_DIR/step5.txt"
  : > "$details"
  create_categories ryw
  mark_logs
  row "$step" "pools" "$(pool_nodes)"
  for i in $(seq 1 "$RYW"); do
    post=$(HTTP_BODY="$CHECK_DIR/step5-created.json" http POST "http://127.0.0.1:$PORT_A/api/notes" \
      '{"text":"read your writes '"$i"'","categoryName":"ryw"}')
    id=$(jq -r .id "$CHECK_DIR/step5-created.json" 2> /dev/null || echo none)
    get=$(http GET "http://127.0.0.1:$PORT_B/api/notes/$id")
    echo "$i $post $id $get" >> "$details"
    if [[ $post == 201 && $get == 200 ]]; then found=$((found + 1)); else other=$((other + 1)); fi
  done
  row "$step" "created through A, read at once through B" "$found of $RYW found (POST/GET pairs: $(awk '{ c[$2 "/" $4]++ } END { for (s in c) printf "%s=%d ", s, c[s] }' "$details"))"
  ((other == 0)) || fail "$step" "$other creations not read back through B"
  report_logs "$step"
}

# Steps 6 and 7: MIX_SECONDS of mixed load through both instances (mixed.py run) while A's node (6)
# or instance A (7) is killed -9 at KILL_AT and started again at RESTART_AT; then mixed.py check
# reads the requests, the events (epoch ms) and every node's notes of the step.
sleep_until() { # EPOCH_MS
  sleep "$(awk -v d=$(($1 - $(date +%s%3N))) 'BEGIN { printf "%.3f", (d > 0 ? d : 0) / 1000 }')"
}

# The node most of an instance's pool is connected to (its number, 1 to 3).
instance_node() { # NAME
  local port
  port=$(ss -tnpH state established 2> /dev/null \
    | awk -v pid="pid=${INSTANCE_PID[$1]}," -v ports=" ${NODE_PORTS[*]} " '
        index($0, pid) { n = split($4, a, ":"); p = a[n]; if (index(ports, " " p " ")) c[p]++ }
        END { for (p in c) if (c[p] > best) { best = c[p]; top = p } print top }')
  echo $((${port:-$GALERA_PORT} - GALERA_PORT + 1))
}

watch_cluster_size() { # PORT... : "epoch_ms port size" for each node, until killed
  local port size
  while :; do
    for port in "$@"; do
      size=$(mariadb --protocol=TCP -h127.0.0.1 -P"$port" -uroot -N -B --connect-timeout=1 \
        -e "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'" 2> /dev/null | awk '{ print $2 }') || true
      echo "$(date +%s%3N) $port ${size:-?}"
    done
    sleep 0.05
  done
}

mixed_run() { # STEP node|instance
  local step=$1 mode=$2 dir="$CHECK_DIR/step$1" tag="mix$1" events start_ms kill_ms evict_ms load_pid
  local watch_pid p n cats victim survivors=()
  rm -rf "$dir" # mixed.py appends to its logs
  mkdir -p "$dir"
  events="$dir/events"
  : > "$events"
  cats="m$step-a,m$step-b,m$step-c"
  create_categories "m$step-a" "m$step-b" "m$step-c" "m$step-ed"
  mark_logs
  row "$step" "pools before" "$(pool_nodes)"
  start_ms=$(date +%s%3N)
  echo "start $start_ms" >> "$events"
  rm -f "$dir/stop"
  # at most MIX_SECONDS + 300 s: the load is stopped by the stop file once the victim is back
  python3 "$MIXED" run --a "http://127.0.0.1:$PORT_A" --b "http://127.0.0.1:$PORT_B" \
    --seconds $((MIX_SECONDS + 300)) --stop-file "$dir/stop" --out "$dir" --tag "$tag" --write-categories "$cats" \
    --edit-category "m$step-ed" --writers "$MIX_WRITERS" --editors "$MIX_EDITORS" \
    --readers "$MIX_READERS" > "$dir/run.log" 2>&1 &
  load_pid=$!
  PIDS_TO_STOP+=("$load_pid")
  sleep "$KILL_AT"
  if [[ $mode == node ]]; then
    # the node instance A writes through (node 1, unless an earlier kill moved A's pool)
    victim=$(instance_node A)
    for n in 1 2 3; do
      ((n == victim)) || survivors+=("$n")
    done
    watch_cluster_size "${NODE_PORTS[survivors[0] - 1]}" "${NODE_PORTS[survivors[1] - 1]}" > "$dir/cluster-size.txt" &
    watch_pid=$!
    PIDS_TO_STOP+=("$watch_pid")
    sleep 0.5
    log "step $step: kill node $victim (instance A's)"
    "$GALERA" kill "$victim" > "$dir/kill.log" 2>&1
    kill_ms=$(date +%s%3N)
    echo "kill $kill_ms" >> "$events"
    row "$step" "node killed" "node $victim (:${NODE_PORTS[victim - 1]}), the one instance A's pool was on"
    # eviction: the first poll after which both survivors have reported a cluster of 2
    evict_ms=""
    while [[ -z $evict_ms ]] && (($(date +%s%3N) - kill_ms < 30000)); do
      sleep 0.2
      evict_ms=$(awk -v k="$kill_ms" -v p2="${NODE_PORTS[survivors[0] - 1]}" -v p3="${NODE_PORTS[survivors[1] - 1]}" '
        $1 >= k && $3 == 2 && !($2 in first) { first[$2] = $1 }
        END { if ((p2 in first) && (p3 in first)) print (first[p2] > first[p3] ? first[p2] : first[p3]) }' \
        "$dir/cluster-size.txt")
    done
    kill "$watch_pid" 2> /dev/null || true
    [[ -n $evict_ms ]] || { fail "$step" "the survivors did not report a cluster of 2 within 30 s"; evict_ms=$((kill_ms + 30000)); }
    echo "evict $evict_ms" >> "$events"
    row "$step" "cluster size polls of nodes ${survivors[0]} and ${survivors[1]}" "every $(awk '($2 in prev) { s += $1 - prev[$2]; c++ } { prev[$2] = $1 } END { if (c) printf "%.0f", s / c }' "$dir/cluster-size.txt") ms per node; last size 3 at $(awk -v k="$kill_ms" '$1 >= k && $3 == 3 { t = $1 } END { if (t) printf "+%.2f s", (t - k) / 1000; else printf "before the kill" }' "$dir/cluster-size.txt"), both at 2 by +$(awk -v d=$((evict_ms - kill_ms)) 'BEGIN { printf "%.2f s", d / 1000 }')"
    # the survivors' own account (whole seconds): the view without the killed node
    for n in "${survivors[@]}"; do
      grep -E 'suspecting node|declaring .* stable|memb_num = 2|view\(view_id\(PRIM' "$GALERA_DIR/node$n/mariadbd.log" \
        | awk -v since="$(date -d "@$((kill_ms / 1000))" '+%F %T')" '($1 " " $2) >= since' > "$dir/node$n-eviction.log" || true
    done
    row "$step" "node ${survivors[0]}'s log: kill at / primary view of 2 at" "$(date -d "@$((kill_ms / 1000))" +%T) / $(grep -m1 'memb_num = 2' "$dir/node${survivors[0]}-eviction.log" | awk '{ print $2 }')"
    sleep_until $((kill_ms + 5000))
    row "$step" "pools 5 s after the kill" "$(pool_nodes)"
    sleep_until $((kill_ms + (RESTART_AT - KILL_AT) * 1000))
    log "step $step: restart node $victim"
    echo "restart $(date +%s%3N)" >> "$events"
    if "$GALERA" restart "$victim" > "$dir/restart.log" 2>&1; then
      echo "rejoined $(date +%s%3N)" >> "$events"
    else
      fail "$step" "node $victim did not rejoin, see $dir/restart.log"
    fi
    row "$step" "restart of node $victim" "$(grep -E 'rejoined|IST|SST' "$dir/restart.log" | tail -1)"
    "$GALERA" status > "$dir/status.txt" 2>&1 || true
    row "$step" "cluster after restart" "$(awk 'NR > 1 { printf "%s %s/%s ", $1, $4, $5 }' "$dir/status.txt")"
  else
    sleep 0.5
    log "step $step: kill -9 instance A (pid ${INSTANCE_PID[A]})"
    kill -9 "${INSTANCE_PID[A]}"
    kill_ms=$(date +%s%3N)
    echo "kill $kill_ms" >> "$events"
    local keep=()
    for p in "${PIDS_TO_STOP[@]}"; do [[ $p == "${INSTANCE_PID[A]}" ]] || keep+=("$p"); done
    PIDS_TO_STOP=("${keep[@]}")
    wait "${INSTANCE_PID[A]}" 2> /dev/null || true
    sleep_until $((kill_ms + (RESTART_AT - KILL_AT) * 1000))
    log "step $step: start instance A again"
    echo "restart $(date +%s%3N)" >> "$events"
    start_instance A "${NODE_PORTS[0]}"
    echo "up $(date +%s%3N)" >> "$events"
  fi
  # the victim is back: go on until MIX_SECONDS are over, and at least MIX_AFTER s more
  local end_ms
  end_ms=$(( $(date +%s%3N) + MIX_AFTER * 1000 ))
  ((end_ms >= start_ms + MIX_SECONDS * 1000)) || end_ms=$((start_ms + MIX_SECONDS * 1000))
  sleep_until "$end_ms"
  touch "$dir/stop"
  echo "end $(date +%s%3N)" >> "$events"
  wait "$load_pid" || fail "$step" "the load generator exited with an error, see $dir/run.log"
  row "$step" "pools after" "$(pool_nodes)"
  for n in 1 2 3; do
    sql "${NODE_PORTS[n - 1]}" "SELECT id, version, text FROM note WHERE text LIKE '$tag %'" > "$dir/node$n.tsv"
  done
  python3 "$MIXED" check --out "$dir" --mode "$mode" --events "$events" \
    --db "$dir/node1.tsv" "$dir/node2.tsv" "$dir/node3.tsv" > "$dir/check.txt" 2> "$dir/check.err" \
    || [[ -s "$dir/check.txt" ]] || fail "$step" "mixed.py check failed, see $dir/check.err"
  local kind label value
  while IFS=$'\t' read -r kind label value; do
    case $kind in
      row) row "$step" "$label" "$value" ;;
      fail) fail "$step" "$label" ;;
    esac
  done < "$dir/check.txt"
  jq -r 'select(.k == "create" and .st == 201) | .id' "$dir/requests.jsonl" > "$dir/acked.ids"
  report_logs "$step"
  check_integrity "$step" "$dir/acked.ids"
}

# --- main ----------------------------------------------------------------------------------------

for p in "$PORT_A" "$PORT_B"; do
  ! ss -ltnH "sport = :$p" | grep -q . || die "port $p is in use"
done
if "$GALERA" status 2> /dev/null | awk 'NR > 1 && $5 == "Synced"' | grep -q .; then
  log "cluster in $GALERA_DIR is already running; using it"
else
  for p in "${NODE_PORTS[@]}"; do
    ! ss -ltnH "sport = :$p" | grep -q . || die "port $p is in use by another server (another cluster?)"
  done
fi
log "results in $CHECK_DIR; jar $JAR; commit $(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo '?')"
CLUSTER_STARTED=1
"$GALERA" start > "$CHECK_DIR/galera-start.log" 2>&1 || die "cluster did not start, see $CHECK_DIR/galera-start.log"
sql "${NODE_PORTS[0]}" "SELECT 1" > /dev/null 2>&1 || true # the database may not exist yet
mariadb --protocol=TCP -h127.0.0.1 -P"${NODE_PORTS[0]}" -uroot -e "DROP DATABASE IF EXISTS notes"
start_instance A "${NODE_PORTS[0]}" # A migrates the fresh database alone, B starts after it
start_instance B "${NODE_PORTS[1]}"

for step in $STEPS; do
  log "step $step"
  case $step in
    1) hot_run 1 hot 0 ;;
    2) step_race ;;
    3) step_if_match ;;
    4) hot_run 4 kill 1 ;;
    5) step_read_your_writes ;;
    6) mixed_run 6 node ;;
    7) mixed_run 7 instance ;;
    *) die "unknown step $step" ;;
  esac
done

echo
echo "=== galera-check summary ($(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo '?'), $(date -u +%FT%TZ)) ==="
cat "$SUMMARY"
if [[ -s "$FAILURES" ]]; then
  echo "=== FAILED ==="
  cat "$FAILURES"
  exit 1
fi
echo "=== all expectations met ==="
