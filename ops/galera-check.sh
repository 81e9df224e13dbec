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
#   after each write step: integrity on every node (slot counts in category_note_count equal the
#   notes, no duplicate name_key, the same rows on 13306/13307/13308), unit-of-work retries and
#   ERROR lines in both service logs (with an excerpt for each ERROR), where each pool is connected.
#   At the end a summary table; the exit status is 1 when an expectation failed (a 500, a race with
#   other than one winner, an integrity difference, a lost note), 0 otherwise. A 503 is counted and
#   shown, not failed: it is the documented answer once retries are used up.
#
# It stops both instances and destroys the cluster on every exit (trap), and only ever signals
# processes it started itself, by pid. It never connects to port 3306.
#
# Environment (defaults in brackets):
#   CHECK_DIR      results: logs, wrk output, acknowledged ids, summary  [mktemp -d]
#   STEPS          which steps, in this order                            ["1 2 3 5 4"]
#   HOT_SECONDS    length of steps 1 and 4                               [60]
#   KILL_AT, RESTART_AT  seconds into step 4                             [20, 40]
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
chmod 755 "$CHECK_DIR"
mkdir -p "$CHECK_DIR"
CHECK_DIR=$(realpath "$CHECK_DIR")
STEPS=${STEPS:-"1 2 3 5 4"}
HOT_SECONDS=${HOT_SECONDS:-60}
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
for tool in java wrk curl jq mariadb ss; do
  command -v "$tool" > /dev/null || die "$tool is not installed"
done
for p in "${NODE_PORTS[@]}"; do
  [[ "$p" != 3306 ]] || die "refusing to use port 3306"
done

# --- clean-up ------------------------------------------------------------------------------------

PIDS_TO_STOP=() # everything this script started in the background, by pid
CLUSTER_STARTED=0
cleanup() {
  local rc=$? pid
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

jdbc_url() { # the failover URL with the given node first
  local first=$1 hosts=("127.0.0.1:$1") p
  for p in "${NODE_PORTS[@]}"; do
    [[ $p == "$first" ]] || hosts+=("127.0.0.1:$p")
  done
  local IFS=,
  echo "jdbc:mysql://${hosts[*]}/notes?failOverReadOnly=false&sessionVariables=wsrep_sync_wait=1,innodb_lock_wait_timeout=5"
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
    java "${JAVA_FLAGS[@]}" -jar "$JAR" > "${INSTANCE_LOG[$name]}" 2>&1 &
  INSTANCE_PID[$name]=$!
  PIDS_TO_STOP+=("$!")
  local deadline=$((SECONDS + 180))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health") == 200 ]]; do
    kill -0 "${INSTANCE_PID[$name]}" 2> /dev/null || die "instance $name exited, see ${INSTANCE_LOG[$name]}"
    ((SECONDS < deadline)) || die "instance $name not healthy after 180 s, see ${INSTANCE_LOG[$name]}"
    sleep 1
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
