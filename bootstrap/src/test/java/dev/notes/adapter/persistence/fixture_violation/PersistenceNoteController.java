package dev.notes.adapter.persistence.fixture_violation;

/** Wrong on purpose (rule 8b): a class named like a controller outside the web adapter. */
public final class PersistenceNoteController {}
