package dev.notes.adapter.persistence;

import java.time.Instant;

/**
 * The parameters of the statement that finds where a bounded search stops: the same notes as the
 * list (category or uncategorized, after the cursor), and how many of them to skip to reach the
 * last one that the search may read.
 */
record NoteSearchStopQuery(
    Long categoryId, boolean uncategorizedOnly, Instant afterCreatedAt, Long afterId, int offset) {}
