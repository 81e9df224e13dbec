package dev.notes.domain.fixture_violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wrong on purpose (rule 2b): a domain class that reads a file itself. */
public final class DomainReadingFiles {

  public String stopWords(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
