package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.category.CategoryRef;
import dev.notes.domain.category.ReferencedCategoryNotFound;
import dev.notes.domain.note.Note;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NoteId;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.note.NoteRepository;
import dev.notes.domain.note.NoteText;
import dev.notes.domain.shared.Page;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/** Notes in the {@code note} table. Runs in the caller's transaction, if any. */
final class MyBatisNoteRepository implements NoteRepository {

  private final NoteMapper notes;

  MyBatisNoteRepository(NoteMapper notes) {
    this.notes = notes;
  }

  @Override
  public Note add(NoteText text, Optional<CategoryRef> category, Instant now) {
    NoteRow row = NoteRows.newRow(text, category, now);
    try {
      notes.insert(row);
    } catch (DataIntegrityViolationException refused) {
      throw referencedCategoryMissing(category, refused);
    }
    return Note.created(new NoteId(row.id), text, category, now);
  }

  @Override
  public Optional<Note> findById(NoteId id) {
    return Optional.ofNullable(notes.selectById(id.value())).map(NoteRows::toNote);
  }

  @Override
  public Optional<Note> findForChange(NoteId id) {
    return Optional.ofNullable(notes.selectByIdForUpdate(id.value())).map(NoteRows::toNote);
  }

  @Override
  public boolean update(Note changed) {
    try {
      return notes.update(NoteRows.toRow(changed)) == 1;
    } catch (DataIntegrityViolationException refused) {
      throw referencedCategoryMissing(changed.category(), refused);
    }
  }

  @Override
  public boolean remove(NoteId id) {
    return notes.delete(id.value()) == 1;
  }

  @Override
  public long countByCategory(CategoryId id) {
    return notes.countByCategory(id.value());
  }

  @Override
  public Page<Note, NotePosition> page(NoteFilter filter, PageRequest<NotePosition> request) {
    return Page.fromLookahead(
        notes.selectPage(NotePageQuery.of(filter, request)).stream().map(NoteRows::toNote).toList(),
        request.limit(),
        NotePosition::of);
  }

  /**
   * A valid note breaks no constraint but the foreign key to its category (the domain already
   * bounds the text to what the column holds), so a refusal with a category means it is gone.
   */
  private static RuntimeException referencedCategoryMissing(
      Optional<CategoryRef> category, DataIntegrityViolationException refused) {
    return category
        .<RuntimeException>map(ref -> new ReferencedCategoryNotFound(ref.id()))
        .orElse(refused);
  }
}
