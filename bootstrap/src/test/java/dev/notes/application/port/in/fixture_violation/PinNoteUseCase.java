package dev.notes.application.port.in.fixture_violation;

/** Wrong on purpose (rule 8a): a use case that is a class, not an interface. */
public class PinNoteUseCase {}
