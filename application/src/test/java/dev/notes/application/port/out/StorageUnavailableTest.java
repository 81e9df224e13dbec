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
  void givenRationedWork_theMessageNamesTheWork_andIsAlsoTheReason() {
    StorageUnavailable rationed = StorageUnavailable.rationed("text searches");

    assertThat(rationed.getMessage())
        .isEqualTo(
            "text searches take all of the database they may have right now; try again later");
    assertThat(rationed.reason()).isEqualTo(rationed.getMessage());
  }
}
