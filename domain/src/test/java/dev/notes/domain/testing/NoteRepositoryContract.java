package dev.notes.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NoteRepository} must do. The in-memory fake, MyBatis on H2 and MyBatis on
 * MariaDB each run this same suite: subclass it and supply the repositories.
 */
public abstract class NoteRepositoryContract {

  protected static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123999Z");

  protected abstract CategoryRepository categories();

  protected abstract NoteRepository notes();

  /** The repository under test, over the same notes, but reading at most so many per search. */
  protected abstract NoteRepository notesReadingAtMost(int notesPerSearch);

  /** The bound of the bounded-search tests: small, so that a few notes exceed it. */
  private static final int BOUND = 5;

  private static NoteText text(String value) {
    return new NoteText(value);
  }

  private Category category(String name) {
    return categories().add(new CategoryName(name), NOW);
  }

  @Test
  void givenUncategorizedNote_add_storesItAtFirstVersionWithMillisecondTimestamps() {
    Note added = notes().add(text("sqlalchemy is cool"), Optional.empty(), NOW);

    assertThat(added.version()).isZero();
    assertThat(added.category()).isEmpty();
    assertThat(added.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00.123Z"));
    assertThat(notes().findById(added.id())).contains(added);
  }

  @Test
  void givenCategory_add_storesTheNoteInIt() {
    Category tech = category("tech");

    Note added = notes().add(text("sqlalchemy is cool"), Optional.of(tech.ref()), NOW);

    assertThat(notes().findById(added.id()).orElseThrow().category()).contains(tech.ref());
  }

  @Test
  void givenMissingCategory_add_throwsReferencedCategoryNotFound() {
    CategoryRef ghost = new CategoryRef(new CategoryId(987_654_321), new CategoryName("ghost"));

    assertThatThrownBy(() -> notes().add(text("boo"), Optional.of(ghost), NOW))
        .isInstanceOf(ReferencedCategoryNotFound.class);
  }

  @Test
  void givenTextWithSurroundingSpaceAndEmoji_add_keepsItExactly() {
    String exact = "  line one\n\ttab and emoji 😀👍🏽 \r\n  ";

    Note added = notes().add(text(exact), Optional.empty(), NOW);

    assertThat(notes().findById(added.id()).orElseThrow().text().value()).isEqualTo(exact);
  }

  @Test
  void givenLargestTextOfThreeByteCharacters_add_keepsItExactly() {
    String largest = "€".repeat(NoteText.MAX_UTF8_BYTES / 3);

    Note added = notes().add(text(largest), Optional.empty(), NOW);

    assertThat(notes().findById(added.id()).orElseThrow().text().value()).isEqualTo(largest);
  }

  @Test
  void givenRenamedCategory_findById_showsTheCurrentName() {
    Category tech = category("tech");
    Note added = notes().add(text("note"), Optional.of(tech.ref()), NOW);
    Category renamed = tech.renamedTo(new CategoryName("Technik"), NOW);
    categories().update(renamed);

    assertThat(notes().findById(added.id()).orElseThrow().category()).contains(renamed.ref());
  }

  @Test
  void givenNoteInCategory_findForChange_readsItWithItsCategoryLikeFindById() {
    Category tech = category("tech");
    Note stored = notes().add(text("note"), Optional.of(tech.ref()), NOW);

    assertThat(notes().findForChange(stored.id())).contains(stored);
    assertThat(notes().findForChange(new NoteId(987_654_321))).isEmpty();
  }

  @Test
  void givenUnknownId_findById_isEmpty() {
    assertThat(notes().findById(new NoteId(987_654_321))).isEmpty();
  }

  @Test
  void givenNextVersion_update_storesTextAndCategory() {
    Category tech = category("tech");
    Note stored = notes().add(text("draft"), Optional.empty(), NOW);
    Note edited = stored.edited(text("final"), Optional.of(tech.ref()), NOW.plusSeconds(1));

    assertThat(notes().update(edited)).isTrue();
    assertThat(notes().findById(stored.id())).contains(edited);
  }

  @Test
  void givenNoCategory_update_makesTheNoteUncategorized() {
    Category tech = category("tech");
    Note stored = notes().add(text("draft"), Optional.of(tech.ref()), NOW);

    notes().update(stored.edited(text("draft"), Optional.empty(), NOW));

    assertThat(notes().findById(stored.id()).orElseThrow().category()).isEmpty();
    assertThat(notes().countByCategory(tech.id())).isZero();
  }

  @Test
  void givenStaleVersion_update_changesNothing() {
    Note stored = notes().add(text("draft"), Optional.empty(), NOW);
    notes().update(stored.edited(text("first"), Optional.empty(), NOW));

    boolean updated = notes().update(stored.edited(text("second"), Optional.empty(), NOW));

    assertThat(updated).isFalse();
    assertThat(notes().findById(stored.id()).orElseThrow().text()).isEqualTo(text("first"));
  }

  @Test
  void givenMissingCategory_update_throwsReferencedCategoryNotFound() {
    Note stored = notes().add(text("draft"), Optional.empty(), NOW);
    CategoryRef ghost = new CategoryRef(new CategoryId(987_654_321), new CategoryName("ghost"));

    assertThatThrownBy(() -> notes().update(stored.edited(text("x"), Optional.of(ghost), NOW)))
        .isInstanceOf(ReferencedCategoryNotFound.class);
  }

  @Test
  void givenNoteInCategory_remove_deletesTheNoteButNotTheCategory() {
    Category tech = category("tech");
    Note stored = notes().add(text("note"), Optional.of(tech.ref()), NOW);

    assertThat(notes().remove(stored.id())).isTrue();
    assertThat(notes().findById(stored.id())).isEmpty();
    assertThat(categories().findById(tech.id())).contains(tech);
  }

  @Test
  void givenMissingNote_remove_isFalse() {
    assertThat(notes().remove(new NoteId(987_654_321))).isFalse();
  }

  @Test
  void givenNotesInSeveralCategories_countByCategory_countsOnlyThatCategory() {
    Category tech = category("tech");
    Category food = category("food");
    notes().add(text("a"), Optional.of(tech.ref()), NOW);
    notes().add(text("b"), Optional.of(tech.ref()), NOW);
    notes().add(text("c"), Optional.of(food.ref()), NOW);
    notes().add(text("d"), Optional.empty(), NOW);

    assertThat(notes().countByCategory(tech.id())).isEqualTo(2);
  }

  @Test
  void givenNoteMovedToAnotherCategory_countByCategory_movesItsCountAlong() {
    Category tech = category("tech");
    Category food = category("food");
    Note stored = notes().add(text("a"), Optional.of(tech.ref()), NOW);
    notes().add(text("b"), Optional.of(tech.ref()), NOW);

    notes().update(stored.edited(text("a"), Optional.of(food.ref()), NOW));

    assertThat(notes().countByCategory(tech.id())).isEqualTo(1);
    assertThat(notes().countByCategory(food.id())).isEqualTo(1);
  }

  @Test
  void givenTextEditedInTheSameCategory_countByCategory_staysTheSame() {
    Category tech = category("tech");
    Note stored = notes().add(text("a"), Optional.of(tech.ref()), NOW);

    notes().update(stored.edited(text("b"), Optional.of(tech.ref()), NOW));

    assertThat(notes().countByCategory(tech.id())).isEqualTo(1);
  }

  @Test
  void givenNotesRemoved_countByCategory_countsOnlyThoseLeft() {
    Category tech = category("tech");
    Note first = notes().add(text("a"), Optional.of(tech.ref()), NOW);
    notes().add(text("b"), Optional.of(tech.ref()), NOW);
    notes().remove(first.id());

    assertThat(notes().countByCategory(tech.id())).isEqualTo(1);
  }

  @Test
  void givenMoreNotesThanCountingSlots_countByCategory_countsEachOnce() {
    Category tech = category("tech");
    List<Note> added = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      added.add(notes().add(text("n" + i), Optional.of(tech.ref()), NOW));
    }
    for (Note note : added.subList(0, 5)) {
      notes().remove(note.id());
    }

    assertThat(notes().countByCategory(tech.id())).isEqualTo(35);
  }

