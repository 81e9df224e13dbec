package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A text search reads at most its bound of notes, as MariaDB counts the reads of the test's session
 * (which the repository shares inside the test's transaction): {@code Handler_read_key} is one per
 * note whose text the search reads (by primary key), plus one per note and category of the page;
 * {@code Handler_read_prev} is one per index entry walked newest first, by the statement that finds
 * where the search stops and by the search itself. Counts only, never timings. The 3,000 notes are
 * inserted in the test's transaction, which is rolled back; each test reads once, so MyBatis' cache
 * of the transaction's session answers nothing.
 */
@MyBatisOnMariaDb
class BoundedSearchOnMariaDbTest {

  private static final int BOUND = 1_000;
  private static final int LIMIT = 50;

  /** The first read of each index range and such; a few, never hundreds. */
  private static final long SLACK = 10;

  @Autowired private NoteMapper mapper;
  @Autowired private JdbcTemplate jdbc;

  private NoteRepository notes;
  private CategoryId big;

  /** 3,000 notes, two of every three in one category, two per timestamp; none says "absent". */
  @BeforeEach
  void givenThreeTimesTheBoundOfNotes() {
    notes =
        new MyBatisNoteRepository(
            mapper, BOUND, SearchBudgetTest.roomForEverySearch(), ListGateTest.roomForEveryList());
    jdbc.update(
        "INSERT INTO category (name, name_key, created_at, updated_at, version)"
            + " VALUES ('big', 'big', '2026-01-01', '2026-01-01', 0)");
    big = new CategoryId(jdbc.queryForObject("SELECT MIN(id) FROM category", Long.class));
    jdbc.update(
        "INSERT INTO note (text, category_id, created_at, updated_at, version)"
            + " SELECT CONCAT('note ', seq), IF(seq % 3 = 0, NULL, ?),"
            + " TIMESTAMPADD(SECOND, seq DIV 2, '2026-01-01'), '2026-01-01', 0"
            + " FROM seq_1_to_3000",
        big.value());
  }

  @Test
  void searchThatMatchesNothing_readsTheTextOfAtMostTheBoundOfNotes() {
    Reads reads = readsOf(() -> search(NoteFilter.all(), "absent", PageRequest.first(LIMIT)));

    assertThat(reads.page().items()).isEmpty();
    assertThat(reads.page().next()).isPresent();
    assertThat(reads.byKey()).isLessThanOrEqualTo(BOUND + SLACK);
    assertThat(reads.indexEntries()).isLessThanOrEqualTo(2 * BOUND + SLACK);
  }

  @Test
  void searchOfACategoryThatMatchesNothing_readsTheTextOfAtMostTheBoundOfItsNotes() {
    Reads reads =
        readsOf(() -> search(NoteFilter.inCategory(big), "absent", PageRequest.first(LIMIT)));

    assertThat(reads.page().next()).isPresent();
    assertThat(reads.byKey()).isLessThanOrEqualTo(BOUND + SLACK);
    assertThat(reads.indexEntries()).isLessThanOrEqualTo(2 * BOUND + SLACK);
  }

  @Test
  void followingTheNextPosition_readsAtMostTheBoundAgain() {
    NotePosition stop =
        search(NoteFilter.all(), "absent", PageRequest.first(LIMIT)).next().orElseThrow();

    Reads reads = readsOf(() -> search(NoteFilter.all(), "absent", PageRequest.after(stop, LIMIT)));

    assertThat(reads.page().next()).isPresent();
    assertThat(reads.byKey()).isLessThanOrEqualTo(BOUND + SLACK);
  }

  @Test
  void searchWhosePageFillsEarly_readsTheTextOfAboutOnePageOfNotes() {
    Reads reads = readsOf(() -> search(NoteFilter.all(), "note", PageRequest.first(LIMIT)));

    assertThat(reads.page().items()).hasSize(LIMIT);
    // text, row and category of each note of the page and of the one after it
    assertThat(reads.byKey()).isLessThanOrEqualTo(3 * (LIMIT + 1) + SLACK);
    // the stop is found in the index alone; the search walks one page of it
    assertThat(reads.indexEntries()).isLessThanOrEqualTo(BOUND + LIMIT + SLACK);
  }

  @Test
  void listWithoutSearch_walksOnePageOfTheIndex_withoutLookingForAStop() {
    Reads reads = readsOf(() -> notes.page(NoteFilter.all(), PageRequest.first(LIMIT)));

    assertThat(reads.page().items()).hasSize(LIMIT);
    assertThat(reads.indexEntries()).isLessThanOrEqualTo(LIMIT + SLACK);
  }

  /** What the bound saves, and proof that the counters see a search's reads at all. */
  @Test
  void withTheBoundOutOfReach_theSameSearchReadsEveryNote() {
    NoteRepository unbounded =
        new MyBatisNoteRepository(
            mapper,
            10 * BOUND,
            SearchBudgetTest.roomForEverySearch(),
            ListGateTest.roomForEveryList());

    Reads reads =
        readsOf(
            () ->
                unbounded.page(
                    NoteFilter.all().withTextContaining("absent"), PageRequest.first(LIMIT)));

    assertThat(reads.page().next()).isEmpty();
    assertThat(reads.byKey()).isGreaterThanOrEqualTo(3 * BOUND);
  }

  private Page<Note, NotePosition> search(
      NoteFilter filter, String text, PageRequest<NotePosition> request) {
    return notes.page(filter.withTextContaining(text), request);
  }

  private Reads readsOf(Supplier<Page<Note, NotePosition>> list) {
    List<Page<Note, NotePosition>> page = new ArrayList<>();
    HandlerReads reads = HandlerReads.during(jdbc, () -> page.add(list.get()));
    return new Reads(page.get(0), reads.byKey(), reads.backwards());
  }

  /** A page and what reading it cost: rows read by key, and index entries walked backwards. */
  private record Reads(Page<Note, NotePosition> page, long byKey, long indexEntries) {}
}
