package dev.resolute.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A lettered or numbered subparagraph of an operative paragraph: {@code (a)}, {@code a)},
 * {@code (i)}, nested to any depth.
 */
@Value.Immutable
abstract class SubparagraphDef {
  /** The number without brackets: {@code a}, {@code ii}, {@code 3}. */
  public abstract String number();

  /** The text a reader sees. */
  public abstract String text();

  /** Where the subparagraph stands in the input, number included. */
  public abstract Span span();

  /** Nested subparagraphs, in order. */
  public abstract List<Subparagraph> subparagraphs();

  /** Footnote markers in this subparagraph's own text (not in nested ones). */
  public abstract List<FootnoteRef> footnoteRefs();

  /**
   * A subparagraph without nesting or footnotes.
   *
   * @param number {@code a}
   * @param text its text
   * @param span where it stands
   * @return the subparagraph
   */
  public static Subparagraph of(String number, String text, Span span) {
    return Subparagraph.builder().number(number).text(text).span(span).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Subparagraph", "number", number());
    Checks.ordered("Subparagraph", "subparagraphs", subparagraphs(), Subparagraph::span);
    Checks.within("Subparagraph", "subparagraphs", subparagraphs(), Subparagraph::span, span());
    Checks.within("Subparagraph", "footnoteRefs", footnoteRefs(), FootnoteRef::span, span());
  }
}
