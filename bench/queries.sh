#!/usr/bin/env bash
# Counts the SQL statements each request sends and analyses every SELECT it sends, at the first
# page, half-way and 90% deep: EXPLAIN, ANALYZE FORMAT=JSON (rows actually read per table) and the
# session's Handler_read% deltas. The statements are taken from MariaDB's general log, so they are
# exactly what Notes sends, with the values Connector/J bound into them.
# Needs the seeded database (seed.sh) and nothing else using notes_bench; turns the general log
# on for the length of one request at a time, and restores its settings on exit.
# Writes $RESULTS/queries.txt (summary) and $RESULTS/sql/<request>.* (statements, plans).
set -euo pipefail
source "$(dirname "$0")/common.sh"
OUT=$RESULTS/sql SUMMARY=$RESULTS/queries.txt
rm -rf "$OUT" && mkdir -p "$OUT"

need_free_port "$NOTES_PORT"
java -jar "$NOTES_JAR" --server.port="$NOTES_PORT" >"$RESULTS/notes-queries.out" 2>&1 &
NOTES_PID=$!
LOG_SETTINGS=$(sql -e "SELECT CONCAT(@@global.log_output, ' ', @@global.general_log)")
restore() {
  read -r output on <<<"$LOG_SETTINGS"
  sql -e "SET GLOBAL general_log=$on; SET GLOBAL log_output='$output'" || true
  kill "$NOTES_PID" 2>/dev/null || true
}
trap restore EXIT
N=http://127.0.0.1:$NOTES_PORT
wait_for "$N/actuator/health"
# Notes' pool connections (Hikari opens all ten at start): only their statements are counted.
POOL=$(sql -e "SELECT GROUP_CONCAT(id) FROM information_schema.processlist WHERE db = '$BENCH_DB'")
sql -e "SET GLOBAL log_output = 'TABLE'"

# Prints the nextCursor after $2 items of the list at $1, paging as a client would, in one
# python3 process (a curl and a jq per page would take minutes for a deep page of a million
# notes). A search page may be short (its read is bounded), so the items are counted as they come.
cursor_at() {
  python3 - "$1" "$2" <<'PY'
import json, sys, urllib.parse, urllib.request
url, left, cursor = sys.argv[1], int(sys.argv[2]), None
sep = "&" if "?" in url else "?"
while left > 0:
    query = {"limit": min(left, 200)} | ({"cursor": cursor} if cursor else {})
    with urllib.request.urlopen(url + sep + urllib.parse.urlencode(query)) as answer:
        page = json.load(answer)
    left -= len(page["items"])
    cursor = page["nextCursor"]
    if cursor is None:
        break
print(cursor)
PY
}

# capture NAME METHOD URL [JSON]: one request with the general log on, its statements kept. The
# log also lists what the note-count triggers run inside a statement; those are no round trip.
capture() {
  local name=$1 method=$2 url=$3 body=() kinds
  [[ -n ${4:-} ]] && body=(-H 'Content-Type: application/json' -d "$4")
  sql -e "TRUNCATE mysql.general_log; SET GLOBAL general_log = ON"
  curl -sf -o "$OUT/$name.json" -X "$method" "$url" "${body[@]}"
  sql -e "SET GLOBAL general_log = OFF"
  sql -e "SELECT REPLACE(REPLACE(argument, '\n', ' '), '\t', ' ') FROM mysql.general_log
          WHERE thread_id IN ($POOL) AND command_type IN ('Query', 'Execute')
            AND NOT EXISTS (SELECT 1 FROM information_schema.triggers t
                            WHERE TRIM(t.action_statement) = TRIM(CONVERT(argument USING utf8mb4)))
          ORDER BY event_time" | sed 's/  */ /g' >"$OUT/$name.sql"
  kinds=$(awk '{ if ($1 == "SET") k = $1 " " $2; else k = $1; if (/FOR UPDATE/) k = k " FOR UPDATE";
                 if (/ON DUPLICATE KEY/) k = k " ON DUPLICATE KEY"; printf "%s%s", sep, k; sep = ", " }' "$OUT/$name.sql")
  printf '%-24s %d statements: %s\n' "$name" "$(wc -l <"$OUT/$name.sql")" "$kinds" | tee -a "$SUMMARY"
}

