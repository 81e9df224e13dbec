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
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web adapter over mocked use cases. Every web test class uses this one annotation, so they
 * all share a single cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
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
@interface WebSliceTest {}
