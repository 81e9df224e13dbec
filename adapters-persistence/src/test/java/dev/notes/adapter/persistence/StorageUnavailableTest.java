package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.application.port.out.StorageUnavailable;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With the database down, every port of the adapter answers {@link StorageUnavailable}: reads that
 * run without a unit of work, writes, and the unit of work itself.
 */
class StorageUnavailableTest {

  private static final String PASSWORD = "pa55-not-for-logs";

  private final ApplicationContextRunner adapterOnADeadServer =
      AdapterContext.on("jdbc:mysql://127.0.0.1:" + closedPort() + "/notes")
          .withPropertyValues(
              "spring.datasource.username=notes",
              "spring.datasource.password=" + PASSWORD,
              "spring.datasource.hikari.connection-timeout=1000");

  @Test
  void givenDatabaseDown_repositoryRead_throwsStorageUnavailable() {
    adapterOnADeadServer.run(
        context ->
            assertUnavailable(
                () -> context.getBean(CategoryRepository.class).findById(new CategoryId(1))));
  }

  @Test
  void givenDatabaseDown_repositoryWrite_throwsStorageUnavailable() {
    adapterOnADeadServer.run(
        context ->
            assertUnavailable(
                () ->
                    context
                        .getBean(NoteRepository.class)
                        .add(new NoteText("lost"), Optional.empty(), Instant.now())));
  }

  @Test
  void givenDatabaseDown_unitOfWork_throwsStorageUnavailable() {
    adapterOnADeadServer.run(
        context ->
            assertUnavailable(() -> context.getBean(UnitOfWork.class).inTransaction(() -> "work")));
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(StorageUnavailable.class)
        .satisfies(
            unavailable -> {
              for (Throwable each = unavailable; each != null; each = each.getCause()) {
                assertThat(String.valueOf(each.getMessage())).doesNotContain(PASSWORD);
              }
            });
  }

  /** A port nobody listens on: the connection is refused at once instead of timing out. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
