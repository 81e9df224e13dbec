package dev.notes.application.service;

import static dev.notes.application.testing.StoredData.category;
import static dev.notes.application.testing.StoredData.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import dev.notes.domain.testing.InMemoryDatabase;
import org.junit.jupiter.api.Test;

class ListCategoriesServiceTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final ListCategoriesService service = new ListCategoriesService(db.categories());

  @Test
  void givenCategories_listCategories_ordersThemByNameIdentityWithTheirNoteCounts() {
    Category beta = category(db, "beta");
    Category alpha = category(db, "Alpha");
    note(db, "in beta", beta);

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.listCategories(PageRequest.first(10));

    assertThat(page.items())
        .containsExactly(new CategoryWithNoteCount(alpha, 0), new CategoryWithNoteCount(beta, 1));
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenMoreCategoriesThanTheLimit_listCategories_returnsOnePageAndWhereToContinue() {
    Category a = category(db, "a");
    Category b = category(db, "b");
    category(db, "c");

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.listCategories(PageRequest.first(2));

    assertThat(page.items()).extracting(CategoryWithNoteCount::category).containsExactly(a, b);
    assertThat(page.next()).contains(CategoryPosition.of(b));
  }

  @Test
  void givenPositionOfAPreviousPage_listCategories_continuesAfterIt() {
    category(db, "a");
    Category b = category(db, "b");
    Category c = category(db, "c");

    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.listCategories(PageRequest.after(CategoryPosition.of(b), 2));

    assertThat(page.items()).extracting(CategoryWithNoteCount::category).containsExactly(c);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenNoCategories_listCategories_returnsAnEmptyLastPage() {
    Page<CategoryWithNoteCount, CategoryPosition> page =
        service.listCategories(PageRequest.first(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }
}
