package dev.notes.application.fixture_violation;

import org.apache.ibatis.session.SqlSession;

/** Wrong on purpose (rule 2): a use case that talks to MyBatis itself. */
public final class ApplicationUsingMyBatis {

  public int countNotes(SqlSession session) {
    return session.selectOne("count");
  }
}
