package dev.notes.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a StorageUnavailable tells the caller, and what it keeps for the log. */
class StorageUnavailableTest {

  @Test
  void givenAnOutage_theReasonForTheLogIsTheFailureBehindIt_notTheCallersMessage() {
    StorageUnavailable outage = new StorageUnavailable(new IllegalStateException("socket closed"));

    assertThat(outage.getMessage()).doesNotContain("socket closed");
    assertThat(outage.reason()).isEqualTo("java.lang.IllegalStateException: socket closed");
  }

  @Test
  void givenAnOutageWrappedInLinesOfSql_theReasonIsTheOneLineAtTheBottom() {
    Exception wrapped =
        new IllegalStateException(
            "\n### Error querying database.\n### SQL: SELECT ...",
            new IllegalStateException(
                "Failed to obtain JDBC Connection",
                new IllegalStateException("Connection refused\nsecond line")));

    assertThat(new StorageUnavailable(wrapped).reason())
        .isEqualTo("java.lang.IllegalStateException: Connection refused");
  }

  @Test
  void givenCausesThatNameEachOther_theReasonIsStillFound() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    assertThat(new StorageUnavailable(first).reason())
        .startsWith("java.lang.IllegalStateException");
  }

  @Test
  void givenAStatementPastItsTimeout_theMessageSaysItWasTooSlow_notUnreachable() {
    StorageUnavailable tooSlow =
        StorageUnavailable.tooSlow(new IllegalStateException("Statement cancelled due to timeout"));

    assertThat(tooSlow.getMessage())
        .isEqualTo("the database did not finish this within the time allowed; try again later");
    assertThat(tooSlow.reason())
        .isEqualTo("java.lang.IllegalStateException: Statement cancelled due to timeout");
  }

  @Test
  void givenRationedWork_theMessageNamesTheWork_andIsAlsoTheReason() {
    StorageUnavailable rationed = StorageUnavailable.rationed("text searches");

    assertThat(rationed.getMessage())
        .isEqualTo(
            "text searches take all of the database they may have right now; try again later");
    assertThat(rationed.reason()).isEqualTo(rationed.getMessage());
  }
}
