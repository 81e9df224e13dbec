package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which statements the driver cancels after the default timeout (notes-persistence.properties):
 * those whose work grows with the data keep it; the key-bounded ones of the hottest requests run
 * without Connector/J's per-statement timer task.
 */
@MyBatisOnH2
class StatementTimeoutsTest {

  private static final int DEFAULT_SECONDS = 10;

  @Autowired private SqlSessionFactory sessions;

  @Test
  void givenTheAdaptersDefaults_statementsWithoutTheirOwnTimeout_areCancelledAfterTenSeconds() {
    assertThat(sessions.getConfiguration().getDefaultStatementTimeout()).isEqualTo(DEFAULT_SECONDS);
  }

  @Test
  void givenListsSearchesAndCategoryDeletes_theirStatements_keepTheDefaultTimeout() {
    assertThat(timeoutOf(NoteMapper.class, "selectPage")).isEqualTo(DEFAULT_SECONDS);
    assertThat(timeoutOf(NoteMapper.class, "selectSearchStop")).isEqualTo(DEFAULT_SECONDS);
    assertThat(timeoutOf(CategoryMapper.class, "selectPage")).isEqualTo(DEFAULT_SECONDS);
    assertThat(timeoutOf(CategoryMapper.class, "delete")).isEqualTo(DEFAULT_SECONDS);
  }

  @Test
  void givenReadingOneNoteOrAddingOne_theirStatements_runWithoutATimer() {
    assertThat(timeoutOf(NoteMapper.class, "selectById")).isZero();
    assertThat(timeoutOf(CategoryMapper.class, "selectById")).isZero();
    assertThat(timeoutOf(NoteMapper.class, "insert")).isZero();
  }

  /** As MyBatis applies it: the statement's own timeout, or else the default. */
  private Integer timeoutOf(Class<?> mapper, String statement) {
    Configuration configuration = sessions.getConfiguration();
    Integer own = configuration.getMappedStatement(mapper.getName() + "." + statement).getTimeout();
    return own != null ? own : configuration.getDefaultStatementTimeout();
  }
}
