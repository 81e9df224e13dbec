package dev.notes.bootstrap.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: Maven runs them from a module's directory. */
final class RepositoryRoot {

  private RepositoryRoot() {}

  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no directory holding mvnw and docs/ above " + Path.of("").toAbsolutePath());
  }
}
