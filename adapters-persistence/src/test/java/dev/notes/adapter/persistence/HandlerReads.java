package dev.notes.adapter.persistence;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What MariaDB read for the work done on the test's own connection (the test method's transaction,
 * which the repositories join): its session counters {@code Handler_read%}, reset before. Counts,
 * never timings.
 */
record HandlerReads(Map<String, Long> counters) {

  static HandlerReads during(JdbcTemplate jdbc, Runnable work) {
    jdbc.execute("FLUSH STATUS");
    work.run();
    Map<String, Long> counters = new HashMap<>();
    jdbc.queryForList("SHOW SESSION STATUS LIKE 'Handler_read%'")
        .forEach(
            row ->
                counters.put(
                    String.valueOf(row.get("Variable_name")),
                    Long.parseLong(String.valueOf(row.get("Value")))));
    return new HandlerReads(Map.copyOf(counters));
  }

  /** Rows and index entries read, of every kind. */
  long total() {
    return counters.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rows read by key (in a deferred join, one per row looked up by its id). */
  long byKey() {
    return counters.getOrDefault("Handler_read_key", 0L);
  }

  /** Index entries walked backwards (a newest-first range). */
  long backwards() {
    return counters.getOrDefault("Handler_read_prev", 0L);
  }
}
