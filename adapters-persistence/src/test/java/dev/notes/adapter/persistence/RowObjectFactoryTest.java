package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MyBatisOnH2
class RowObjectFactoryTest {

  @Autowired private SqlSessionFactory sessions;

  @Test
  void givenTheAdaptersMyBatis_objectFactory_isTheRowObjectFactory() {
    assertThat(sessions.getConfiguration().getObjectFactory()).isInstanceOf(RowObjectFactory.class);
  }

  @Test
  void givenAPackagePrivateRowClass_create_makesAFreshOneEachTime() {
    ObjectFactory factory = new RowObjectFactory();

    assertThat(factory.create(NoteRow.class)).isInstanceOf(NoteRow.class);
    assertThat(factory.create(CategoryRow.class)).isNotSameAs(factory.create(CategoryRow.class));
  }

  /**
   * What the factory is for: MyBatis' own throws and catches an IllegalAccessException for every
   * row of a package-private class. Counted by the JVM's flight recorder, which sees every
   * exception made, caught or not.
   */
  @Test
  void givenManyRows_create_makesThemWithoutAnExceptionEach() throws Exception {
    assertThat(exceptionsMadeFor100Rows(new RowObjectFactory())).isZero();
  }

  /** The check above can fail: MyBatis' factory makes one exception per row of these classes. */
  @Test
  void givenManyRows_myBatisOwnFactory_makesAnExceptionEach() throws Exception {
    assertThat(exceptionsMadeFor100Rows(new DefaultObjectFactory())).isGreaterThanOrEqualTo(100);
  }

  private static long exceptionsMadeFor100Rows(ObjectFactory factory) throws Exception {
    return exceptionsMadeWhile(
        () -> {
          for (int row = 0; row < 100; row++) {
            factory.create(NoteRow.class);
          }
        });
  }

  private static long exceptionsMadeWhile(Runnable work) throws Exception {
    Path file = Files.createTempFile("row-object-factory", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.JavaExceptionThrow");
      recording.start();
      work.run();
      recording.stop();
      recording.dump(file);
      return RecordingFile.readAllEvents(file).stream()
          .filter(event -> event.getEventType().getName().equals("jdk.JavaExceptionThrow"))
          .filter(event -> event.getThread() != null)
          .filter(event -> event.getThread().getJavaThreadId() == Thread.currentThread().getId())
          .count();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void givenATypeOfAnotherPackage_create_leavesItToMyBatis() {
    assertThat(new RowObjectFactory().create(List.class)).isInstanceOf(ArrayList.class);
  }

  @Test
  void givenAClassWithoutANoArgumentConstructor_create_failsNamingIt() {
    Throwable failure =
        catchThrowable(() -> new RowObjectFactory().create(MyBatisNoteRepository.class));

    assertThat(failure).hasMessageContaining("MyBatisNoteRepository");
  }
}
