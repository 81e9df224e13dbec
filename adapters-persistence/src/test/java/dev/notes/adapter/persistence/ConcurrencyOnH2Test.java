package dev.notes.adapter.persistence;

import org.springframework.test.context.TestPropertySource;

@MyBatisOnH2
// Room for one connection per racing thread.
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=24")
class ConcurrencyOnH2Test extends ConcurrencyContract {

  @Override
  String lockWaitsQuery() {
    return "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
  }
}
