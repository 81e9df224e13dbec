package dev.notes.scenario;

import dev.notes.client.ApiClient;
import dev.notes.client.ApiException;
import dev.notes.client.api.CategoriesApi;
import dev.notes.client.api.NotesApi;
import dev.notes.client.model.CategoryRequest;
import dev.notes.client.model.CategoryResponse;
import dev.notes.client.model.NoteRequest;
import dev.notes.client.model.NoteResponse;
import dev.notes.client.model.PageResponseNoteResponse;
import java.net.URI;

/** The README's walk-through, with the generated client, against a fresh service (args[0]). */
public final class Scenario {

  public static void main(String[] args) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(URI.create(args[0]).toString()); // the document has no host
    CategoriesApi categories = new CategoriesApi(client);
    NotesApi notes = new NotesApi(client);

    CategoryResponse tech = categories.createCategory(new CategoryRequest().name("tech"));
    System.out.println("created category " + tech.getId() + " " + tech.getName());
    NoteResponse note =
        notes.createNote(new NoteRequest().text("sqlalchemy is cool").categoryName("tech"));
    check(note.getCategory() != null && tech.getId().equals(note.getCategory().getId()),
        "the note is in tech: " + note);
    CategoryResponse byName = categories.getCategoryByName("TECH");
    check(byName.getNoteCount() == 1, "tech has one note: " + byName);
    PageResponseNoteResponse page = notes.listCategoryNotes(tech.getId(), 50, null);
    check(page.getItems().size() == 1 && page.getNextCursor() == null, "one page: " + page);
    NoteResponse loose = notes.createNote(new NoteRequest().text("in no category"));
    check(notes.getNote(loose.getId()).getCategory() == null, "uncategorized: " + loose);
    PageResponseNoteResponse all = notes.listNotes(null, null, null, null, null);
    check(all.getItems().size() == 2, "all notes: " + all);
    try {
      categories.createCategory(new CategoryRequest().name("Tech"));
      check(false, "a second Tech was created");
    } catch (ApiException expected) {
      check(expected.getCode() == 409, "a second Tech answers " + expected.getCode());
      System.out.println("second Tech: 409 " + expected.getResponseBody());
    }
    System.out.println("scenario passed");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
