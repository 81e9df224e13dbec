package dev.notes.bootstrap.db;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands of {@code java -jar notes.jar db ...}. */
enum DbCommand {
  MIGRATE("migrate"),
  INFO("info"),
  REPAIR("repair"),
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

  /** What is wrong with words that {@link #parse} refuses, in one line for the operator. */
  static String misuse(List<String> words) {
    if (words.isEmpty()) {
      return "no command given";
    }
    Optional<DbCommand> command =
        Arrays.stream(values()).filter(each -> each.word.equals(words.get(0))).findFirst();
    if (command.isEmpty()) {
      return "unknown command '" + words.get(0) + "'";
    }
    List<String> extra = words.subList(1, words.size());
    return command.get() == DROP
        ? "drop takes only --yes, not " + String.join(" ", extra)
        : command.get().word + " takes no arguments, not " + String.join(" ", extra);
  }
}
