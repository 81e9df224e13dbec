package dev.notes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceArgumentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"DB info", "db-migrate", "--server.port=0 info", "-Xmx256m"})
  void givenAWordTheServiceDoesNotTake_itIsRefusedWithExitCodeTwo_insteadOfStarting(String args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    OptionalInt refused =
        ServiceArguments.refuseWhatTheServiceDoesNotTake(
            args.split(" "), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(refused).hasValue(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("notes: '")
        .contains("is not an option of the service")
        .contains("usage:");
  }

  @Test
  void givenHelp_theServicePrintsItsUsage_insteadOfStarting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    OptionalInt answered =
        ServiceArguments.refuseWhatTheServiceDoesNotTake(
            new String[] {"--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(answered).hasValue(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage:").contains("db --help");
  }

  @Test
  void givenAnOptionOtherThanSpringsBeforeDb_theRefusalSaysWhichOptionsMayComeFirst() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    OptionalInt refused =
        ServiceArguments.refuseWhatTheServiceDoesNotTake(
            new String[] {"--server.port=9090", "db", "migrate"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(refused).hasValue(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("notes: only --spring.* options may come before 'db'")
        .doesNotContain("nor a command");
  }

  @Test
  void givenOnlyOptions_nothingIsRefused() {
    assertThat(
            ServiceArguments.refuseWhatTheServiceDoesNotTake(
                new String[] {"--server.port=0", "--debug"}, System.out, System.err))
        .isEmpty();
  }
}
