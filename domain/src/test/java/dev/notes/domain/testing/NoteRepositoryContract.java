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
import org.junit.jupiter.api.Test;

/**
 * What every {@link NoteRepository} must do. The in-memory fake, MyBatis on H2 and MyBatis on
 * MariaDB each run this same suite: subclass it and supply the repositories.
 */
public abstract class NoteRepositoryContract {

  protected static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123999Z");

  protected abstract CategoryRepository categories();

  protected abstract NoteRepository notes();

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

  private List<Note> textSearch(String text) {
    return notes().page(NoteFilter.all().withTextContaining(text), PageRequest.first(10)).items();
  }

  private List<NoteId> pageThrough(NoteFilter filter, int limit) {
    List<NoteId> seen = new ArrayList<>();
    PageRequest<NotePosition> request = PageRequest.first(limit);
    while (true) {
      Page<Note, NotePosition> page = notes().page(filter, request);
      page.items().forEach(note -> seen.add(note.id()));
      if (page.next().isEmpty()) {
        return seen;
      }
      request = PageRequest.after(page.next().get(), limit);
    }
  }
}
