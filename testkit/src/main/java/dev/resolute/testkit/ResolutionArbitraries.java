package dev.resolute.testkit;

import dev.resolute.model.Actor;
import dev.resolute.model.Annex;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.symbol.DocumentSymbol;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Static factories of jqwik arbitraries for Resolute's model, valid by construction and shrinking
 * towards small, plain examples.
 *
 * <pre>{@code
 * @Property
 * void linksAreStable(@ForAll("symbols") DocumentSymbol symbol) { ... }
 *
 * @Provide
 * Arbitrary<DocumentSymbol> symbols() {
 *   return ResolutionArbitraries.symbols();
 * }
 * }</pre>
 */
public final class ResolutionArbitraries {
  private ResolutionArbitraries() {}

  /**
   * Document symbols of every shape: GA, SC, ECOSOC and HRC resolutions and decisions (with part
   * letters, roman sessions, special and emergency sessions), documents with suffixes and
   * parenthetical parts, meeting records, drafts, subsidiary bodies and joint symbols.
   *
   * @return valid symbols
   */
  public static Arbitrary<DocumentSymbol> symbols() {
    return printedSymbols().map(DocumentSymbol::parse);
  }

  /**
   * Symbols of resolutions of the General Assembly, the Security Council, ECOSOC and the Human
   * Rights Council.
   *
   * @return valid resolution symbols
   */
  public static Arbitrary<DocumentSymbol> resolutionSymbols() {
    return SymbolShapes.resolutions().map(DocumentSymbol::parse);
  }

  /**
   * Symbols as they are printed, in the UN's own typography: {@code S/RES/1373 (2001)},
   * {@code A/RES/2200 A (XXI)}, {@code A/CONF.157/24 (Part I)}.
   *
   * @return printed symbols
   */
  public static Arbitrary<String> printedSymbols() {
    return SymbolShapes.any();
  }

  /**
   * Symbols as careless hands write them: random case, no-break or doubled spaces where a space
   * may stand, spaces dropped. Each parses to the same symbol as its clean form.
   *
   * @return pairs of a clean printed symbol and a variant of it
   */
  public static Arbitrary<String[]> printedSymbolVariants() {
    return Combinators.combine(printedSymbols(), Arbitraries.randoms())
        .as((clean, random) -> new String[] {clean, vary(clean, random)});
  }

