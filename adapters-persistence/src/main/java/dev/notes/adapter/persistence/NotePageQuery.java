package dev.notes.adapter.persistence;

import dev.notes.domain.category.CategoryId;
import dev.notes.domain.note.NoteFilter;
import dev.notes.domain.note.NotePosition;
import dev.notes.domain.shared.PageRequest;
import java.time.Instant;

/**
 * The parameters of one note-list statement: which notes (a category id, or uncategorized only, and
 * an escaped text substring, each optional, and whether the search folds sigmas), the keyset
 * position to continue after or nulls, the last note a bounded search may read or nulls, and how
 * many rows to read (one more than the page, to tell whether another page follows).
 */
record NotePageQuery(
    Long categoryId,
    boolean uncategorizedOnly,
    String textContains,
    boolean foldSigma,
    Instant afterCreatedAt,
    Long afterId,
    Instant stopCreatedAt,
    Long stopId,
    int fetch) {

  static NotePageQuery of(NoteFilter filter, PageRequest<NotePosition> request) {
    return new NotePageQuery(
        filter.category().map(CategoryId::value).orElse(null),
        filter.uncategorizedOnly(),
        filter.textContains().map(LikePattern::escape).orElse(null),
        filter.textContains().filter(LikePattern::hasSigma).isPresent(),
        request.after().map(NotePosition::createdAt).orElse(null),
        request.after().map(after -> after.id().value()).orElse(null),
        null,
        null,
        request.limit() + 1);
  }

  /** The same search, reading no note older than {@code stop} (which it still reads). */
  NotePageQuery stoppingAt(NotePosition stop) {
    return new NotePageQuery(
        categoryId,
        uncategorizedOnly,
        textContains,
        foldSigma,
        afterCreatedAt,
        afterId,
        stop.createdAt(),
        stop.id().value(),
        fetch);
  }

  /** Where this list's {@code maxNotesRead}-th note after the cursor is, and whether any follow. */
  NoteSearchStopQuery searchStop(int maxNotesRead) {
    return new NoteSearchStopQuery(
        categoryId, uncategorizedOnly, afterCreatedAt, afterId, maxNotesRead - 1);
  }
}
