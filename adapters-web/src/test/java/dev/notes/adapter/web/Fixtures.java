package dev.notes.adapter.web;

import dev.notes.application.port.in.ExpectedVersions;
import dev.notes.domain.category.Category;
import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryName;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.CategoryWithNoteCount;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NoteText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Domain objects as the use cases would return them. */
final class Fixtures {

  static final Instant CREATED = Instant.parse("2026-11-24T10:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-11-24T10:00:05.120Z");

  private Fixtures() {}

  static CategoryWithNoteCount category(long id, String name, long noteCount, long version) {
    return new CategoryWithNoteCount(
        new Category(new CategoryId(id), new CategoryName(name), CREATED, UPDATED, version),
        noteCount);
  }

  static Note note(long id, String text, long version) {
    return new Note(
        new NoteId(id), new NoteText(text), Optional.empty(), CREATED, UPDATED, version);
  }

  static Note note(long id, String text, long categoryId, String categoryName, long version) {
    CategoryRef category =
        new CategoryRef(new CategoryId(categoryId), new CategoryName(categoryName));
    return new Note(
        new NoteId(id), new NoteText(text), Optional.of(category), CREATED, UPDATED, version);
  }

  /** A request with this JSON body. */
  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** The versions an If-Match names. */
  static ExpectedVersions versions(Long... versions) {
    return ExpectedVersions.oneOf(List.of(versions));
  }
}
