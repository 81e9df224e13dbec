package dev.notes.adapter.persistence.fixture_violation;

/** A stand-in for a row of the persistence adapter, for a wrong controller to return. */
public final class StoredNote {}
