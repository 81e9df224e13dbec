package dev.notes.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryFilter;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryNameTaken;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.category.CategoryStillHasNotes;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CategoryRepository} must do. The in-memory fake, MyBatis on H2 and MyBatis on
 * MariaDB each run this same suite: subclass it and supply the repositories.
 */
public abstract class CategoryRepositoryContract {

  /** Sub-millisecond digits that a repository must drop, not round. */
  protected static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123999Z");

  protected abstract CategoryRepository categories();

  protected abstract NoteRepository notes();

  private static CategoryName name(String value) {
    return new CategoryName(value);
  }

  @Test
  void givenNewName_add_storesCategoryAtFirstVersionWithMillisecondTimestamps() {
    Category added = categories().add(name("tech"), NOW);

    assertThat(added.version()).isZero();
    assertThat(added.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00.123Z"));
    assertThat(categories().findById(added.id())).contains(added);
  }

  @Test
  void givenEmojiName_add_roundTripsItExactly() {
    Category added = categories().add(name("😀é中🎉abcdef"), NOW);

    assertThat(categories().findById(added.id()).orElseThrow().name().value())
        .isEqualTo("😀é中🎉abcdef");
  }

  @Test
  void givenNameTakenInAnotherCase_add_throwsCategoryNameTaken() {
    categories().add(name("Tech"), NOW);

    assertThatThrownBy(() -> categories().add(name("tech"), NOW))
        .isInstanceOf(CategoryNameTaken.class);
  }

  @Test
  void givenNamesThatDifferOnlyByAccent_add_keepsBoth() {
    Category cafe = categories().add(name("cafe"), NOW);
    Category cafeWithAccent = categories().add(name("café"), NOW);

    assertThat(cafe.id()).isNotEqualTo(cafeWithAccent.id());
  }

  @Test
  void givenExistingName_findOrAdd_returnsTheStoredCategory() {
    Category stored = categories().add(name("Tech"), NOW);

    Category found = categories().findOrAdd(name("TECH"), NOW.plusSeconds(5));

    assertThat(found).isEqualTo(stored);
  }

  @Test
  void givenMissingName_findOrAdd_addsIt() {
    Category added = categories().findOrAdd(name("tech"), NOW);

    assertThat(categories().findById(added.id())).contains(added);
  }

  @Test
  void givenStoredCategory_findForChange_readsItLikeFindById() {
    Category stored = categories().add(name("tech"), NOW);

    assertThat(categories().findForChange(stored.id())).contains(stored);
    assertThat(categories().findForChange(new CategoryId(987_654_321))).isEmpty();
  }

  @Test
  void givenUnknownId_findById_isEmpty() {
    assertThat(categories().findById(new CategoryId(987_654_321))).isEmpty();
  }

  @Test
  void givenCategoryWithNotes_findWithNoteCountById_countsThem() {
    Category tech = categories().add(name("tech"), NOW);
    notes().add(new NoteText("one"), Optional.of(tech.ref()), NOW);
    notes().add(new NoteText("two"), Optional.of(tech.ref()), NOW);

    assertThat(categories().findWithNoteCountById(tech.id()))
        .contains(new CategoryWithNoteCount(tech, 2));
  }

  @Test
  void givenNameInAnotherCase_findWithNoteCountByName_returnsStoredSpelling() {
    Category stored = categories().add(name("Tech"), NOW);

    assertThat(categories().findWithNoteCountByName(name("tECH")))
        .contains(new CategoryWithNoteCount(stored, 0));
  }

  @Test
  void givenUnknownName_findWithNoteCountByName_isEmpty() {
    categories().add(name("tech"), NOW);

    assertThat(categories().findWithNoteCountByName(name("cafe"))).isEmpty();
  }

  @Test
  void givenNextVersion_update_storesTheChange() {
    Category stored = categories().add(name("tech"), NOW);
    Category renamed = stored.renamedTo(name("Technik"), NOW.plusSeconds(1));

    assertThat(categories().update(renamed)).isTrue();
    assertThat(categories().findById(stored.id())).contains(renamed);
  }

  @Test
  void givenStaleVersion_update_changesNothing() {
    Category stored = categories().add(name("tech"), NOW);
    categories().update(stored.renamedTo(name("first"), NOW));

    boolean updated = categories().update(stored.renamedTo(name("second"), NOW));

    assertThat(updated).isFalse();
    assertThat(categories().findById(stored.id()).orElseThrow().name()).isEqualTo(name("first"));
  }

  @Test
  void givenMissingCategory_update_isFalse() {
    Category ghost = Category.created(new CategoryId(987_654_321), name("ghost"), NOW);

    assertThat(categories().update(ghost.renamedTo(name("boo"), NOW))).isFalse();
  }

  @Test
  void givenNameOfAnotherCategory_update_throwsCategoryNameTaken() {
    categories().add(name("tech"), NOW);
    Category other = categories().add(name("other"), NOW);

    assertThatThrownBy(() -> categories().update(other.renamedTo(name("TECH"), NOW)))
        .isInstanceOf(CategoryNameTaken.class);
  }

  @Test
  void givenOwnNameInAnotherCase_update_storesTheNewSpelling() {
    Category stored = categories().add(name("tech"), NOW);

    assertThat(categories().update(stored.renamedTo(name("TECH"), NOW))).isTrue();
    assertThat(categories().findById(stored.id()).orElseThrow().name()).isEqualTo(name("TECH"));
  }

  @Test
  void givenEmptyCategory_remove_deletesIt() {
    Category stored = categories().add(name("tech"), NOW);

    assertThat(categories().remove(stored.id())).isTrue();
    assertThat(categories().findById(stored.id())).isEmpty();
  }

  @Test
  void givenMissingCategory_remove_isFalse() {
    assertThat(categories().remove(new CategoryId(987_654_321))).isFalse();
  }

  @Test
  void givenCategoryWithNotes_remove_throwsStillHasNotesWithTheCount() {
    Category tech = categories().add(name("tech"), NOW);
    notes().add(new NoteText("one"), Optional.of(tech.ref()), NOW);
    notes().add(new NoteText("two"), Optional.of(tech.ref()), NOW);

    assertThatThrownBy(() -> categories().remove(tech.id()))
        .isInstanceOfSatisfying(
            CategoryStillHasNotes.class, refusal -> assertThat(refusal.noteCount()).isEqualTo(2));
    assertThat(categories().findById(tech.id())).isPresent();
  }

  @Test
  void givenCategories_page_ordersByNameIdentityAndCountsNotes() {
    Category beta = categories().add(name("beta"), NOW);
    Category alpha = categories().add(name("Alpha"), NOW);
    Category gamma = categories().add(name("gamma"), NOW);
    notes().add(new NoteText("in beta"), Optional.of(beta.ref()), NOW);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        categories().page(CategoryFilter.all(), PageRequest.first(10));

    assertThat(page.items())
        .containsExactly(
            new CategoryWithNoteCount(alpha, 0),
            new CategoryWithNoteCount(beta, 1),
            new CategoryWithNoteCount(gamma, 0));
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenMoreCategoriesThanTheLimit_page_continuesAfterThePositionUntilTheEnd() {
    List<String> names = List.of("e", "B", "d", "a", "C", "f", "g");
    names.forEach(each -> categories().add(name(each), NOW));

    List<String> seen = new ArrayList<>();
    PageRequest<CategoryPosition> request = PageRequest.first(3);
    int pages = 0;
    while (true) {
      Page<CategoryWithNoteCount, CategoryPosition> page =
          categories().page(CategoryFilter.all(), request);
      pages++;
      page.items().forEach(found -> seen.add(found.category().name().value()));
      if (page.next().isEmpty()) {
        break;
      }
      request = PageRequest.after(page.next().get(), 3);
    }

    assertThat(seen).containsExactly("a", "B", "C", "d", "e", "f", "g");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void givenExactlyLimitCategories_page_hasNoNextPosition() {
    categories().add(name("a"), NOW);
    categories().add(name("b"), NOW);

    assertThat(categories().page(CategoryFilter.all(), PageRequest.first(2)).next()).isEmpty();
  }

  @Test
  void givenSubstringInAnotherCase_page_findsTheNamesContainingIt() {
    categories().add(name("Backend"), NOW);
    categories().add(name("frontEND"), NOW);
    categories().add(name("design"), NOW);

    assertThat(
            names(categories().page(CategoryFilter.nameContaining("END"), PageRequest.first(10))))
        .containsExactly("Backend", "frontEND");
  }

  /** Lower-cased alone, ΟΣ ends in ς; inside ΟΣΑ its Σ is σ: one letter to a search. */
  @Test
  void givenNamesWithACapitalSigma_searchInTheCaseTheyWereWritten_findsThem() {
    categories().add(name("ΟΣΑ"), NOW);
    categories().add(name("ΟΔΟΣ"), NOW);
    categories().add(name("ΟΔΑ"), NOW);

    assertThat(names(categories().page(CategoryFilter.nameContaining("ΟΣ"), PageRequest.first(10))))
        .containsExactlyInAnyOrder("ΟΣΑ", "ΟΔΟΣ");
    assertThat(names(categories().page(CategoryFilter.nameContaining("Σ"), PageRequest.first(10))))
        .containsExactlyInAnyOrder("ΟΣΑ", "ΟΔΟΣ");
    assertThat(names(categories().page(CategoryFilter.nameContaining("σα"), PageRequest.first(10))))
        .containsExactly("ΟΣΑ");
  }

  @Test
  void givenPercentAndUnderscore_page_matchesThemLiterally() {
    categories().add(name("100%"), NOW);
    categories().add(name("1000"), NOW);
    categories().add(name("a_b"), NOW);
    categories().add(name("axb"), NOW);
    categories().add(name("back\\s"), NOW);
    categories().add(name("back!s"), NOW);

    assertThat(names(categories().page(CategoryFilter.nameContaining("0%"), PageRequest.first(10))))
        .containsExactly("100%");
    assertThat(names(categories().page(CategoryFilter.nameContaining("_"), PageRequest.first(10))))
        .containsExactly("a_b");
    assertThat(names(categories().page(CategoryFilter.nameContaining("\\"), PageRequest.first(10))))
        .containsExactly("back\\s");
    assertThat(names(categories().page(CategoryFilter.nameContaining("!"), PageRequest.first(10))))
        .containsExactly("back!s");
  }

  @Test
  void givenANameInAnotherCase_pageNamed_holdsOnlyTheCategoryWithThatIdentity() {
    Category tech = categories().add(name("Tech"), NOW);
    categories().add(name("Technik"), NOW);
    notes().add(new NoteText("in tech"), Optional.of(tech.ref()), NOW);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        categories().page(CategoryFilter.named(name("TECH")), PageRequest.first(10));

    assertThat(page.items()).containsExactly(new CategoryWithNoteCount(tech, 1));
    assertThat(page.next()).isEmpty();
  }

  /** The position is compared as every list compares it: by the store, in the store's order. */
  @Test
  void givenAPositionAtOrAfterTheNamedCategory_pageNamed_isEmpty() {
    Category alpha = categories().add(name("alpha"), NOW);
    Category beta = categories().add(name("beta"), NOW);
    categories().add(name("gamma"), NOW);
    CategoryFilter named = CategoryFilter.named(name("beta"));

    assertThat(names(categories().page(named, PageRequest.after(CategoryPosition.of(alpha), 5))))
        .containsExactly("beta");
    assertThat(categories().page(named, PageRequest.after(CategoryPosition.of(beta), 5)).items())
        .isEmpty();
  }

  @Test
  void givenUnknownId_findWithNoteCountById_isEmpty() {
    assertThat(categories().findWithNoteCountById(new CategoryId(987_654_321))).isEmpty();
  }

  @Test
  void givenSubstringFilter_pagingThroughAll_seesEachMatchOnceInOrder() {
    List.of("xa", "B", "ax", "c", "AXE", "d", "wax", "e")
        .forEach(each -> categories().add(name(each), NOW));

    List<String> seen = new ArrayList<>();
    PageRequest<CategoryPosition> request = PageRequest.first(2);
    while (true) {
      Page<CategoryWithNoteCount, CategoryPosition> page =
          categories().page(CategoryFilter.nameContaining("X"), request);
      seen.addAll(names(page));
      if (page.next().isEmpty()) {
        break;
      }
      request = PageRequest.after(page.next().get(), 2);
    }

    assertThat(seen).containsExactly("ax", "AXE", "wax", "xa");
  }

  private static List<String> names(Page<CategoryWithNoteCount, CategoryPosition> page) {
    return page.items().stream().map(found -> found.category().name().value()).toList();
  }
}
