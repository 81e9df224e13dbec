package dev.notes.bootstrap.db;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a db command in-process and keeps what it printed and its exit code. */
record DbCommandOutput(int exitCode, String out, String err) {

  static DbCommandOutput run(String databaseUrl, String... words) {
    return run(List.of("--spring.datasource.url=" + databaseUrl), words);
  }

  /** {@code springArgs}: {@code --spring.datasource.*=...} as an operator would pass them. */
  static DbCommandOutput run(List<String> springArgs, String... words) {
    List<String> args = new ArrayList<>(List.of("db"));
    args.addAll(List.of(words));
    args.addAll(springArgs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode =
        DbCommandLine.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new DbCommandOutput(
        exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
