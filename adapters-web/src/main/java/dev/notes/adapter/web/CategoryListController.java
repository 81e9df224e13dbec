package dev.notes.adapter.web;

import dev.notes.application.port.in.ListCategoriesUseCase;
import dev.notes.application.port.in.SearchCategoriesUseCase;
import dev.notes.application.port.in.SearchCategoriesUseCase.ByExactName;
import dev.notes.application.port.in.SearchCategoriesUseCase.ByNameContaining;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryPosition;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.shared.InvalidValue;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
    produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class CategoryListController implements CategoryListApi {

  private final ListCategoriesUseCase listCategories;
  private final SearchCategoriesUseCase searchCategories;
  private final CursorCodec cursors;

  CategoryListController(
      ListCategoriesUseCase listCategories,
      SearchCategoriesUseCase searchCategories,
      CursorCodec cursors) {
    this.listCategories = listCategories;
    this.searchCategories = searchCategories;
    this.cursors = cursors;
  }

  @Override
  @GetMapping(CategoryController.PATH)
  public PageResponse<CategoryResponse> listCategories(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(defaultValue = PageRequests.DEFAULT_LIMIT) int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<CategoryPosition> page =
        PageRequests.of(cursor, limit, cursors::decodeCategoryPosition);
    if (q != null && name != null) {
      throw new InvalidValue("name", "cannot be combined with q; search by one of them");
    }
    return PageResponse.of(find(q, name, page), CategoryResponse::of, cursors::encode);
  }

  private Page<CategoryWithNoteCount, CategoryPosition> find(
      @Nullable String q, @Nullable String name, PageRequest<CategoryPosition> page) {
    if (name != null) {
      return withName(name, page);
    }
    if (q != null) {
      return searchCategories.searchCategories(new ByNameContaining(q), page);
    }
    return listCategories.listCategories(page);
  }

  /** A name no category could have matches none: an empty page, not an error. */
  private Page<CategoryWithNoteCount, CategoryPosition> withName(
      String name, PageRequest<CategoryPosition> page) {
    return RequestValues.ifValid(() -> new CategoryName(name))
        .map(wanted -> searchCategories.searchCategories(new ByExactName(wanted), page))
        .orElseGet(Page::empty);
  }
}
