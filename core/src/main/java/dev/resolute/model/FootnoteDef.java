package dev.resolute.model;

import org.immutables.value.Value;

/** A footnote: its marker and its text, as printed in a footnote block. */
@Value.Immutable
abstract class FootnoteDef {
  /** The marker, e.g. {@code 1}; unique within a resolution. */
  @Value.Parameter
  public abstract String marker();

  /** The footnote's text, lines joined. */
  @Value.Parameter
  public abstract String text();

  /** Where the footnote stands in the input, marker included. */
  @Value.Parameter
  public abstract Span span();

  @Value.Check
  final void check() {
    Checks.notBlank("Footnote", "marker", marker());
  }
}
