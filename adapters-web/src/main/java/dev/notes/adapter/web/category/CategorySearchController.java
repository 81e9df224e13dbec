package dev.notes.adapter.web.category;

import static dev.notes.adapter.web.problem.ProblemKind.NOT_FOUND;

import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.paging.CursorCodec;
import dev.notes.adapter.web.paging.PageResponse;
import dev.notes.adapter.web.problem.Fails;
import dev.notes.adapter.web.problem.Shortened;
import dev.notes.application.port.in.FindCategoryByNameUseCase;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Categories found by name: the list and its searches, and the one category with a name. */
@Tag(name = "Categories")
@RestController
class CategorySearchController {

  private final ListCategoriesUseCase listCategories;
  private final SearchCategoriesUseCase searchCategories;
  private final FindCategoryByNameUseCase findCategoryByName;
  private final CursorCodec cursors;

  CategorySearchController(
      ListCategoriesUseCase listCategories,
      SearchCategoriesUseCase searchCategories,
      FindCategoryByNameUseCase findCategoryByName,
      CursorCodec cursors) {
    this.listCategories = listCategories;
    this.searchCategories = searchCategories;
    this.findCategoryByName = findCategoryByName;
    this.cursors = cursors;
  }

  @Operation(
      summary = "List categories, or search them by name",
      description =
          "Ordered by name (ignoring case), then id; each with its note count. "
              + "Give q or name, not both.")
  @GetMapping(CategoryController.PATH)
  PageResponse<CategoryResponse> listCategories(
      @Parameter(description = "Only names containing this text, ignoring case")
          @RequestParam(required = false)
          @Nullable String q,
      @Parameter(description = "Only the category with this name, trimmed, ignoring case")
          @RequestParam(required = false)
          @Nullable String name,
      @RequestParam(required = false) @Nullable Integer limit,
      @RequestParam(required = false) @Nullable String cursor) {
    PageRequest<CategoryPosition> page = cursors.categoryPage(cursor, limit);
    if (q != null && name != null) {
      throw new InvalidValue("name", "cannot be combined with q; search by one of them");
    }
    return PageResponse.of(find(q, name, page), CategoryResponse::of, cursors::encode);
  }

  @Operation(
      summary = "Find the category with this name, ignoring case",
      description =
          "The name is trimmed and compared ignoring case; the answer has the stored "
              + "spelling. A name that no category could have is simply not found.")
  @Fails(NOT_FOUND)
  @GetMapping(CategoryController.PATH + "/by-name/{name}")
  ResponseEntity<CategoryResponse> getCategoryByName(@PathVariable String name) {
    CategoryName wanted =
        RequestValues.ifValid(() -> new CategoryName(name))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no category is named '" + Shortened.of(name) + "'"));
    return CategoryController.ok(findCategoryByName.findCategoryByName(wanted));
  }

  private Page<CategoryWithNoteCount, CategoryPosition> find(
      @Nullable String q, @Nullable String name, PageRequest<CategoryPosition> page) {
    if (name != null) {
      // a name no category could have matches none: an empty page, not an error
      return RequestValues.ifValid(() -> new CategoryName(name))
          .map(wanted -> searchCategories.searchCategories(new ByExactName(wanted), page))
          .orElseGet(Page::empty);
    }
    if (q != null) {
      return searchCategories.searchCategories(new ByNameContaining(q), page);
    }
    return listCategories.listCategories(page);
  }
}
