package dev.resolute.cite;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import dev.resolute.model.TreatyReference;
import dev.resolute.symbol.DocumentSymbol;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor needs to know about the text a piece comes from: its language, the body whose
 * text it is ("its resolution" is that body's), the document's own symbol (never a citation of
 * itself), where the piece stands ({@code preamble:3}, {@code footnote:2}, ...), and, for a
 * footnote, the treaty reference of the footnote before it (what {@code Ibid.} refers to).
 *
 * @param language the language of the text
 * @param ownBody the body whose text this is
 * @param ownSymbol the document's own symbol, where known
 * @param location the location written into each citation
 * @param previousTreaty the treaty reference an {@code Ibid.} points back to
 */
public record CitationContext(Language language, Body ownBody, Optional<DocumentSymbol> ownSymbol, String location,
    Optional<TreatyReference> previousTreaty) {
  /**
   * Checks the fields.
   *
   * @param language the language of the text
   * @param ownBody the body whose text this is
   * @param ownSymbol the document's own symbol
   * @param location the location of the piece
   * @param previousTreaty the treaty reference an Ibid. points back to
   */
  public CitationContext {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(ownBody, "ownBody");
    Objects.requireNonNull(ownSymbol, "ownSymbol");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(previousTreaty, "previousTreaty");
  }

  /**
   * A context for a piece of text of a body, with no own symbol and no Ibid. chain.
   *
   * @param language the language
   * @param ownBody the body whose text this is
   * @param location the location to write into citations
   * @return the context
   */
  public static CitationContext of(Language language, Body ownBody, String location) {
    return new CitationContext(language, ownBody, Optional.empty(), location, Optional.empty());
  }

  /**
   * The same context at another location, with the treaty an Ibid. there points back to.
   *
   * @param location the location
   * @param previous the previous footnote's treaty reference
   * @return the context
   */
  public CitationContext at(String location, Optional<TreatyReference> previous) {
    return new CitationContext(language, ownBody, ownSymbol, location, previous);
  }

  /**
   * The same context with the document's own symbol.
   *
   * @param symbol the own symbol
   * @return the context
   */
  public CitationContext withOwnSymbol(Optional<DocumentSymbol> symbol) {
    return new CitationContext(language, ownBody, symbol, location, previousTreaty);
  }
}
