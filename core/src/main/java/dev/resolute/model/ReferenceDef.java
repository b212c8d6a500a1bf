package dev.resolute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference that is not a citation of another document: a paragraph of the same text, a pinpoint
 * inside an instrument, or a treaty named in running text. Kept apart from {@link Citation}s, as
 * the conventions ask.
 */
@Value.Immutable
abstract class ReferenceDef {
  /** What is referred to. */
  public abstract ReferenceKind kind();

  /**
   * What it points at: for an internal reference the location of the paragraph
   * ({@code operative:33}); for a pinpoint the part ({@code article 14, paragraph 2}); for a treaty
   * mention its canonical identifier ({@code I-39574}).
   */
  public abstract String target();

  /** For a treaty mention, the instrument's name in the gazetteer; for a pinpoint, the instrument as printed. */
  public abstract Optional<String> instrument();

  /** The exact text: {@code input.substring(span.start, span.end)}. */
  public abstract String text();

  /** Where the text stands in the input. */
  public abstract Span span();

  /** Where the reference stands in the resolution, as for citations. */
  public abstract String location();

  @Value.Check
  final void check() {
    Checks.notBlank("Reference", "target", target());
    Checks.notBlank("Reference", "location", location());
    if (text().length() != span().length()) {
      throw InvalidValueException.of("Reference", "text", text(),
          "has " + text().length() + " characters but its span " + span() + " covers " + span().length());
    }
  }
}
