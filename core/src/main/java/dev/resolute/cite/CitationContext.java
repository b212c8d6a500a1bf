package dev.resolute.cite;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import dev.resolute.model.TreatyReference;
import dev.resolute.symbol.DocumentSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor needs to know about the text a piece comes from: its language, the body whose
 * text it is ("its resolution" is that body's), the document's own symbol (never a citation of
 * itself), where the piece stands ({@code preamble:3}, {@code footnote:2}, ...), and, for a
 * footnote, the treaty reference of the footnote before it (what {@code Ibid.} refers to), and the
 * years of the Security Council resolutions the document cited before the piece: a Council
 * resolution printed later without its year ("resolution 2391", after "resolution 2391 (2017)") is
 * dated by them; and the bodies the document named before the piece, which it may name again by a
 * short name ("Conference resolution 6/1" after "the Conference of the States Parties to the United
 * Nations Convention against Corruption" in an earlier paragraph).
 *
 * @param language the language of the text
 * @param ownBody the body whose text this is
 * @param ownSymbol the document's own symbol, where known
 * @param location the location written into each citation
 * @param previousTreaty the treaty reference an {@code Ibid.} points back to
 * @param councilYears the year of each Security Council resolution number cited before, with its year
 * @param namedBefore the acronyms of the bodies named before, each once, the last named last
 */
public record CitationContext(Language language, Body ownBody, Optional<DocumentSymbol> ownSymbol, String location,
    Optional<TreatyReference> previousTreaty, Map<Integer, Integer> councilYears, List<String> namedBefore) {
  /** The most bodies named before that a context keeps (the last named): a short name refers to a recent one. */
  private static final int NAMED_BEFORE_KEPT = 32;

  /**
   * Checks the fields.
   *
   * @param language the language of the text
   * @param ownBody the body whose text this is
   * @param ownSymbol the document's own symbol
   * @param location the location of the piece
   * @param previousTreaty the treaty reference an Ibid. points back to
   * @param councilYears the years of Council resolution numbers cited before
   * @param namedBefore the acronyms of the bodies named before
   */
  public CitationContext {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(ownBody, "ownBody");
    Objects.requireNonNull(ownSymbol, "ownSymbol");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(previousTreaty, "previousTreaty");
    councilYears = Map.copyOf(councilYears);
    namedBefore = List.copyOf(namedBefore);
  }

  /**
   * A context with no bodies named before it.
   *
   * @param language the language of the text
   * @param ownBody the body whose text this is
   * @param ownSymbol the document's own symbol
   * @param location the location of the piece
   * @param previousTreaty the treaty reference an Ibid. points back to
   * @param councilYears the years of Council resolution numbers cited before
   */
  public CitationContext(Language language, Body ownBody, Optional<DocumentSymbol> ownSymbol, String location,
      Optional<TreatyReference> previousTreaty, Map<Integer, Integer> councilYears) {
    this(language, ownBody, ownSymbol, location, previousTreaty, councilYears, List.of());
  }

  /**
   * A context with no Council resolutions cited before it.
   *
   * @param language the language of the text
   * @param ownBody the body whose text this is
   * @param ownSymbol the document's own symbol
   * @param location the location of the piece
   * @param previousTreaty the treaty reference an Ibid. points back to
   */
  public CitationContext(Language language, Body ownBody, Optional<DocumentSymbol> ownSymbol, String location,
      Optional<TreatyReference> previousTreaty) {
    this(language, ownBody, ownSymbol, location, previousTreaty, Map.of(), List.of());
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
    return new CitationContext(language, ownBody, ownSymbol, location, previous, councilYears, namedBefore);
  }

  /**
   * The same context for a text that speaks with another body's voice: a draft the document quotes
   * for that body to adopt ("Recommends to the General Assembly the adoption of the following draft
   * resolution: The General Assembly, … Recalling its resolution 415 (V)"), whose "its" is the
   * other body's.
   *
   * @param body the body that speaks
   * @return the context
   */
  public CitationContext withOwnBody(Body body) {
    return new CitationContext(language, body, ownSymbol, location, previousTreaty, councilYears, namedBefore);
  }

  /**
   * The same context with the document's own symbol.
   *
   * @param symbol the own symbol
   * @return the context
   */
  public CitationContext withOwnSymbol(Optional<DocumentSymbol> symbol) {
    return new CitationContext(language, ownBody, symbol, location, previousTreaty, councilYears, namedBefore);
  }

  /**
   * The same context after the document cited these too: the years of its Security Council
   * resolutions ({@code S/RES/2391(2017)}) date the numbers it prints later without them. A number
   * cited with two different years (a misprint in one) dates nothing. Returns this context where
   * the citations add nothing, so that a document's paragraphs are read in linear time.
   *
   * @param cited citations found before the piece, in any order
   * @return the context
   */
  public CitationContext withCitedBefore(Iterable<Citation> cited) {
    Map<Integer, Integer> years = null;
    for (Citation c : cited) {
      int[] dated = c.kind() == CitationKind.SC_RESOLUTION ? councilNumberAndYear(c.canonical()) : null;
      if (dated == null) {
        continue;
      }
      Integer known = (years == null ? councilYears : years).get(dated[0]);
      if (known != null && (known == dated[1] || known == 0)) {
        continue;
      }
      if (years == null) {
        years = new HashMap<>(councilYears);
      }
      addCouncilYear(dated, years);
    }
    return years == null ? this : new CitationContext(language, ownBody, ownSymbol, location, previousTreaty, years, namedBefore);
  }

  /**
   * The same context after a piece of the document was read: its citations date later Council
   * numbers ({@link #withCitedBefore}), and the bodies it names may be named again by a short name.
   *
   * @param found what the extractor found in the piece
   * @return the context
   */
  public CitationContext after(Extraction found) {
    return withCitedBefore(found.citations()).withNamedBefore(found.bodiesNamed());
  }

  /**
   * The same context after the document named these bodies too (by acronym, in order): the last
   * named last, each once, the last {@value #NAMED_BEFORE_KEPT} kept. Returns this context where
   * none is given.
   *
   * @param acronyms the acronyms of the bodies named, in order
   * @return the context
   */
  public CitationContext withNamedBefore(List<String> acronyms) {
    if (acronyms.isEmpty() || namedBefore.size() >= acronyms.size()
        && namedBefore.subList(namedBefore.size() - acronyms.size(), namedBefore.size()).equals(acronyms)) {
      return this;
    }
    List<String> named = eachOnceLastNamedLast(namedBefore, acronyms);
    List<String> kept = named.subList(Math.max(0, named.size() - NAMED_BEFORE_KEPT), named.size());
    return new CitationContext(language, ownBody, ownSymbol, location, previousTreaty, councilYears, kept);
  }
  /**
   * The acronyms of {@code earlier}, then of {@code later}, each once where it was named last: what
   * a document named, in the order a short name looks back over it.
   */
  static List<String> eachOnceLastNamedLast(List<String> earlier, List<String> later) {
    List<String> named = new ArrayList<>(earlier);
    for (String acronym : later) {
      named.remove(acronym);
      named.add(acronym);
    }
    return named;
  }


  /** Adds a number and its year; a number seen with two years maps to 0. */
  private static void addCouncilYear(int[] dated, Map<Integer, Integer> years) {
    years.merge(dated[0], dated[1], (a, b) -> a.equals(b) ? a : 0);
  }

  /** The number and year of a canonical {@code S/RES/N(YYYY)}, or null for another form. */
  private static int[] councilNumberAndYear(String canonical) {
    int open = canonical.indexOf('(');
    if (!canonical.startsWith("S/RES/") || open < 7 || open > 15 || !canonical.endsWith(")") || canonical.length() - open != 6) {
      return null; // no number of more than nine digits either: none is the Council's
    }
    // read by hand, as the digits are checked: every Council citation of a text is read so
    int number = 0;
    int year = 0;
    for (int i = 6; i < canonical.length() - 1; i++) {
      if (i == open) {
        continue;
      }
      int digit = Character.digit(canonical.charAt(i), 10);
      if (digit < 0) {
        return null; // S/RES/161A(1961) and the like: not dated by number alone
      }
      if (i < open) {
        number = number * 10 + digit;
      } else {
        year = year * 10 + digit;
      }
    }
    return new int[] {number, year};
  }
}
