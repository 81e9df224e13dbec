#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback ports, under one temporary directory, for trying
# Notes beyond one machine (see docs/scale-out.md).
#
#   ops/galera.sh start        initialise missing data dirs, bootstrap node 1, join nodes 2 and 3,
#                              wait until every node is Synced in a cluster of 3
#   ops/galera.sh status       per node: pid, port, wsrep_cluster_size, wsrep_local_state_comment
#   ops/galera.sh kill N       kill -9 node N (a crash: no clean leave, the others evict it)
#   ops/galera.sh restart N    start node N again (stopped or killed); it rejoins via IST or SST
#   ops/galera.sh stop         stop every node cleanly (SIGTERM, wait for exit)
#   ops/galera.sh url          print the JDBC URL Notes should use for this cluster
#   ops/galera.sh destroy      stop, then delete the base directory
#
# It never touches a MariaDB server it did not start: every node has its own datadir, socket, pid
# file and ports, every server is started with --defaults-file (so /etc/mysql is not read), and
# only pids read from this script's own pid files are ever signalled.
#
# Environment:
#   GALERA_DIR        base directory           (default ${TMPDIR:-/tmp}/notes-galera)
#   GALERA_PORT       client port of node 1    (default 13306; nodes 2 and 3 use +1, +2)
#   GALERA_GCOMM_PORT group port of node 1     (default 14567; nodes 2 and 3 use +10, +20;
#                                               each node's IST port is its group port +1 and its
#                                               SST (rsync) port is its group port +2)
#   GALERA_DB         database named by `url`  (default notes)
set -euo pipefail

readonly BASE="${GALERA_DIR:-${TMPDIR:-/tmp}/notes-galera}"
readonly PORT1="${GALERA_PORT:-13306}"
readonly GCOMM1="${GALERA_GCOMM_PORT:-14567}"
readonly DB="${GALERA_DB:-notes}"
readonly NODES=(1 2 3)
readonly MARIADBD="${MARIADBD:-/usr/sbin/mariadbd}"
readonly START_TIMEOUT="${GALERA_START_TIMEOUT:-120}"
# Not root, even when run by root: the rsync SST joiner starts an rsync daemon as the server's
# user, and an rsync daemon started by root switches to "nobody", which cannot write a data dir
# owned by root (the SST then fails with "Permission denied"). Debian's "mysql" user is the usual
# owner; without root, the nodes simply run as the caller.
if [[ $(id -u) == 0 ]] && id mysql > /dev/null 2>&1; then
  readonly RUN_AS=mysql
else
  RUN_AS=$(id -un)
  readonly RUN_AS
fi

# The port 3306 server is shared with tests and other work: refuse any setting that would collide.
if [[ "$PORT1" -le 3306 && $((PORT1 + 2)) -ge 3306 ]]; then
  echo "GALERA_PORT=$PORT1 would use port 3306, which belongs to another server" >&2
  exit 2
fi

client_port() { echo $((PORT1 + $1 - 1)); }
gcomm_port() { echo $((GCOMM1 + 10 * ($1 - 1))); }
node_dir() { echo "$BASE/node$1"; }
pid_file() { echo "$(node_dir "$1")/mariadbd.pid"; }
cnf_file() { echo "$(node_dir "$1")/my.cnf"; }
log_file() { echo "$(node_dir "$1")/mariadbd.log"; }
socket_file() { echo "$(node_dir "$1")/mariadbd.sock"; }

provider() {
  local so
  for so in /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so; do
    if [[ -f "$so" ]]; then
      echo "$so"
      return
    fi
  done
  echo "galera-4 is not installed (no libgalera_smm.so); apt-get install galera-4" >&2
  exit 1
}

# rsync is the simplest state transfer (no credentials, no extra packages); mariabackup is the
# alternative for a donor that must keep serving writes during the copy.
sst_method() {
  if command -v rsync > /dev/null; then
    echo rsync
  elif command -v mariabackup > /dev/null; then
    echo mariabackup
  else
    echo "neither rsync nor mariabackup is installed; apt-get install rsync" >&2
    exit 1
  fi
}

cluster_address() {
  local addresses=() n
  for n in "${NODES[@]}"; do addresses+=("127.0.0.1:$(gcomm_port "$n")"); done
  local IFS=,
  echo "gcomm://${addresses[*]}"
}

