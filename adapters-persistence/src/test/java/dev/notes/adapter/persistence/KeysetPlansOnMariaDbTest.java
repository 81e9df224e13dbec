package dev.notes.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every list reads about one page of index entries, however deep the page: MariaDB's own counters
 * ({@code Handler_read%}) and plans ({@code EXPLAIN}) for the statements the mappers send, on a few
 * thousand rows. A scan or a sort of all rows before the page would read thousands. Counts and
 * plans only, never timings. The rows are inserted in the test's transaction, which is rolled back.
 */
@MyBatisOnMariaDb
class KeysetPlansOnMariaDbTest {

  private static final int LIMIT = 50;

  /** Deeper than any list's page reads; each list below holds at least 1,500 rows. */
  private static final int DEPTH = 1_200;

  /**
   * Generous, and still far below {@link #DEPTH}: per row of the page (and the one after it) its id
   * from the index, the row, its category or note count, and the temporary table of the final sort
   * of the page's rows, about five reads each.
   */
  private static final long MAX_ROWS_READ = 8L * (LIMIT + 1);

  /**
   * A category's note count is the sum of its 16 slots of category_note_count: per category of the
   * page, the reads above and those 16. Still far below {@link #CATEGORY_DEPTH}.
   */
  private static final long MAX_CATEGORY_ROWS_READ = (8L + 16) * (LIMIT + 1);

  /** Deeper than a category page reads, in a list of 3,000 categories. */
  private static final int CATEGORY_DEPTH = 2_500;

  @Autowired private NoteRepository notes;
  @Autowired private CategoryRepository categories;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private SqlSessionFactory sessions;

  private long bigCategory;

  /**
   * 3,000 categories; 4,500 notes, two of every three in one category, the others uncategorized,
   * two notes per timestamp (so that the keyset's tiebreaker on id is exercised).
   */
  @BeforeEach
  void givenThousandsOfRows() {
    jdbc.update(
        "INSERT INTO category (name, name_key, created_at, updated_at, version)"
            + " SELECT CONCAT('c', seq), CONCAT('c', seq), '2026-01-01', '2026-01-01', 0"
            + " FROM seq_1_to_3000");
    bigCategory = jdbc.queryForObject("SELECT MIN(id) FROM category", Long.class);
    jdbc.update(
        "INSERT INTO note (text, category_id, created_at, updated_at, version)"
            + " SELECT CONCAT('note ', seq), IF(seq % 3 = 0, NULL, ?),"
            + " TIMESTAMPADD(SECOND, seq DIV 2, '2026-01-01'), '2026-01-01', 0"
            + " FROM seq_1_to_4500",
        bigCategory);
  }

  @Test
  void deepPageOfAllNotes_readsAboutOnePageOfRows() {
    NotePosition deep = notePosition("", DEPTH);

    assertThat(rowsReadBy(() -> notes.page(NoteFilter.all(), PageRequest.after(deep, LIMIT))))
        .isLessThanOrEqualTo(MAX_ROWS_READ);
  }

  @Test
  void deepPageOfACategorysNotes_readsAboutOnePageOfRows() {
    NotePosition deep = notePosition("WHERE category_id = " + bigCategory, DEPTH);
    NoteFilter inBigCategory = NoteFilter.inCategory(new CategoryId(bigCategory));

    assertThat(rowsReadBy(() -> notes.page(inBigCategory, PageRequest.after(deep, LIMIT))))
        .isLessThanOrEqualTo(MAX_ROWS_READ);
  }

  @Test
  void deepPageOfUncategorizedNotes_readsAboutOnePageOfRows() {
    NotePosition deep = notePosition("WHERE category_id IS NULL", DEPTH);

    assertThat(
            rowsReadBy(
                () -> notes.page(NoteFilter.uncategorized(), PageRequest.after(deep, LIMIT))))
        .isLessThanOrEqualTo(MAX_ROWS_READ);
  }

  @Test
  void deepPageOfCategories_readsAboutOnePageOfRows() {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT name_key, id FROM category ORDER BY name_key LIMIT 1 OFFSET ?", CATEGORY_DEPTH);
    CategoryPosition deep =
        new CategoryPosition(
            (String) row.get("name_key"), new CategoryId(((Number) row.get("id")).longValue()));

    assertThat(
            rowsReadBy(() -> categories.page(CategoryFilter.all(), PageRequest.after(deep, LIMIT))))
        .isLessThanOrEqualTo(MAX_CATEGORY_ROWS_READ);
  }

  /** Among 3,000 categories, the one with a name: a unique-key lookup and its 16 count slots. */
  @Test
  void pageOfTheCategoryWithAName_readsItAndItsCountsOnly() {
    CategoryFilter named = CategoryFilter.named(new CategoryName("C2999"));
    List<CategoryWithNoteCount> found = new ArrayList<>();

    long read =
        rowsReadBy(() -> found.addAll(categories.page(named, PageRequest.first(LIMIT)).items()));

    assertThat(found).extracting(each -> each.category().name().value()).containsExactly("c2999");
    assertThat(read).isLessThanOrEqualTo(20);
  }

