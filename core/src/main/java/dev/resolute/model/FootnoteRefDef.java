package dev.resolute.model;

import org.immutables.value.Value;

/**
 * A footnote marker in the text of a clause: {@code 1} in {@code afférents1}, {@code 3} in
 * {@code 20063}. The marker is not part of the clause text; its span is exact.
 */
@Value.Immutable
abstract class FootnoteRefDef {
  /** The marker as printed, e.g. {@code 3}. */
  @Value.Parameter
  public abstract String marker();

  /** The marker's characters in the input. */
  @Value.Parameter
  public abstract Span span();

  @Value.Check
  final void check() {
    Checks.notBlank("FootnoteRef", "marker", marker());
  }
}
