package dev.resolute.model;

import org.immutables.value.Value;

/**
 * A heading inside the operative part ({@code A. Strengthening ...}), under which paragraph
 * numbering may restart. Headings are not paragraphs.
 */
@Value.Immutable
abstract class SectionHeadingDef {
  /** The label without its punctuation: {@code A}, {@code II}; empty for an unlabelled heading. */
  public abstract String label();

  /** The heading's text. */
  public abstract String text();

  /** Where the heading stands in the input. */
  public abstract Span span();

  /** The index (0-based) of the first operative paragraph under this heading. */
  public abstract int firstOperative();

  @Value.Check
  final void check() {
    InvalidValueException.check(
        firstOperative() >= 0, "SectionHeading", "firstOperative", firstOperative(), "must not be negative");
  }
}