  @Test
  void givenNewCategory_countByCategory_isZero() {
    assertThat(notes().countByCategory(category("tech").id())).isZero();
  }

  @Test
  void givenNotesAtDifferentTimes_page_listsNewestFirst() {
    Note older = notes().add(text("older"), Optional.empty(), NOW);
    Note newer = notes().add(text("newer"), Optional.empty(), NOW.plusMillis(1));

    assertThat(notes().page(NoteFilter.all(), PageRequest.first(10)).items())
        .containsExactly(newer, older);
  }

  @Test
  void givenNotesWithEqualTimestamps_pagingThroughAll_seesEachOnceNewestIdFirst() {
    List<NoteId> added = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      added.add(notes().add(text("note " + i), Optional.empty(), NOW).id());
    }

    List<NoteId> seen = pageThrough(NoteFilter.all(), 3);

    Collections.reverse(added);
    assertThat(seen).containsExactlyElementsOf(added);
  }

  @Test
  void givenCategoryFilter_page_listsOnlyThatCategorysNotes() {
    Category tech = category("tech");
    Note inTech = notes().add(text("in tech"), Optional.of(tech.ref()), NOW);
    notes().add(text("elsewhere"), Optional.empty(), NOW);

    assertThat(notes().page(NoteFilter.inCategory(tech.id()), PageRequest.first(10)).items())
        .containsExactly(inTech);
  }

  @Test
  void givenUncategorizedFilter_page_listsOnlyNotesWithoutCategory() {
    Category tech = category("tech");
    notes().add(text("in tech"), Optional.of(tech.ref()), NOW);
    Note loose = notes().add(text("loose"), Optional.empty(), NOW);

    assertThat(notes().page(NoteFilter.uncategorized(), PageRequest.first(10)).items())
        .containsExactly(loose);
  }

  @Test
  void givenTextFilterInAnotherCase_page_findsNotesContainingIt() {
    Note match = notes().add(text("SQLAlchemy is cool"), Optional.empty(), NOW);
    notes().add(text("mybatis too"), Optional.empty(), NOW);

    assertThat(
            notes()
                .page(NoteFilter.all().withTextContaining("alchemy"), PageRequest.first(10))
                .items())
        .containsExactly(match);
  }

  /** Lower-cased alone, ΟΣ ends in ς; inside ΟΣΑ its Σ is σ: one letter to a search. */
  @Test
  void givenTextWithACapitalSigma_searchInTheCaseItWasWritten_findsIt() {
    Note inside = notes().add(text("ΟΣΑ ΚΑΙ ΑΛΛΑ"), Optional.empty(), NOW);
    Note last = notes().add(text("ΟΔΟΣ"), Optional.empty(), NOW.plusSeconds(1));
    notes().add(text("ΟΔΑ"), Optional.empty(), NOW.plusSeconds(2));

    assertThat(searchFor("ΟΣ")).containsExactly(last, inside);
    assertThat(searchFor("Σ")).containsExactly(last, inside);
    assertThat(searchFor("οδος")).containsExactly(last);
    assertThat(searchFor("σα")).containsExactly(inside);
  }

  private List<Note> searchFor(String text) {
    return notes().page(NoteFilter.all().withTextContaining(text), PageRequest.first(10)).items();
  }

  @Test
  void givenPercentUnderscoreAndBackslash_page_matchesThemLiterally() {
    Note percent = notes().add(text("100% done"), Optional.empty(), NOW);
    notes().add(text("1000 done"), Optional.empty(), NOW);
    Note underscore = notes().add(text("snake_case"), Optional.empty(), NOW);
    notes().add(text("snakeXcase"), Optional.empty(), NOW);
    Note backslash = notes().add(text("C:\\temp"), Optional.empty(), NOW);
    notes().add(text("C:temp"), Optional.empty(), NOW);

    assertThat(textSearch("0%")).containsExactly(percent);
    assertThat(textSearch("e_c")).containsExactly(underscore);
    assertThat(textSearch(":\\")).containsExactly(backslash);
  }

  @Test
  void givenCategoryAndTextFilter_page_appliesBoth() {
    Category tech = category("tech");
    Note match = notes().add(text("java in tech"), Optional.of(tech.ref()), NOW);
    notes().add(text("other in tech"), Optional.of(tech.ref()), NOW);
    notes().add(text("java elsewhere"), Optional.empty(), NOW);

    assertThat(
            notes()
                .page(
                    NoteFilter.inCategory(tech.id()).withTextContaining("JAVA"),
                    PageRequest.first(10))
                .items())
        .containsExactly(match);
  }

  @Test
  void givenManyNotesInACategory_pagingThroughIt_seesEachOnce() {
    Category tech = category("tech");
    List<NoteId> added = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      added.add(
          notes().add(text("note " + i), Optional.of(tech.ref()), NOW.plusMillis(i % 3)).id());
    }
    notes().add(text("elsewhere"), Optional.empty(), NOW);

    List<NoteId> seen = pageThrough(NoteFilter.inCategory(tech.id()), 2);

    assertThat(seen).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
  }

  @Test
  void givenNoteAddedLaterWithAnEarlierTimestamp_page_listsItAfterTheNewerOne() {
    Note newer = notes().add(text("newer"), Optional.empty(), NOW.plusMillis(1));
    Note olderButAddedLater = notes().add(text("older"), Optional.empty(), NOW);

    assertThat(notes().page(NoteFilter.all(), PageRequest.first(10)).items())
        .containsExactly(newer, olderButAddedLater);
  }

  @Test
  void givenTextFilter_pagingThroughAll_seesEachMatchOnceNewestFirst() {
    List<NoteId> matches = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      matches.add(notes().add(text("match " + i), Optional.empty(), NOW.plusMillis(i / 2)).id());
      notes().add(text("other " + i), Optional.empty(), NOW.plusMillis(i / 2));
    }

    List<NoteId> seen = pageThrough(NoteFilter.all().withTextContaining("MATCH"), 2);

    Collections.reverse(matches);
    assertThat(seen).containsExactlyElementsOf(matches);
  }

  @Test
  void givenUncategorizedFilter_pagingThroughAll_seesEachOnce() {
    Category tech = category("tech");
    List<NoteId> loose = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      loose.add(notes().add(text("loose " + i), Optional.empty(), NOW).id());
      notes().add(text("in tech " + i), Optional.of(tech.ref()), NOW);
    }

    List<NoteId> seen = pageThrough(NoteFilter.uncategorized(), 2);

    Collections.reverse(loose);
    assertThat(seen).containsExactlyElementsOf(loose);
  }

  // --- a text search reads a bounded number of notes ---

  @Test
  void givenNoMatchAmongMoreNotesThanTheBound_search_isEmptyAndContinuesAfterTheLastNoteRead() {
    List<Note> newestFirst = addNewestLast(3 * BOUND, i -> "other " + i, Optional.empty());

    Page<Note, NotePosition> page = boundedSearch(NoteFilter.all(), "absent", 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).contains(NotePosition.of(newestFirst.get(BOUND - 1)));
  }

  @Test
  void givenMatchesWithinTheBoundAndNotesBeyondIt_search_isAShortPageContinuingAfterTheBound() {
    List<Note> newestFirst =
        addNewestLast(3 * BOUND, i -> (i % 2 == 0 ? "match " : "other ") + i, Optional.empty());

    Page<Note, NotePosition> page = boundedSearch(NoteFilter.all(), "MATCH", 10);

    assertThat(page.items())
        .containsExactly(newestFirst.get(0), newestFirst.get(2), newestFirst.get(4));
    assertThat(page.next()).contains(NotePosition.of(newestFirst.get(BOUND - 1)));
  }

  @Test
  void givenAMatchFarBehindTheBound_followingTheNextPositions_findsItAndEnds() {
    Note match = notes().add(text("the match"), Optional.empty(), NOW.minusSeconds(1));
    addNewestLast(3 * BOUND, i -> "other " + i, Optional.empty());

    List<Page<Note, NotePosition>> pages =
        pagesThrough(notesReadingAtMost(BOUND), NoteFilter.all().withTextContaining("match"), 10);

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(0, 0, 0, 1);
    assertThat(pages.get(3).items()).containsExactly(match);
    assertThat(pages.get(3).next()).isEmpty();
  }

  @Test
  void givenMatchesThatFillThePageBeforeTheBound_search_isAFullPageContinuingAfterItsLastNote() {
    List<Note> newestFirst = addNewestLast(3 * BOUND, i -> "match " + i, Optional.empty());

    Page<Note, NotePosition> page = boundedSearch(NoteFilter.all(), "match", 2);

    assertThat(page.items()).containsExactly(newestFirst.get(0), newestFirst.get(1));
    assertThat(page.next()).contains(NotePosition.of(newestFirst.get(1)));
  }

  @Test
  void givenNotesOfOtherCategoriesInBetween_searchInACategory_countsOnlyItsNotesTowardsTheBound() {
    Category tech = category("tech");
    Category food = category("food");
    Note match = notes().add(text("match in tech"), Optional.of(tech.ref()), NOW);
    for (int i = 1; i < BOUND; i++) {
      notes().add(text("other in tech"), Optional.of(tech.ref()), NOW.plusMillis(i));
      notes().add(text("match in food"), Optional.of(food.ref()), NOW.plusMillis(i));
      notes().add(text("match loose"), Optional.empty(), NOW.plusMillis(i));
    }

    Page<Note, NotePosition> page = boundedSearch(NoteFilter.inCategory(tech.id()), "match", 10);

    assertThat(page.items()).containsExactly(match);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenCategorizedNotesInBetween_searchOfUncategorized_countsOnlyThoseTowardsTheBound() {
    Category tech = category("tech");
    Note match = notes().add(text("match loose"), Optional.empty(), NOW);
    for (int i = 1; i < BOUND; i++) {
      notes().add(text("other loose"), Optional.empty(), NOW.plusMillis(i));
      notes().add(text("match in tech"), Optional.of(tech.ref()), NOW.plusMillis(i));
      notes().add(text("match in tech too"), Optional.of(tech.ref()), NOW.plusMillis(i));
    }

    Page<Note, NotePosition> page = boundedSearch(NoteFilter.uncategorized(), "match", 10);

    assertThat(page.items()).containsExactly(match);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenEqualTimestampsAndABound_pagingThroughASearch_seesEachMatchOnceNewestFirst() {
    List<NoteId> matches = new ArrayList<>();
    for (int i = 0; i < 4 * BOUND; i++) {
      Note added = notes().add(text((i % 3 == 0 ? "match " : "other ") + i), Optional.empty(), NOW);
      if (i % 3 == 0) {
        matches.add(added.id());
      }
    }

    List<NoteId> seen =
        pagesThrough(notesReadingAtMost(BOUND), NoteFilter.all().withTextContaining("match"), 2)
            .stream()
            .flatMap(page -> page.items().stream().map(Note::id))
            .toList();

    Collections.reverse(matches);
    assertThat(seen).containsExactlyElementsOf(matches);
  }

  @Test
  void givenMoreNotesThanTheBound_listWithoutTextSearch_isNotCutShort() {
    List<Note> newestFirst = addNewestLast(3 * BOUND, i -> "note " + i, Optional.empty());

    Page<Note, NotePosition> page =
        notesReadingAtMost(BOUND).page(NoteFilter.all(), PageRequest.first(2 * BOUND));

    assertThat(page.items()).containsExactlyElementsOf(newestFirst.subList(0, 2 * BOUND));
    assertThat(page.next()).contains(NotePosition.of(newestFirst.get(2 * BOUND - 1)));
  }

  /** Adds notes, each newer than the one before (every second shares its timestamp). */
  private List<Note> addNewestLast(
      int count, IntFunction<String> textOf, Optional<CategoryRef> category) {
    List<Note> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(notes().add(text(textOf.apply(i)), category, NOW.plusMillis(i / 2)));
    }
    Collections.reverse(added);
    return added;
  }

  private Page<Note, NotePosition> boundedSearch(NoteFilter filter, String text, int limit) {
    return notesReadingAtMost(BOUND)
        .page(filter.withTextContaining(text), PageRequest.first(limit));
  }

  private List<Note> textSearch(String text) {
    return notes().page(NoteFilter.all().withTextContaining(text), PageRequest.first(10)).items();
  }

  private List<NoteId> pageThrough(NoteFilter filter, int limit) {
    return pagesThrough(notes(), filter, limit).stream()
        .flatMap(page -> page.items().stream().map(Note::id))
        .toList();
  }

  /** Every page from the first until one has no next position. */
  private static List<Page<Note, NotePosition>> pagesThrough(
      NoteRepository repository, NoteFilter filter, int limit) {
    List<Page<Note, NotePosition>> pages = new ArrayList<>();
    PageRequest<NotePosition> request = PageRequest.first(limit);
    while (true) {
      Page<Note, NotePosition> page = repository.page(filter, request);
      pages.add(page);
      if (page.next().isEmpty()) {
        return pages;
      }
      request = PageRequest.after(page.next().get(), limit);
    }
  }
}
