package dev.resolute.text;

import java.util.Objects;

/**
 * Something the parser noticed about its input: {@code footnote 4 has no anchor},
 * {@code operative paragraph 7 missing}.
 *
 * @param severity how much it matters
 * @param position a {@code String} index into the input
 * @param message what was noticed
 */
public record Diagnostic(Severity severity, int position, String message) {
  /** How much a diagnostic matters. */
  public enum Severity {
    /** Worth knowing; the result is complete. */
    INFO,
    /** Part of the input may be misread. */
    WARNING,
    /** Part of the input could not be read. */
    ERROR
  }

  /**
   * Checks the fields.
   *
   * @param severity how much it matters
   * @param position where
   * @param message what
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return severity + " at " + position + ": " + message;
  }
}
