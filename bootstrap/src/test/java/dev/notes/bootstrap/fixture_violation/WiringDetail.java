package dev.notes.bootstrap.fixture_violation;

/** A stand-in for something of bootstrap's, for a wrong class to point at. */
public final class WiringDetail {}
