package dev.notes.adapter.web;

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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Every use case the web adapter calls, as a Mockito mock: the adapter is tested alone. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(
    types = {
      CreateCategoryUseCase.class,
      GetCategoryUseCase.class,
      FindCategoryByNameUseCase.class,
      RenameCategoryUseCase.class,
      DeleteCategoryUseCase.class,
      ListCategoriesUseCase.class,
      SearchCategoriesUseCase.class,
      ListCategoryNotesUseCase.class,
      CreateNoteUseCase.class,
      GetNoteUseCase.class,
      EditNoteUseCase.class,
      DeleteNoteUseCase.class,
      ListNotesUseCase.class
    })
@interface MockedUseCases {}