# One configuration file per node; written on every start so a changed setting takes effect.
write_cnf() {
  local n=$1 dir gport
  dir=$(node_dir "$n")
  gport=$(gcomm_port "$n")
  mkdir -p "$dir/data"
  chown "$RUN_AS": "$dir" "$dir/data"
  cat > "$(cnf_file "$n")" << EOF
[mariadbd]
user = $RUN_AS
datadir = $dir/data
socket = $(socket_file "$n")
pid-file = $(pid_file "$n")
log-error = $(log_file "$n")
port = $(client_port "$n")
bind-address = 127.0.0.1
# 127.0.0.1 is not "localhost" to the grant tables: root@127.0.0.1 is created on bootstrap.
skip-name-resolve

default_storage_engine = InnoDB
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
# Galera needs row events and interleaved auto-increment locks (no table-level AUTO-INC lock).
binlog_format = ROW
innodb_autoinc_lock_mode = 2
# Small: three servers share one machine with everything else.
innodb_buffer_pool_size = 64M
innodb_log_file_size = 48M
max_connections = 200

wsrep_on = ON
wsrep_provider = $(provider)
wsrep_cluster_name = notes-galera
wsrep_cluster_address = $(cluster_address)
wsrep_node_name = node$n
wsrep_node_address = 127.0.0.1:$gport
wsrep_node_incoming_address = 127.0.0.1:$(client_port "$n")
wsrep_sst_method = $(sst_method)
wsrep_sst_receive_address = 127.0.0.1:$((gport + 2))
# base_port: the group port; gmcast.listen_addr: listen on loopback only (the default is
# 0.0.0.0); ist.recv_addr: where this node receives incremental state.
# evs.*: a node that stops answering (kill -9, a frozen host) is suspected after 2 s and evicted
# by ~3 s, so writes on the survivors stall for about that long instead of the default ~5-15 s.
# inactive_check_period must stay below suspect_timeout; keepalive below inactive_check_period.
wsrep_provider_options = "base_host=127.0.0.1;base_port=$gport;gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1));evs.keepalive_period=PT0.5S;evs.inactive_check_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_timeout=PT3S;evs.install_timeout=PT3S;gcache.size=64M"
EOF
}