  /**
   * Resolutions in any language: symbol, body, title, formula, preambular and operative paragraphs
   * with lead phrases from the parser's tables, subparagraphs, headings, footnotes with anchors,
   * citations of every kind, treaty references from the gazetteer, references, actors and annexes.
   * Shrinks towards fewer paragraphs, footnotes and citations.
   *
   * @return valid resolutions
   */
  public static Arbitrary<Resolution> resolutions() {
    return Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::resolutions);
  }

  /**
   * Resolutions in one language.
   *
   * @param language the language
   * @return valid resolutions
   */
  public static Arbitrary<Resolution> resolutions(Language language) {
    return resolutions(language, 12);
  }

  /**
   * Resolutions in one language, with up to {@code maxParagraphs} preambular and as many operative
   * paragraphs (at least one operative paragraph).
   *
   * @param language the language
   * @param maxParagraphs the largest number of paragraphs of each part
   * @return valid resolutions
   */
  public static Arbitrary<Resolution> resolutions(Language language, int maxParagraphs) {
    return resolutions(language, null, maxParagraphs);
  }

  /**
   * Resolutions of one body in one language: its enacting formula, its symbols, up to
   * {@code maxParagraphs} preambular and as many operative paragraphs (at least one operative).
   *
   * @param language the language
   * @param body the body ({@link Body#GA_C3} for Third Committee drafts)
   * @param maxParagraphs the largest number of paragraphs of each part
   * @return valid resolutions
   */
  public static Arbitrary<Resolution> resolutions(Language language, Body body, int maxParagraphs) {
    // every resolution decides something: at least one operative paragraph
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, maxParagraphs),
            Arbitraries.integers().between(1, Math.max(1, maxParagraphs)), Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 12))
        .as((seed, preamble, operative, footnotes, citations) ->
            new ModelGenerator(seed, language, body).resolution(preamble, operative, footnotes, citations));
  }

  /**
   * Subparagraphs in one language's numbering, some with subparagraphs of their own.
   *
   * @param language the language
   * @return valid subparagraphs
   */
  public static Arbitrary<Subparagraph> subparagraphs(Language language) {
    return Arbitraries.longs().map(seed -> new ModelGenerator(seed, language).subparagraph());
  }

  /**
   * Section headings of an operative part ({@code B. Follow-up}).
   *
   * @return valid headings
   */
  public static Arbitrary<SectionHeading> headings() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).heading());
  }

  /**
   * Footnotes: a marker and a text.
   *
   * @return valid footnotes
   */
  public static Arbitrary<Footnote> footnotes() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).footnote());
  }

  /**
   * Footnote references: a marker and the span of its digits.
   *
   * @return valid footnote references
   */
  public static Arbitrary<FootnoteRef> footnoteRefs() {
    return Arbitraries.longs().map(seed -> new ModelGenerator(seed, Language.EN).footnoteRef());
  }

  /**
   * Instruments of the treaty gazetteer: volume, short name, depositary chapter.
   *
   * @return valid treaty instruments
   */
  public static Arbitrary<TreatyInstrument> treatyInstruments() {
    return Arbitraries.longs().map(seed -> new ModelGenerator(seed, Language.EN).instrument());
  }

  /**
   * References to another paragraph ({@code paragraph 12 above}), worded in a language.
   *
   * @return valid references
   */
  public static Arbitrary<Reference> references() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).reference());
  }

  /**
   * Annexes, headed as the language heads them.
   *
   * @return valid annexes
   */
  public static Arbitrary<Annex> annexes() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).annex());
  }

  /**
   * Citations of every kind (GA, SC, ECOSOC and HRC resolutions, decisions, documents, meeting
   * records, treaties from the gazetteer), each spanning its own text from offset 0.
   *
   * @return valid citations
   */
  public static Arbitrary<Citation> citations() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).citation("preamble:1"));
  }

  /**
   * Treaty Series references from the gazetteer.
   *
   * @return valid treaty references
   */
  public static Arbitrary<TreatyReference> treatyReferences() {
    return Arbitraries.longs().map(seed -> new ModelGenerator(seed, Language.EN).treaty());
  }

  /**
   * Actors.
   *
   * @return valid actors
   */
  public static Arbitrary<Actor> actors() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(Language.values()))
        .as((seed, language) -> new ModelGenerator(seed, language).actor());
  }

  /**
   * Preambular paragraphs in one language, with lead phrases from the parser's tables.
   *
   * @param language the language
   * @return valid preambular clauses
   */
  public static Arbitrary<PreambularClause> preambularClauses(Language language) {
    return Arbitraries.longs().map(seed -> new ModelGenerator(seed, language).preambular());
  }

  /**
   * Operative paragraphs in one language, with subparagraphs.
   *
   * @param language the language
   * @return valid operative clauses
   */
  public static Arbitrary<OperativeClause> operativeClauses(Language language) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 60))
        .as((seed, number) -> new ModelGenerator(seed, language).operative(String.valueOf(number), null));
  }

  /**
   * Spans.
   *
   * @return valid spans
   */
  public static Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 10_000))
        .as((start, length) -> Span.of(start, start + length));
  }

  private static String vary(String clean, java.util.Random random) {
    StringBuilder out = new StringBuilder(clean.length() + 4);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == ' ') {
        int choice = random.nextInt(4);
        out.append(choice == 0 ? "" : choice == 1 ? "\u00a0" : choice == 2 ? "  " : " ");
      } else if (Character.isLetter(c) && random.nextInt(5) == 0) {
        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
