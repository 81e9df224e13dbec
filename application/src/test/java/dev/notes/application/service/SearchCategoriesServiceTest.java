package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.application.port.in.SearchCategoriesUseCase.ByExactName;
import dev.notes.application.port.in.SearchCategoriesUseCase.ByNameContaining;
import dev.notes.application.port.in.SearchCategoriesUseCase.CategorySearch;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import dev.notes.domain.testing.InMemoryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCategoriesServiceTest {

  private static final PageRequest<CategoryPosition> FIRST_TEN = PageRequest.first(10);

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final SearchCategoriesService service = new SearchCategoriesService(db.categories());

  @Test
  void givenExactNameInAnotherCase_searchCategories_returnsTheOneWithItsStoredSpelling() {
    Category tech = category(db, "Tech");
    category(db, "Technik"); // contains the name, but is not it
    note(db, "note", tech);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.searchCategories(exactly("tech"), FIRST_TEN);

    assertThat(page.items()).containsExactly(new CategoryWithNoteCount(tech, 1));
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenUnknownExactName_searchCategories_returnsAnEmptyPage() {
    category(db, "tech");

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.searchCategories(exactly("food"), FIRST_TEN);

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenPositionAtTheExactMatch_searchCategories_doesNotReturnItAgain() {
    Category tech = category(db, "tech");

    PageRequest<CategoryPosition> afterTech = PageRequest.after(CategoryPosition.of(tech), 10);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.searchCategories(exactly("tech"), afterTech);

    assertThat(page.items()).isEmpty();
  }

  @Test
  void givenPositionBeforeTheExactMatch_searchCategories_returnsIt() {
    Category alpha = category(db, "alpha");
    Category tech = category(db, "tech");

    PageRequest<CategoryPosition> afterAlpha = PageRequest.after(CategoryPosition.of(alpha), 10);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.searchCategories(exactly("tech"), afterAlpha);

    assertThat(names(page)).containsExactly(tech.name().value());
  }

  @Test
  void givenSubstringInAnotherCase_searchCategories_returnsNamesContainingItInListOrder() {
    category(db, "frontEND");
    category(db, "Backend");
    category(db, "design");

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.searchCategories(new ByNameContaining("END"), FIRST_TEN);

    assertThat(names(page)).containsExactly("Backend", "frontEND");
  }

  @Test
  void givenUnderscoreInTheSubstring_searchCategories_matchesItLiterally() {
    category(db, "a_b");
    category(db, "axb");

    assertThat(names(service.searchCategories(new ByNameContaining("_"), FIRST_TEN)))
        .containsExactly("a_b");
  }

  @Test
  void givenMoreMatchesThanTheLimit_searchCategories_pagesThroughThem() {
    category(db, "end1");
    Category end2 = category(db, "end2");
    category(db, "end3");
    category(db, "other");
    CategorySearch search = new ByNameContaining("end");

    Page<CategoryWithNoteCount, CategoryPosition> page1 =
        service.searchCategories(search, PageRequest.first(2));
    Page<CategoryWithNoteCount, CategoryPosition> page2 =
        service.searchCategories(search, PageRequest.after(page1.next().orElseThrow(), 2));

    assertThat(page1.next()).contains(CategoryPosition.of(end2));
    assertThat(List.of(names(page1), names(page2)))
        .containsExactly(List.of("end1", "end2"), List.of("end3"));
    assertThat(page2.next()).isEmpty();
  }

  private static CategorySearch exactly(String name) {
    return new ByExactName(new CategoryName(name));
  }

  private static List<String> names(Page<CategoryWithNoteCount, CategoryPosition> page) {
    return page.items().stream().map(found -> found.category().name().value()).toList();
  }
}
