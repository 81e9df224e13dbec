package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.application.port.in.CategoryChoice;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.CreateNoteUseCase.CreateNoteCommand;
import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.in.DeleteCategoryUseCase.DeleteCategoryCommand;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase.EditNoteCommand;
import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.service.CreateNoteService;
import dev.notes.application.service.DeleteCategoryService;
import dev.notes.application.service.EditNoteService;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Races between real threads, each in its own transaction through the real unit of work, on each
 * database the service runs on (MariaDB's REPEATABLE READ, H2's READ COMMITTED): what one of them
 * lets through, a client of the other would see too. They commit, so each test starts from empty
 * tables. After every race, no note may refer to a category that is gone.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ConcurrencyContract {

  private static final int THREADS = 20;
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private UnitOfWork unitOfWork;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void givenConcurrentAddsOfOneName_exactlyOneSucceedsAndTheOthersHearTheNameIsTaken() {
    List<Outcome<Category>> outcomes =
        concurrently(
            thread ->
                unitOfWork.inTransaction(() -> categories.add(new CategoryName("Race"), NOW)));

    assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(outcome -> !outcome.succeeded())
        .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(CategoryNameTaken.class));
    assertThat(count("SELECT COUNT(*) FROM category")).isOne();
  }

  @Test
  void givenConcurrentNotesInOneNewCategoryName_allNotesAreStoredInTheOneCategoryThatResults() {
    List<Outcome<Note>> outcomes =
        concurrently(
            thread ->
                unitOfWork.inTransaction(
                    () -> {
                      Category category = categories.findOrAdd(new CategoryName("brand-new"), NOW);
                      return notes.add(
                          new NoteText("note " + thread), Optional.of(category.ref()), NOW);
                    }));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    assertThat(count("SELECT COUNT(*) FROM category")).isOne();
    assertThat(count("SELECT COUNT(*) FROM note")).isEqualTo(THREADS);
    assertThat(count("SELECT COUNT(DISTINCT category_id) FROM note WHERE category_id IS NOT NULL"))
        .isOne();
  }

  /**
   * As editing a note does: each unit of work reads before it names the category, so it holds a
   * REPEATABLE READ snapshot from before the winner's insert, in which a plain read cannot find the
   * winner's category. The losers' inserts fail as duplicates and their units of work run again, in
   * fresh snapshots that hold it.
   */
  @Test
  void givenConcurrentEditsMovingNotesIntoOneNewCategoryName_allFindTheOneCategoryThatResults() {
    List<Note> stored = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      stored.add(notes.add(new NoteText("note " + thread), Optional.empty(), NOW));
    }
    CountDownLatch allHaveRead = new CountDownLatch(THREADS);

    List<Outcome<Boolean>> outcomes =
        concurrently(
            thread ->
                unitOfWork.inTransaction(
                    () -> {
                      Note current = notes.findById(stored.get(thread).id()).orElseThrow();
                      allHaveRead.countDown();
                      awaitEveryRacer(allHaveRead);
                      Category category = categories.findOrAdd(new CategoryName("moved"), NOW);
                      return notes.update(
                          current.edited(current.text(), Optional.of(category.ref()), NOW));
                    }));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.value()).isTrue());
    assertThat(count("SELECT COUNT(*) FROM category")).isOne();
    assertThat(count("SELECT COUNT(*) FROM note WHERE category_id IS NOT NULL")).isEqualTo(THREADS);
  }

  /**
   * A read for change that waited for a note held by another transaction, which moved the note into
   * a category it had just made, reads the note as that one left it: category and all.
   */
  @Test
  void givenANoteMovedIntoANewCategoryWhileAReadForChangeWaits_theReadFindsThatCategory()
      throws Exception {
    Note stored = notes.add(new NoteText("draft"), Optional.empty(), NOW);
    CountDownLatch moved = new CountDownLatch(1);
    ExecutorService mover = Executors.newSingleThreadExecutor();
    try {
      Future<Object> move =
          mover.submit(
              () ->
                  unitOfWork.inTransaction(
                      () -> {
                        Note current = notes.findForChange(stored.id()).orElseThrow();
                        Category fresh = categories.add(new CategoryName("fresh"), NOW);
                        notes.update(current.edited(current.text(), Optional.of(fresh.ref()), NOW));
                        moved.countDown();
                        awaitALockWait();
                        return null;
                      }));
      awaitEveryRacer(moved);

      Note read = unitOfWork.inTransaction(() -> notes.findForChange(stored.id()).orElseThrow());

      move.get(60, TimeUnit.SECONDS);
      assertThat(read.category().map(category -> category.name().value())).contains("fresh");
    } finally {
      mover.shutdownNow();
    }
  }

  @Test
  void givenConcurrentEditsOfOneNoteAtTheSameVersion_exactlyOneIsStored() {
    Note stored = notes.add(new NoteText("draft"), Optional.empty(), NOW);

    List<Outcome<Boolean>> outcomes =
        concurrently(
            thread ->
                unitOfWork.inTransaction(
                    () ->
                        notes.update(
                            stored.edited(new NoteText("edit " + thread), Optional.empty(), NOW))));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    assertThat(outcomes).filteredOn(outcome -> outcome.value()).hasSize(1);
    assertThat(notes.findById(stored.id()).orElseThrow().version()).isOne();
  }

  /**
   * A PUT without If-Match asks for no version check, so none of the racing edits may be refused:
   * the use case reads the note for change, which makes the others wait their turn.
   */
  @Test
  void givenConcurrentEditsWithoutExpectedVersion_throughTheUseCase_allAreStoredOneAfterAnother() {
    Note stored = notes.add(new NoteText("draft"), Optional.empty(), NOW);
    EditNoteUseCase editNote =
        new EditNoteService(categories, notes, unitOfWork, Clock.systemUTC());

    List<Outcome<Note>> outcomes =
        concurrently(
            thread ->
                editNote.editNote(
                    new EditNoteCommand(
                        stored.id(),
                        new NoteText("edit " + thread),
                        CategoryChoice.none(),
                        ExpectedVersions.any())));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    assertThat(notes.findById(stored.id()).orElseThrow().version()).isEqualTo(THREADS);
  }

  /**
   * A note in an existing category is stored without a transaction: the category is read, then the
   * note inserted, and the note's foreign key alone keeps a delete in between from leaving it
   * behind. Whoever wins each round, no acknowledged note is lost and no note outlives its
   * category.
   */
  @Test
  void givenNotesAddedByIdWhileTheirCategoryIsDeleted_eitherAllNotesAreStoredOrNone() {
    CreateNoteUseCase createNote =
        new CreateNoteService(categories, notes, unitOfWork, Clock.systemUTC());
    for (int round = 0; round < 5; round++) {
      CategoryId id = categories.add(new CategoryName("doomed" + round), NOW).id();

      List<Outcome<Object>> outcomes =
          whileDeleting(
              id,
              thread ->
                  createNote.createNote(
                      new CreateNoteCommand(
                          new NoteText("n" + thread), new CategoryChoice.ById(id))));

      assertEitherDeletedAndAllRefusedOrRefusedAndAllStored(outcomes, id);
    }
  }

  /** As above, for notes moved into the category by an edit while it is deleted. */
  @Test
  void givenNotesMovedIntoACategoryWhileItIsDeleted_eitherAllMovesAreStoredOrNone() {
    EditNoteUseCase editNote =
        new EditNoteService(categories, notes, unitOfWork, Clock.systemUTC());
    for (int round = 0; round < 5; round++) {
      CategoryId id = categories.add(new CategoryName("doomed" + round), NOW).id();
      List<Note> stored = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        stored.add(notes.add(new NoteText("n" + thread), Optional.empty(), NOW));
      }

      List<Outcome<Object>> outcomes =
          whileDeleting(
              id,
              thread ->
                  editNote.editNote(
                      new EditNoteCommand(
                          stored.get(thread).id(),
                          stored.get(thread).text(),
                          new CategoryChoice.ById(id),
                          ExpectedVersions.any())));

      assertEitherDeletedAndAllRefusedOrRefusedAndAllStored(outcomes, id);
    }
  }

  /**
   * A note given its category by name is stored whatever happens to the category meanwhile: when
   * the category it found is deleted before the note is stored, the note makes it anew. The caller
   * never named an id, so hearing that some category id does not exist would tell it nothing.
   */
  @Test
  void givenNotesAddedByNameWhileTheirCategoryIsDeleted_everyNoteIsStoredInACategoryOfThatName() {
    CreateNoteUseCase createNote =
        new CreateNoteService(categories, notes, unitOfWork, Clock.systemUTC());
    for (int round = 0; round < 5; round++) {
      CategoryName name = new CategoryName("named" + round);
      CategoryId id = categories.add(name, NOW).id();

      List<Outcome<Object>> outcomes =
          whileDeleting(
              id,
              thread ->
                  createNote.createNote(
                      new CreateNoteCommand(
                          new NoteText("n" + thread), new CategoryChoice.ByName(name))));

      assertThat(outcomes.subList(1, THREADS))
          .allSatisfy(create -> assertThat(create.failure()).isNull());
      assertThat(
              count(
                  "SELECT COUNT(*) FROM note n JOIN category c ON c.id = n.category_id"
                      + " WHERE c.name_key = '"
                      + name.key()
                      + "'"))
          .isEqualTo(THREADS - 1);
    }
  }

  /** Thread 0 deletes the category while the others run the write, all released at once. */
  private List<Outcome<Object>> whileDeleting(CategoryId id, IntFunction<Object> write) {
    DeleteCategoryUseCase deleteCategory = new DeleteCategoryService(categories, unitOfWork);
    return concurrently(
        thread -> {
          if (thread == 0) {
            deleteCategory.deleteCategory(new DeleteCategoryCommand(id, ExpectedVersions.any()));
            return "deleted";
          }
          return write.apply(thread);
        });
  }

  /** The delete won and every write heard the category is gone, or the reverse: never both. */
  private void assertEitherDeletedAndAllRefusedOrRefusedAndAllStored(
      List<Outcome<Object>> outcomes, CategoryId id) {
    List<Outcome<Object>> writes = outcomes.subList(1, THREADS);
    long stored = count("SELECT COUNT(*) FROM note WHERE category_id = " + id.value());
    if (outcomes.get(0).succeeded()) {
      assertThat(writes)
          .allSatisfy(
              write -> assertThat(write.failure()).isInstanceOf(ReferencedCategoryNotFound.class));
      assertThat(stored).isZero();
    } else {
      assertThat(outcomes.get(0).failure()).isInstanceOf(CategoryStillHasNotes.class);
      assertThat(writes).allSatisfy(write -> assertThat(write.failure()).isNull());
      assertThat(stored).isEqualTo(THREADS - 1);
    }
  }

  @AfterEach
  void noNoteOutlivesItsCategory() {
    assertThat(
            count(
                "SELECT COUNT(*) FROM note n LEFT JOIN category c ON c.id = n.category_id"
                    + " WHERE n.category_id IS NOT NULL AND c.id IS NULL"))
        .as("notes whose category is gone")
        .isZero();
  }

  /** The race a test sets up must really happen, or the test proves nothing. */
  private static void awaitEveryRacer(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the racers did not all reach their starting point");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many transactions wait for a row lock right now, in the database's own words. */
  abstract String lockWaitsQuery();

  /**
   * Until another transaction waits for a lock this one holds: the race must really happen. Asked
   * at most every 200 ms: MariaDB refreshes what it tells about transactions only when it was not
   * asked for 100 ms.
   */
  private void awaitALockWait() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (count(lockWaitsQuery()) == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no transaction came to wait for the lock");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  /** Runs the task on {@value #THREADS} threads released at the same moment. */
  private static <T> List<Outcome<T>> concurrently(IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier startGate = new CyclicBarrier(THREADS);
      List<Future<T>> running = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int number = thread;
        running.add(
            pool.submit(
                () -> {
                  startGate.await(10, TimeUnit.SECONDS);
                  return task.apply(number);
                }));
      }
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> each : running) {
        outcomes.add(Outcome.of(each));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Outcome<T>(T value, Throwable failure) {

    static <T> Outcome<T> of(Future<T> future) {
      try {
        return new Outcome<>(future.get(60, TimeUnit.SECONDS), null);
      } catch (ExecutionException failed) {
        return new Outcome<>(null, failed.getCause());
      } catch (Exception e) {
        throw new IllegalStateException("a racing thread did not finish", e);
      }
    }

    boolean succeeded() {
      return failure == null;
    }
  }
}
