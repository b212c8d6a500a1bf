package dev.resolute.cite;

import com.google.common.collect.ImmutableList;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Reference;
import dev.resolute.model.TreatyReference;
import java.util.List;
import java.util.Optional;

/**
 * What the extractor found in a piece of text: the citations in order, and warnings with their
 * positions (an {@code Ibid.} with nothing to point back to, a volume the gazetteer does not list
 * for a registration).
 *
 * @param citations the citations, spans into the text given
 * @param references internal references, pinpoints and treaty mentions, spans into the text given
 * @param warnings what looked wrong, each with a position in the text
 * @param bodiesNamed the acronyms of the bodies the text names ({@code CAC-COSP}, {@code CHR}), each
 *     once, in the order of their last naming: what a later piece of the same document may name by
 *     a short name ("Conference resolution 6/1"; see {@link CitationContext#after})
 */
public record Extraction(List<Citation> citations, List<Reference> references, List<Warning> warnings,
    List<String> bodiesNamed) {
  /**
   * A warning at a position.
   *
   * @param position a {@code String} index into the text
   * @param message what looked wrong
   */
  public record Warning(int position, String message) {}

  /**
   * Copies the lists.
   *
   * @param citations the citations
   * @param references the other references
   * @param warnings the warnings
   * @param bodiesNamed the acronyms of the bodies named
   */
  public Extraction {
    citations = ImmutableList.copyOf(citations);
    references = ImmutableList.copyOf(references);
    warnings = ImmutableList.copyOf(warnings);
    bodiesNamed = ImmutableList.copyOf(bodiesNamed);
  }

  /**
   * What was found in a text that names no body.
   *
   * @param citations the citations
   * @param references the other references
   * @param warnings the warnings
   */
  public Extraction(List<Citation> citations, List<Reference> references, List<Warning> warnings) {
    this(citations, references, warnings, List.of());
  }

  /**
   * The last treaty reference found, what an {@code Ibid.} in the next footnote points back to.
   *
   * @return the reference, or empty
   */
  public Optional<TreatyReference> lastTreaty() {
    for (int i = citations.size() - 1; i >= 0; i--) {
      if (citations.get(i).kind() == CitationKind.TREATY) {
        return citations.get(i).treaty();
      }
    }
    return Optional.empty();
  }
}
