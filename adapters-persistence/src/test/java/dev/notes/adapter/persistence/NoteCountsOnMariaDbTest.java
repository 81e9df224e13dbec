package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.application.port.out.UnitOfWork;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The note counts kept in {@code category_note_count} by triggers: exact under concurrent inserts,
 * moves and deletes, and read at the same cost for a category of ten notes as of thousands.
 */
@MyBatisOnMariaDb
class NoteCountsOnMariaDbTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");
  private static final int THREADS = 8;
  private static final int OPERATIONS_PER_THREAD = 80;

  @Autowired private CategoryRepository categories;
  @Autowired private NoteRepository notes;
  @Autowired private UnitOfWork unitOfWork;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void givenTenNotesOrThousands_readingTheNoteCount_readsTheSameRows() {
    Category small = categories.add(new CategoryName("small"), NOW);
    Category large = categories.add(new CategoryName("large"), NOW);
    insertNotes(small, 10);
    insertNotes(large, 3_000);

    long smallReads = rowsReadBy(() -> categories.findWithNoteCountById(small.id()));
    long largeReads = rowsReadBy(() -> categories.findWithNoteCountById(large.id()));

    assertThat(categories.findWithNoteCountById(large.id()).orElseThrow().noteCount())
        .isEqualTo(3_000);
    assertThat(largeReads).isEqualTo(smallReads).isLessThanOrEqualTo(20);
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void givenConcurrentInsertsMovesAndDeletes_everyCountEqualsTheNotesCounted() throws Exception {
    List<Category> four = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      four.add(categories.add(new CategoryName(name), NOW));
    }
    ConcurrentLinkedQueue<NoteId> stored = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        Random random = new Random(thread);
        done.add(pool.submit(() -> work(random, four, stored)));
      }
      for (Future<?> each : done) {
        each.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    for (Category category : four) {
      long counted =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM note WHERE category_id = ?", Long.class, category.id().value());
      assertThat(categories.findWithNoteCountById(category.id()).orElseThrow().noteCount())
          .as("note count of %s", category.name().value())
          .isEqualTo(counted)
          .isPositive();
      assertThat(slots(category))
          .as("slots of %s", category.name().value())
          .isEqualTo(
              jdbc
                  .queryForList(
                      "SELECT MOD(id, 16) AS slot, COUNT(*) AS n FROM note WHERE category_id = ?"
                          + " GROUP BY MOD(id, 16)",
                      category.id().value())
                  .stream()
                  .collect(
                      Collectors.toMap(
                          row -> ((Number) row.get("slot")).intValue(),
                          row -> ((Number) row.get("n")).longValue())));
    }
  }

  /** Adds, moves (through a unit of work, as an edit does) and removes notes at random. */
  private void work(
      Random random, List<Category> categoriesToUse, ConcurrentLinkedQueue<NoteId> stored) {
    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
      Category category = categoriesToUse.get(random.nextInt(categoriesToUse.size()));
      int choice = random.nextInt(4);
      NoteId some = stored.poll();
      if (choice <= 1 || some == null) {
        if (some != null) {
          stored.add(some);
        }
        stored.add(notes.add(new NoteText("n"), Optional.of(category.ref()), NOW).id());
      } else if (choice == 2) {
        unitOfWork.inTransaction(
            () ->
                notes
                    .findForChange(some)
                    .map(
                        note ->
                            notes.update(
                                note.edited(note.text(), Optional.of(category.ref()), NOW))));
        stored.add(some);
      } else {
        notes.remove(some);
      }
    }
  }

  /** The non-zero slots of a category's count, as slot to count. */
  private Map<Integer, Long> slots(Category category) {
    return jdbc
        .queryForList(
            "SELECT slot, note_count FROM category_note_count"
                + " WHERE category_id = ? AND note_count <> 0",
            category.id().value())
        .stream()
        .collect(
            Collectors.toMap(
                row -> ((Number) row.get("slot")).intValue(),
                row -> ((Number) row.get("note_count")).longValue()));
  }

  private void insertNotes(Category category, int count) {
    jdbc.update(
        "INSERT INTO note (text, category_id, created_at, updated_at, version)"
            + " SELECT CONCAT('note ', seq), ?, '2026-01-01', '2026-01-01', 0 FROM seq_1_to_"
            + count,
        category.id().value());
  }

  private long rowsReadBy(Runnable read) {
    return HandlerReads.during(jdbc, read).total();
  }
}
