package dev.resolute.model;

import java.util.List;
import org.immutables.value.Value;

/** A paragraph of the preamble, e.g. {@code Réaffirmant ses résolutions 46/152 ...}. */
@Value.Immutable
abstract class PreambularClauseDef implements Clause {
  @Override
  public abstract String lead();

  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  @Override
  public abstract List<FootnoteRef> footnoteRefs();

  /**
   * A clause without footnotes.
   *
   * @param lead the lead phrase
   * @param text the text
   * @param span where it stands
   * @return the clause
   */
  public static PreambularClause of(String lead, String text, Span span) {
    return PreambularClause.builder().lead(lead).text(text).span(span).build();
  }

  @Value.Check
  final void check() {
    InvalidValueException.check(
        text().startsWith(lead()), "PreambularClause", "lead", lead(), "does not open the text");
    Checks.ordered("PreambularClause", "footnoteRefs", footnoteRefs(), FootnoteRef::span);
    Checks.within("PreambularClause", "footnoteRefs", footnoteRefs(), FootnoteRef::span, span());
  }
}