  @Test
  void notePageStatements_readTheIdsFromAnIndexRangeWithoutSorting() {
    NotePosition deep = notePosition("", DEPTH);
    PageRequest<NotePosition> request = PageRequest.after(deep, LIMIT);
    List<NoteFilter> filters =
        List.of(
            NoteFilter.all(),
            NoteFilter.inCategory(new CategoryId(bigCategory)),
            NoteFilter.uncategorized());

    for (NoteFilter filter : filters) {
      List<Map<String, String>> plan =
          explain("NoteMapper.selectPage", NotePageQuery.of(filter, request));
      assertThat(plan)
          .as("plan for %s", filter)
          .anySatisfy(
              step -> {
                assertThat(step.get("table")).isEqualTo("p");
                assertThat(step.get("type")).isIn("range", "ref");
                assertThat(step.get("key")).startsWith("ix_note_");
                assertThat(step.get("Extra")).contains("Using index").doesNotContain("filesort");
              })
          .allSatisfy(step -> assertSortsOnlyThePage(step));
    }
  }

  /**
   * A bounded search: the stop comes from the list's index alone; the search walks the same index
   * and reads each note's text by primary key (alias t), never its rows by a ref on category_id.
   */
  @Test
  void searchStatements_walkAnIndexRangeAndReadTextsByPrimaryKey() {
    NotePosition deep = notePosition("", DEPTH);
    NotePosition stop = notePosition("", DEPTH + 500);
    List<NoteFilter> filters =
        List.of(
            NoteFilter.all(),
            NoteFilter.inCategory(new CategoryId(bigCategory)),
            NoteFilter.uncategorized());

    for (NoteFilter filter : filters) {
      NotePageQuery search =
          NotePageQuery.of(filter.withTextContaining("x"), PageRequest.after(deep, LIMIT));
      assertThat(explain("NoteMapper.selectSearchStop", search.searchStop(500)))
          .as("plan of the stop for %s", filter)
          .singleElement()
          .satisfies(step -> assertWalksAnIndexAlone(step));
      assertThat(explain("NoteMapper.selectPage", search.stoppingAt(stop)))
          .as("plan of the search for %s", filter)
          .anySatisfy(step -> assertWalksAnIndexAlone(step))
          .anySatisfy(
              step -> {
                assertThat(step.get("table")).isEqualTo("t");
                assertThat(step.get("type")).isEqualTo("eq_ref");
                assertThat(step.get("key")).isEqualTo("PRIMARY");
              })
          .allSatisfy(step -> assertSortsOnlyThePage(step));
    }
  }

  private static void assertWalksAnIndexAlone(Map<String, String> step) {
    assertThat(step.get("table")).isEqualTo("p");
    assertThat(step.get("type")).isIn("range", "ref");
    assertThat(step.get("key")).startsWith("ix_note_");
    assertThat(step.get("Extra")).contains("Using index").doesNotContain("filesort");
  }

  @Test
  void categoryPageStatement_readsTheIdsInNameKeyIndexOrderWithoutSorting() {
    List<Map<String, String>> plan =
        explain(
            "CategoryMapper.selectPage",
            CategoryPageQuery.of(CategoryFilter.all(), PageRequest.first(LIMIT)));

    assertThat(plan)
        .anySatisfy(
            step -> {
              assertThat(step.get("table")).isEqualTo("k");
              assertThat(step.get("key")).isEqualTo("uk_category_name_key");
              assertThat(step.get("Extra")).contains("Using index").doesNotContain("filesort");
            })
        .allSatisfy(step -> assertSortsOnlyThePage(step));
  }

  /** The outer query may sort the page's own rows (a derived table), never a base table. */
  private static void assertSortsOnlyThePage(Map<String, String> step) {
    if (String.valueOf(step.get("Extra")).contains("filesort")) {
      assertThat(step.get("table")).startsWith("<derived");
    }
  }

  private NotePosition notePosition(String where, int offset) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT created_at, id FROM note "
                + where
                + " ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?",
            offset);
    return new NotePosition(
        ((LocalDateTime) row.get("created_at")).toInstant(ZoneOffset.UTC),
        new NoteId(((Number) row.get("id")).longValue()));
  }

  private long rowsReadBy(Runnable list) {
    return HandlerReads.during(jdbc, list).total();
  }

  /** EXPLAIN of exactly the SQL and parameters that the mapper statement sends. */
  private List<Map<String, String>> explain(String statement, Object parameter) {
    MappedStatement mapped =
        sessions
            .getConfiguration()
            .getMappedStatement("dev.notes.adapter.persistence." + statement);
    BoundSql bound = mapped.getBoundSql(parameter);
    return jdbc.execute(
        (java.sql.Connection connection) -> {
          try (PreparedStatement explain =
              connection.prepareStatement("EXPLAIN " + bound.getSql())) {
            new DefaultParameterHandler(mapped, parameter, bound).setParameters(explain);
            List<Map<String, String>> steps = new ArrayList<>();
            try (ResultSet rs = explain.executeQuery()) {
              while (rs.next()) {
                steps.add(
                    Map.of(
                        "table", String.valueOf(rs.getString("table")),
                        "type", String.valueOf(rs.getString("type")),
                        "key", String.valueOf(rs.getString("key")),
                        "Extra", String.valueOf(rs.getString("Extra"))));
              }
            }
            return steps;
          }
        });
  }
}
