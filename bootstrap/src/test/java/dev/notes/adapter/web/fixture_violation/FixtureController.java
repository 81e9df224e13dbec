package dev.notes.adapter.web.fixture_violation;

/** A stand-in for a controller, for the wrong classes to point at. */
public class FixtureController {}
