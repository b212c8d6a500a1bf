package dev.resolute.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of the operative part: its printed number (absent for a single unnumbered
 * paragraph), the heading of the section it stands in where numbering restarts under headings,
 * its lead phrase, text and nested subparagraphs.
 */
@Value.Immutable
abstract class OperativeClauseDef implements Clause {
  /** The printed number without its punctuation, e.g. {@code 12}. */
  public abstract Optional<String> number();

  /** The label of the section heading it stands under ({@code A}, {@code B}), where there is one. */
  public abstract Optional<String> section();

  @Override
  public abstract String lead();

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** Subparagraphs, in order. */
  public abstract List<Subparagraph> subparagraphs();

  @Override
  public abstract List<FootnoteRef> footnoteRefs();

  /**
   * A numbered clause without footnotes or subparagraphs.
   *
   * @param number the printed number
   * @param lead the lead phrase
   * @param text the text
   * @param span where it stands
   * @return the clause
   */
  public static OperativeClause of(String number, String lead, String text, Span span) {
    return OperativeClause.builder().number(number).lead(lead).text(text).span(span).build();
  }

  @Value.Check
  final void check() {
    Checks.optionalNotBlank("OperativeClause", "number", number());
    Checks.optionalNotBlank("OperativeClause", "section", section());
    InvalidValueException.check(
        text().startsWith(lead()), "OperativeClause", "lead", lead(), "does not open the text");
    Checks.ordered("OperativeClause", "subparagraphs", subparagraphs(), Subparagraph::span);
    Checks.within("OperativeClause", "subparagraphs", subparagraphs(), Subparagraph::span, span());
    Checks.within("OperativeClause", "footnoteRefs", footnoteRefs(), FootnoteRef::span, span());
  }
}
