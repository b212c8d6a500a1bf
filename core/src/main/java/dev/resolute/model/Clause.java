package dev.resolute.model;

import java.util.List;

/**
 * A paragraph of a resolution: a {@link PreambularClause} or an {@link OperativeClause}.
 */
public interface Clause {
  /**
   * The lead phrase as the UN italicises it ({@code Réaffirmant}, {@code Prie également}), without
   * the number; empty where the paragraph has none.
   *
   * @return the lead phrase
   */
  String lead();

  /**
   * The text a reader sees, lead phrase included: page furniture and footnote markers removed,
   * lines joined, runs of white space as one space.
   *
   * @return the clause text
   */
  String text();

  /**
   * Where the clause stands in the input, number and furniture inside it included.
   *
   * @return the span
   */
  Span span();

  /**
   * The footnote markers of the clause, each at its exact position in the input.
   *
   * @return the references in order
   */
  List<FootnoteRef> footnoteRefs();
}
