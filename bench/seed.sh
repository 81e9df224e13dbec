#!/usr/bin/env bash
# Fills the database notes_bench with a known data set, from scratch, in about half a minute:
#   100 categories: "big" with 100,000 notes and "topic01".."topic99" with ~808 each;
#   200,000 notes, 20,000 of them uncategorized, one year of created_at, newest = highest id,
#   groups of three notes share a millisecond (so paging must use the (created_at, id) tie-break),
#   texts of 20 to 330 bytes, one note in 1,000 contains "needle" (for the text search).
# SQL rather than the REST API: 200 k POSTs would take minutes and measure nothing we want here.
# The schema comes from the jar's own `db migrate`, so it is exactly what Flyway gives production.
set -euo pipefail
source "$(dirname "$0")/common.sh"

NOTES=${NOTES:-200000}
[[ -f $NOTES_JAR ]] || { echo "no $NOTES_JAR: run './mvnw -q -DskipTests package' first" >&2; exit 1; }

sql -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`"
java -jar "$NOTES_JAR" db migrate

sql "$BENCH_DB" <<SQL
CREATE TEMPORARY TABLE digit (d INT PRIMARY KEY);
INSERT INTO digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TEMPORARY TABLE seq (n INT PRIMARY KEY);
INSERT INTO seq
  SELECT 1 + a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d
  FROM digit a, digit b, digit c, digit e, digit f, digit g;

INSERT INTO category (id, name, name_key, created_at, updated_at, version)
  SELECT n, IF(n = 1, 'big', CONCAT('topic', LPAD(n - 1, 2, '0'))),
            IF(n = 1, 'big', CONCAT('topic', LPAD(n - 1, 2, '0'))),
         '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000', 0
  FROM seq WHERE n <= 100;

INSERT INTO note (id, text, category_id, created_at, updated_at, version)
  SELECT n,
         CONCAT('Note ', n, ': ',
                ELT(1 + n % 8, 'Buy milk and bread', 'Meeting notes:', 'Idea for the talk -',
                    'Remember to call Ana about', 'TODO: refactor', 'Read later:',
                    'Book flight to Lisbon,', 'Café order'),
                IF(n % 1000 = 7, ' needle ', ' '),
                SUBSTRING('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident',
                          1, (n * 37) % 300)),
         CASE WHEN n % 2 = 0 THEN 1
              WHEN n % 10 = 1 THEN NULL
              ELSE 2 + (n DIV 2) % 99 END,
         TIMESTAMP '2025-01-01 00:00:00' + INTERVAL (n DIV 3) * 473117 * 1000 MICROSECOND,
         TIMESTAMP '2025-01-01 00:00:00' + INTERVAL (n DIV 3) * 473117 * 1000 MICROSECOND,
         0
  FROM seq WHERE n <= $NOTES;

ANALYZE TABLE category, note;
SQL

sql "$BENCH_DB" -e "SELECT COUNT(*), SUM(category_id = 1), SUM(category_id IS NULL) FROM note" \
  | awk '{print "seeded " $1 " notes: " $2 " in \"big\", " $3 " uncategorized"}'
