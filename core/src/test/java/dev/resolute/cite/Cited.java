package dev.resolute.cite;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;

/**
 * What the extractor finds in a test's text, in the language given and for the body whose text it
 * is: one helper for the citation tests. The location given is a footnote's; no finding depends
 * on it.
 */
final class Cited {
  private Cited() {}

  static List<Citation> in(String text, Language language, Body own) {
    return CitationExtractor.create().extract(text, CitationContext.of(language, own, "footnote:1")).citations();
  }

  /** Each citation's canonical form, in text order. */
  static List<String> canonicals(String text, Language language, Body own) {
    return in(text, language, own).stream().map(Citation::canonical).toList();
  }

  /** Each citation's canonical form and its date, or "-": {@code A/RES/65/232 2010-12-21}. */
  static List<String> withDates(String text, Language language, Body own) {
    return in(text, language, own).stream().map(c -> c.canonical() + " " + c.date().map(Object::toString).orElse("-")).toList();
  }

  /** What the extractor finds in an Assembly text whose document named these bodies (acronyms) in earlier pieces. */
  static List<Citation> afterNaming(List<String> named, String text, Language language) {
    return CitationExtractor.create().extract(text, CitationContext.of(language, Body.GA, "footnote:1").withNamedBefore(named))
        .citations();
  }

  /**
   * The canonical forms cited by a footnote that follows another (what its {@code Ibid.} points
   * back to), in text order.
   */
  static List<String> inNoteAfter(String previousNote, String note, Language language) {
    CitationExtractor extractor = CitationExtractor.create();
    CitationContext context = CitationContext.of(language, Body.GA, "footnote:1");
    Extraction before = extractor.extract(previousNote, context);
    return extractor.extract(note, context.at("footnote:2", before.lastTreaty())).citations().stream()
        .map(Citation::canonical).toList();
  }

  /** Each citation's canonical form and the text it was read from: {@code S/PV.1969 «1969th meeting»}. */
  static List<String> withTexts(String text, Language language, Body own) {
    return in(text, language, own).stream().map(c -> c.canonical() + " «" + c.text() + "»").toList();
  }
}
