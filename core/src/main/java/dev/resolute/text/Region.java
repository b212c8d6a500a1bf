package dev.resolute.text;

import dev.resolute.model.Span;
import java.util.Objects;

/**
 * A stretch of the input and what it is. The regions of a parse cover the input exactly, in order.
 *
 * @param kind what the characters are
 * @param span where they are
 */
public record Region(RegionKind kind, Span span) {
  /**
   * Checks the fields.
   *
   * @param kind what the characters are
   * @param span where they are
   */
  public Region {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
