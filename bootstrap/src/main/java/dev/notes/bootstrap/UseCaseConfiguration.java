package dev.notes.bootstrap;

import dev.notes.application.port.in.CreateCategoryUseCase;
import dev.notes.application.port.in.CreateNoteUseCase;
import dev.notes.application.port.in.DeleteCategoryUseCase;
import dev.notes.application.port.in.DeleteNoteUseCase;
import dev.notes.application.port.in.EditNoteUseCase;
import dev.notes.application.port.in.FindCategoryByNameUseCase;
import dev.notes.application.port.in.GetCategoryUseCase;
import dev.notes.application.port.in.GetNoteUseCase;
import dev.notes.application.port.in.ListCategoriesUseCase;
import dev.notes.application.port.in.ListCategoryNotesUseCase;
import dev.notes.application.port.in.ListNotesUseCase;
import dev.notes.application.port.in.RenameCategoryUseCase;
import dev.notes.application.port.in.SearchCategoriesUseCase;
import dev.notes.application.port.out.UnitOfWork;
import dev.notes.application.service.CreateCategoryService;
import dev.notes.application.service.CreateNoteService;
import dev.notes.application.service.DeleteCategoryService;
import dev.notes.application.service.DeleteNoteService;
import dev.notes.application.service.EditNoteService;
import dev.notes.application.service.FindCategoryByNameService;
import dev.notes.application.service.GetCategoryService;
import dev.notes.application.service.GetNoteService;
import dev.notes.application.service.ListCategoriesService;
import dev.notes.application.service.ListCategoryNotesService;
import dev.notes.application.service.ListNotesService;
import dev.notes.application.service.RenameCategoryService;
import dev.notes.application.service.SearchCategoriesService;
import dev.notes.domain.category.CategoryRepository;
import dev.notes.domain.note.NoteRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bean per use case: the services are plain Java, so the application module never sees Spring.
 * Adding a use case means adding one method here.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  CreateCategoryUseCase createCategory(CategoryRepository categories, Clock clock) {
    return new CreateCategoryService(categories, clock);
  }

  @Bean
  RenameCategoryUseCase renameCategory(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    return new RenameCategoryService(categories, notes, unitOfWork, clock);
  }

  @Bean
  DeleteCategoryUseCase deleteCategory(CategoryRepository categories, UnitOfWork unitOfWork) {
    return new DeleteCategoryService(categories, unitOfWork);
  }

  @Bean
  GetCategoryUseCase getCategory(CategoryRepository categories) {
    return new GetCategoryService(categories);
  }

  @Bean
  FindCategoryByNameUseCase findCategoryByName(CategoryRepository categories) {
    return new FindCategoryByNameService(categories);
  }

  @Bean
  ListCategoriesUseCase listCategories(CategoryRepository categories) {
    return new ListCategoriesService(categories);
  }

  @Bean
  SearchCategoriesUseCase searchCategories(CategoryRepository categories) {
    return new SearchCategoriesService(categories);
  }

  @Bean
  CreateNoteUseCase createNote(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    return new CreateNoteService(categories, notes, unitOfWork, clock);
  }

  @Bean
  GetNoteUseCase getNote(NoteRepository notes) {
    return new GetNoteService(notes);
  }

  @Bean
  EditNoteUseCase editNote(
      CategoryRepository categories, NoteRepository notes, UnitOfWork unitOfWork, Clock clock) {
    return new EditNoteService(categories, notes, unitOfWork, clock);
  }

  @Bean
  DeleteNoteUseCase deleteNote(NoteRepository notes, UnitOfWork unitOfWork) {
    return new DeleteNoteService(notes, unitOfWork);
  }

  @Bean
  ListCategoryNotesUseCase listCategoryNotes(CategoryRepository categories, NoteRepository notes) {
    return new ListCategoryNotesService(categories, notes);
  }

  @Bean
  ListNotesUseCase listNotes(NoteRepository notes) {
    return new ListNotesService(notes);
  }
}
