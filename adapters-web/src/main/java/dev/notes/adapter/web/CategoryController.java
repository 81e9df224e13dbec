package dev.notes.adapter.web;

import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.application.port.in.GetCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase.RenameCategoryCommand;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryWithNoteCount;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping(
    path = CategoryController.PATH,
    produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class CategoryController implements CategoryApi {

  static final String PATH = "/api/categories";

  private final CreateCategoryUseCase createCategory;
  private final GetCategoryUseCase getCategory;
  private final FindCategoryByNameUseCase findCategoryByName;
  private final RenameCategoryUseCase renameCategory;
  private final DeleteCategoryUseCase deleteCategory;

  CategoryController(
      CreateCategoryUseCase createCategory,
      GetCategoryUseCase getCategory,
      FindCategoryByNameUseCase findCategoryByName,
      RenameCategoryUseCase renameCategory,
      DeleteCategoryUseCase deleteCategory) {
    this.createCategory = createCategory;
    this.getCategory = getCategory;
    this.findCategoryByName = findCategoryByName;
    this.renameCategory = renameCategory;
    this.deleteCategory = deleteCategory;
  }

  @Override
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CategoryResponse> createCategory(@RequestBody CategoryRequest request) {
    CategoryWithNoteCount created =
        createCategory.createCategory(new CreateCategoryCommand(request.categoryName()));
    return Responses.created(
        PATH,
        created.category().id().value(),
        created.category().version(),
        CategoryResponse.of(created));
  }

  @Override
  @GetMapping("/{id}")
  public ResponseEntity<CategoryResponse> getCategory(@PathVariable long id) {
    return answer(getCategory.getCategory(RequestValues.id("id", id, CategoryId::new)));
  }

  @Override
  @GetMapping("/by-name/{name}")
  public ResponseEntity<CategoryResponse> getCategoryByName(@PathVariable String name) {
    CategoryName wanted =
        RequestValues.ifValid(() -> new CategoryName(name))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no category is named '" + name + "'"));
    return answer(findCategoryByName.findCategoryByName(wanted));
  }

  @Override
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CategoryResponse> renameCategory(
      @PathVariable long id,
      @RequestBody CategoryRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    CategoryId categoryId = RequestValues.id("id", id, CategoryId::new);
    CategoryName name = request.categoryName();
    CategoryWithNoteCount renamed =
        EntityTags.ifMatch(
            ifMatch,
            "category " + id,
            () -> getCategory.getCategory(categoryId).category().version(),
            expected ->
                renameCategory.renameCategory(
                    new RenameCategoryCommand(categoryId, name, expected)));
    return answer(renamed);
  }

  @Override
  @DeleteMapping("/{id}")
  public ResponseEntity<Void> deleteCategory(@PathVariable long id) {
    deleteCategory.deleteCategory(RequestValues.id("id", id, CategoryId::new));
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<CategoryResponse> answer(CategoryWithNoteCount category) {
    return Responses.ok(category.category().version(), CategoryResponse.of(category));
  }
}
