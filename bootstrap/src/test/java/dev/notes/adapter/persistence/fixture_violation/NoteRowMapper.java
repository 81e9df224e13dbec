package dev.notes.adapter.persistence.fixture_violation;

/** Wrong on purpose (rule 8d): a plain translator in persistence named like a MyBatis mapper. */
public final class NoteRowMapper {}
