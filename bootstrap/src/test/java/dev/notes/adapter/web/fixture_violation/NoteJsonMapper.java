package dev.notes.adapter.web.fixture_violation;

/** Wrong on purpose (rule 8d): a JSON translator named like a MyBatis mapper. */
public final class NoteJsonMapper {}
