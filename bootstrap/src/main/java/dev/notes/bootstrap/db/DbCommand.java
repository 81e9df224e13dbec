package dev.notes.bootstrap.db;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands of {@code java -jar notes.jar db ...}. */
enum DbCommand {
  MIGRATE("migrate"),
  INFO("info"),
  DROP("drop");

  private final String word;

  DbCommand(String word) {
    this.word = word;
  }

  String word() {
    return word;
  }

  /**
   * The command named by the first word; any other word must be {@code --yes}, and only for drop.
   */
  static Optional<DbCommand> parse(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Optional<DbCommand> command =
        Arrays.stream(values()).filter(each -> each.word.equals(words.get(0))).findFirst();
    List<String> options = words.subList(1, words.size());
    boolean optionsFit =
        options.isEmpty() || (command.orElse(null) == DROP && options.equals(List.of("--yes")));
    return optionsFit ? command : Optional.empty();
  }
}