pid_of() {
  local f
  f=$(pid_file "$1")
  [[ -s "$f" ]] || f="$(node_dir "$1")/launched.pid"
  [[ -s "$f" ]] || return 1
  local pid
  pid=$(< "$f")
  # Only a live mariadbd is ours: a stale pid file after kill -9 may name a reused pid.
  [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "mariadbd" \
    && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$(cnf_file "$1")" || return 1
  echo "$pid"
}

sql() {
  local n=$1
  shift
  mariadb --protocol=TCP -h 127.0.0.1 -P "$(client_port "$n")" -u root --batch --skip-column-names \
    --connect-timeout=2 "$@"
}

wsrep_var() {
  sql "$1" -e "SHOW GLOBAL STATUS LIKE '$2'" 2> /dev/null | awk '{print $2}'
}

initialise() {
  local n=$1 dir
  dir=$(node_dir "$n")
  if [[ -d "$dir/data/mysql" ]]; then return; fi
  if [[ "$n" != 1 ]]; then
    # A joiner gets everything from a donor by SST; its data dir only has to exist.
    return
  fi
  echo "node$n: initialising $dir/data"
  mariadb-install-db --defaults-file="$(cnf_file "$n")" --user="$RUN_AS" --datadir="$dir/data" \
    --auth-root-authentication-method=normal --skip-test-db > "$dir/install.log" 2>&1 \
    || { cat "$dir/install.log" >&2; exit 1; }
}

# After a crash, grastate.dat says seqno -1: recover the last committed position from InnoDB so
# the node can ask for IST (only the missing writesets) instead of a full SST.
recovered_position() {
  local n=$1 out
  out=$("$MARIADBD" --defaults-file="$(cnf_file "$n")" --wsrep-recover --log-error="$(node_dir "$n")/recover.log" > /dev/null 2>&1; \
    grep -o 'Recovered position: [^ ]*' "$(node_dir "$n")/recover.log" | tail -1 | awk '{print $3}') || true
  echo "$out"
}

launch() {
  local n=$1
  shift
  local extra=("$@") grastate
  grastate="$(node_dir "$n")/data/grastate.dat"
  if [[ -f "$grastate" ]] && grep -q '^seqno: *-1' "$grastate"; then
    local position
    position=$(recovered_position "$n")
    if [[ -n "$position" && "$position" != *:-1 ]]; then
      echo "node$n: recovered position $position (asks for IST)"
      extra+=("--wsrep-start-position=$position")
    fi
  fi
  echo "node$n: starting on port $(client_port "$n") (group $(gcomm_port "$n"))"
  # setsid + nohup: the server outlives this script and its terminal; it logs to log-error.
  setsid nohup "$MARIADBD" --defaults-file="$(cnf_file "$n")" "${extra[@]}" \
    >> "$(node_dir "$n")/stdout.log" 2>&1 < /dev/null &
  # mariadbd writes its pid file only after a state transfer: remember the pid now so that a joiner
  # busy with a long SST is known to be alive (and can be killed). A file of its own, because a
  # pid file written here would belong to root and the server could not write it.
  echo "$!" > "$(node_dir "$n")/launched.pid"
}

# Wait until node N answers and reports Synced (and, with a size, that cluster size).
wait_synced() {
  local n=$1 size=${2:-} deadline=$((SECONDS + START_TIMEOUT)) state cs
  while ((SECONDS < deadline)); do
    state=$(wsrep_var "$n" wsrep_local_state_comment || true)
    cs=$(wsrep_var "$n" wsrep_cluster_size || true)
    if [[ "$state" == Synced && (-z "$size" || "$cs" == "$size") ]]; then
      echo "node$n: Synced, cluster size $cs"
      return
    fi
    if ! pid_of "$n" > /dev/null && ((SECONDS > deadline - START_TIMEOUT + 5)); then
      echo "node$n: not running; last log lines:" >&2
      tail -20 "$(log_file "$n")" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  echo "node$n: not Synced after ${START_TIMEOUT}s (state '$state', size '$cs'); see $(log_file "$n")" >&2
  exit 1
}

# A node may bootstrap a new cluster only if it has the latest state: after a clean stop that is
# the last node to leave (safe_to_bootstrap: 1). After everything crashed no node is marked; then
# node 1 is used and marked, which may lose writes that only reached the others (say so).
bootstrap_node() {
  local n f
  for n in "${NODES[@]}"; do
    f="$(node_dir "$n")/data/grastate.dat"
    if [[ -f "$f" ]] && grep -q '^safe_to_bootstrap: *1' "$f"; then
      echo "$n"
      return
    fi
  done
  f="$(node_dir 1)/data/grastate.dat"
  if [[ -f "$f" ]]; then
    echo "no node is marked safe_to_bootstrap (all crashed?): bootstrapping node 1 anyway" >&2
    sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' "$f"
  fi
  echo 1
}

cmd_start() {
  local n first=""
  for n in "${NODES[@]}"; do
    write_cnf "$n"
    initialise "$n"
    if pid_of "$n" > /dev/null; then first=${first:-$n}; fi
  done
  local began=$SECONDS
  if [[ -z "$first" ]]; then
    first=$(bootstrap_node)
    launch "$first" --wsrep-new-cluster
    wait_synced "$first"
    # Root over TCP with no password, like the shared server on 3306; replicated to the others.
    sql "$first" -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
      GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;" 2> /dev/null \
      || mariadb -S "$(socket_file "$first")" -u root -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
      GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"
  fi
  # Joiners one at a time: two simultaneous SSTs from one donor only slow each other down.
  for n in "${NODES[@]}"; do
    if ! pid_of "$n" > /dev/null; then
      launch "$n"
      wait_synced "$n"
    fi
  done
  for n in "${NODES[@]}"; do wait_synced "$n" "${#NODES[@]}"; done
  echo "cluster of ${#NODES[@]} Synced in $((SECONDS - began)) s"
  cmd_url
}

cmd_status() {
  local n pid
  printf '%-6s %-8s %-6s %-6s %s\n' node pid port size state
  for n in "${NODES[@]}"; do
    if pid=$(pid_of "$n"); then
      printf '%-6s %-8s %-6s %-6s %s\n' "node$n" "$pid" "$(client_port "$n")" \
        "$(wsrep_var "$n" wsrep_cluster_size || echo '?')" \
        "$(wsrep_var "$n" wsrep_local_state_comment || echo '?')"
    else
      printf '%-6s %-8s %-6s %-6s %s\n' "node$n" - "$(client_port "$n")" - stopped
    fi
  done
}

node_arg() {
  if [[ ! "${1:-}" =~ ^[123]$ ]]; then
    echo "a node number is needed: 1, 2 or 3" >&2
    exit 2
  fi
}

cmd_kill() {
  node_arg "${1:-}"
  local pid
  if ! pid=$(pid_of "$1"); then
    echo "node$1 is not running"
    return
  fi
  kill -9 "$pid"
  echo "node$1: killed (pid $pid, SIGKILL)"
}

cmd_restart() {
  node_arg "${1:-}"
  local n=$1 began=$SECONDS
  if pid_of "$n" > /dev/null; then
    echo "node$n is already running"
    return
  fi
  write_cnf "$n"
  # A pid file left by kill -9 would make the new server refuse to start on some versions.
  rm -f "$(pid_file "$n")" "$(node_dir "$n")/launched.pid"
  local seen=0
  [[ -f "$(log_file "$n")" ]] && seen=$(wc -l < "$(log_file "$n")")
  launch "$n"
  wait_synced "$n" "${#NODES[@]}"
  # Say how it caught up: IST (only the missed writesets) or a full SST (a copy of a donor).
  # (the rsync joiner logs "rsync IST completed" or "rsync SST completed").
  local how="no transfer (it was up to date)" news
  news=$(tail -n +"$((seen + 1))" "$(log_file "$n")")
  if grep -q 'SST completed on joiner' <<< "$news"; then
    how="full SST"
  elif grep -q 'IST completed on joiner' <<< "$news"; then
    how=IST
  fi
  echo "node$n: rejoined in $((SECONDS - began)) s by $how"
}

stop_node() {
  local n=$1 pid
  pid=$(pid_of "$n") || return 0
  kill -TERM "$pid"
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2> /dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2> /dev/null; then
    echo "node$n: still running after 60 s (pid $pid)" >&2
    return 1
  fi
  echo "node$n: stopped"
}

cmd_stop() {
  local i
  # Reverse order: node 1 leaves last and is marked safe_to_bootstrap for the next start.
  for ((i = ${#NODES[@]} - 1; i >= 0; i--)); do stop_node "${NODES[i]}"; done
}

# Connector/J multi-host failover: connections go to the first host that answers and move on when
# it fails. failOverReadOnly=false keeps a failed-over connection writable (every Galera node
# takes writes). queriesBeforeRetrySource=0 and secondsBeforeRetrySource=0: a connection that
# failed over stays on its new node; by default it tries the first host again at a transaction
# boundary after 50 queries, which succeeds as soon as a restarted node accepts connections, and
# a node accepts them while it is still joining and refuses every statement (error 1047, "WSREP has
# not yet prepared node for application use"). The pool's max-lifetime brings connections back to
# the first node. wsrep_sync_wait=1: a read waits until this node has applied every write the
# cluster committed before it, so a note created through one instance is readable through another
# right after its 201. innodb_lock_wait_timeout=5 is repeated because Notes adds its own
# sessionVariables only when the URL sets none.
cmd_url() {
  local hosts=() n
  for n in "${NODES[@]}"; do hosts+=("127.0.0.1:$(client_port "$n")"); done
  local IFS=,
  echo "jdbc:mysql://${hosts[*]}/$DB?failOverReadOnly=false&queriesBeforeRetrySource=0&secondsBeforeRetrySource=0&sessionVariables=wsrep_sync_wait=1,innodb_lock_wait_timeout=5"
}

cmd_destroy() {
  cmd_stop
  case "$BASE" in
    / | /var/lib/mysql* | "") echo "refusing to delete $BASE" >&2; exit 2 ;;
  esac
  rm -rf -- "$BASE"
  echo "deleted $BASE"
}

main() {
  local command=${1:-}
  shift || true
  case "$command" in
    start) cmd_start ;;
    status) cmd_status ;;
    kill) cmd_kill "$@" ;;
    restart) cmd_restart "$@" ;;
    stop) cmd_stop ;;
    url) cmd_url ;;
    destroy) cmd_destroy ;;
    *)
      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
      exit 2
      ;;
  esac
}

main "$@"