# analyse NAME: plan, rows read and handler reads of every SELECT that request NAME sent.
analyse() {
  local name=$1 i=0
  while IFS= read -r stmt; do
    [[ $stmt == SELECT* ]] || continue
    i=$((i + 1))
    sql -t --column-names "$BENCH_DB" -e "EXPLAIN $stmt" >"$OUT/$name.$i.explain.txt"
    sql --raw "$BENCH_DB" -e "ANALYZE FORMAT=JSON $stmt" >"$OUT/$name.$i.analyze.json"
    local tables handlers
    tables=$(jq -r '.query_block as $q | [$q | .. | objects | select(has("table")) | .table
             | "\(.table_name) \(.access_type) \(.key // "-") r_rows=\(.r_rows) r_loops=\(.r_loops)"]
             | "time=\($q.r_total_time_ms | . * 1000 | round / 1000)ms; " + join("; ")' \
             "$OUT/$name.$i.analyze.json")
    handlers=$(sql "$BENCH_DB" -e "SELECT '#'; SHOW SESSION STATUS LIKE 'Handler_read%';
                                   $stmt; SELECT '#'; SHOW SESSION STATUS LIKE 'Handler_read%'" \
      | awk '/^#/ {pass++} /^Handler_read/ { if (pass == 1) before[$1] = $2; else if ($2 - before[$1])
             printf "%s=%d ", substr($1, 14), $2 - before[$1] }')
    printf '    select %d: %s\n    handler reads: %s\n' "$i" "$tables" "${handlers:-none}" | tee -a "$SUMMARY"
  done <"$OUT/$name.sql"
}

BIG=1 SMALL=6 # "big" holds 100,000 notes, "topic05" 808
TOTAL=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM note")
UNCATEGORIZED=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM note WHERE category_id IS NULL")
SMALL_COUNT=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM note WHERE category_id = $SMALL")
NEEDLES=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM note WHERE text LIKE '%needle%'")
BIG_COUNT=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM note WHERE category_id = $BIG")
: >"$SUMMARY"
echo "notes=$TOTAL uncategorized=$UNCATEGORIZED big=$BIG_COUNT small=$SMALL_COUNT needle=$NEEDLES" | tee -a "$SUMMARY"

declare -A LIST=(
  [all]="$N/api/notes" [all-q-needle]="$N/api/notes?q=needle"
  [big]="$N/api/categories/$BIG/notes" [small]="$N/api/categories/$SMALL/notes"
  [uncategorized]="$N/api/notes?uncategorized=true" [categories]="$N/api/categories"
)
declare -A SIZE=([all]=$TOTAL [all-q-needle]=$NEEDLES [big]=$BIG_COUNT [small]=$SMALL_COUNT
  [uncategorized]=$UNCATEGORIZED [categories]=100)
for list in all big small uncategorized categories all-q-needle; do
  url=${LIST[$list]}
  [[ $url == *\?* ]] && sep='&' || sep='?'
  capture "$list-first" GET "$url${sep}limit=50" && analyse "$list-first"
  # 50% matters as much as 90%: a plan that filters the keyset row by row reads every row
  # before the page, until the range gets selective enough for MariaDB to read it as a range.
  for percent in 50 90; do
    deep=$(cursor_at "$url" $((SIZE[$list] * percent / 100)))
    capture "$list-deep$percent" GET "$url${sep}limit=50&cursor=$deep" && analyse "$list-deep$percent"
  done
done
# A search that matches nothing reads every note; one that matches often stops early.
capture search-miss GET "$N/api/notes?q=no-such-text&limit=50" && analyse search-miss
capture search-common GET "$N/api/notes?q=MILK&limit=50" && analyse search-common
capture get-note GET "$N/api/notes/123457" && analyse get-note
capture get-category-big GET "$N/api/categories/$BIG" && analyse get-category-big
capture get-category-by-name GET "$N/api/categories/by-name/topic05" && analyse get-category-by-name
capture post-note POST "$N/api/notes" '{"text":"plain"}'
capture post-note-by-id POST "$N/api/notes" '{"text":"by id","categoryId":6}'
capture post-note-by-name POST "$N/api/notes" '{"text":"by name","categoryName":"topic05"}'
capture post-note-new-name POST "$N/api/notes" '{"text":"new name","categoryName":"brand-new"}'
id=$(jq -r .id "$OUT/post-note.json")
capture put-note PUT "$N/api/notes/$id" '{"text":"edited","categoryId":6}'
capture delete-note DELETE "$N/api/notes/$id"
capture post-category POST "$N/api/categories" '{"name":"fresh"}'
echo "summary in $SUMMARY"
