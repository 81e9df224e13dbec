package dev.notes.adapter.web.category;

import static dev.notes.adapter.web.problem.ProblemKind.CATEGORY_HAS_NOTES;
import static dev.notes.adapter.web.problem.ProblemKind.NAME_TAKEN;
import static dev.notes.adapter.web.problem.ProblemKind.NOT_FOUND;
import static dev.notes.adapter.web.problem.ProblemKind.STALE_VERSION;

import dev.notes.adapter.web.http.EntityTags;
import dev.notes.adapter.web.http.RequestValues;
import dev.notes.adapter.web.problem.Fails;
import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.in.DeleteCategoryUseCase.DeleteCategoryCommand;
import dev.notes.application.port.in.GetCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase.RenameCategoryCommand;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryWithNoteCount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Categories")
@RestController
@RequestMapping(CategoryController.PATH)
public class CategoryController {

  /** The collection; its members are at {@code PATH/{id}}. */
  public static final String PATH = "/api/categories";

  private final CreateCategoryUseCase createCategory;
  private final GetCategoryUseCase getCategory;
  private final RenameCategoryUseCase renameCategory;
  private final DeleteCategoryUseCase deleteCategory;

  CategoryController(
      CreateCategoryUseCase createCategory,
      GetCategoryUseCase getCategory,
      RenameCategoryUseCase renameCategory,
      DeleteCategoryUseCase deleteCategory) {
    this.createCategory = createCategory;
    this.getCategory = getCategory;
    this.renameCategory = renameCategory;
    this.deleteCategory = deleteCategory;
  }

  @Operation(
      summary = "Create a category",
      description = "The name is trimmed and must be unique ignoring case.")
  @Fails(NAME_TAKEN)
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CategoryResponse> createCategory(@RequestBody CategoryRequest request) {
    CategoryWithNoteCount created =
        createCategory.createCategory(new CreateCategoryCommand(request.categoryName()));
    return EntityTags.created(
        PATH,
        created.category().id().value(),
        created.category().version(),
        CategoryResponse.of(created));
  }

  @Operation(
      summary = "Get a category, with its note count",
      description = "The ETag is its version, for If-Match on a rename.")
  @Fails(NOT_FOUND)
  @GetMapping("/{id}")
  ResponseEntity<CategoryResponse> getCategory(@PathVariable long id) {
    return ok(getCategory.getCategory(RequestValues.id("id", id, CategoryId::new)));
  }

  @Operation(
      summary = "Rename a category",
      description =
          "The new name follows the rules of a new category's; with If-Match, only while the"
              + " stored version is one of those given.")
  @Fails({NOT_FOUND, NAME_TAKEN, STALE_VERSION})
  @PutMapping(
      path = "/{id}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CategoryResponse> renameCategory(
      @PathVariable long id,
      @RequestBody CategoryRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ok(
        renameCategory.renameCategory(
            new RenameCategoryCommand(
                RequestValues.id("id", id, CategoryId::new),
                request.categoryName(),
                EntityTags.ifMatch(ifMatch))));
  }

  @Operation(
      summary = "Delete a category that has no notes",
      description =
          "Move or delete its notes first: a category with notes is refused (409). With"
              + " If-Match, only while the stored version is one of those given (412 otherwise,"
              + " nothing deleted).")
  @Fails({NOT_FOUND, STALE_VERSION, CATEGORY_HAS_NOTES})
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{id}")
  void deleteCategory(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    deleteCategory.deleteCategory(
        new DeleteCategoryCommand(
            RequestValues.id("id", id, CategoryId::new), EntityTags.ifMatch(ifMatch)));
  }

  static ResponseEntity<CategoryResponse> ok(CategoryWithNoteCount category) {
    return EntityTags.ok(category.category().version(), CategoryResponse.of(category));
  }
}
