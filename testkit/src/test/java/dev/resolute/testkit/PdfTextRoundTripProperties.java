package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Citation;
import dev.resolute.model.Clause;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import dev.resolute.testing.Lossless;
import dev.resolute.text.ParseResult;
import dev.resolute.text.ResolutionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * parse(render(r)) has the structure and citations of r: laid out as PDF text in each language
 * (pages, wrapping, hyphens, footnote blocks, glued markers), a generated resolution parses back to
 * the same paragraphs, leads, numbers, texts, footnotes, markers and citations.
 */
class PdfTextRoundTripProperties {
  private static final ResolutionParser PARSER = ResolutionParser.create();

  @Property
  void englishParsesBackFromItsPdfText(@ForAll("english") Rendered r) {
    assertParsesBack(r);
  }

  @Property
  void frenchParsesBackFromItsPdfText(@ForAll("french") Rendered r) {
    assertParsesBack(r);
  }

  @Property
  void spanishParsesBackFromItsPdfText(@ForAll("spanish") Rendered r) {
    assertParsesBack(r);
  }

  @Property
  void russianParsesBackFromItsPdfText(@ForAll("russian") Rendered r) {
    assertParsesBack(r);
  }

  @Property
  void arabicParsesBackFromItsPdfText(@ForAll("arabic") Rendered r) {
    assertParsesBack(r);
  }

  @Property
  void chineseParsesBackFromItsPdfText(@ForAll("chinese") Rendered r) {
    assertParsesBack(r);
  }

  /**
   * With OCR-like slips the text is no longer the resolution's, but the parser still accounts for
   * every character, and finds most operative paragraphs again.
   */
  @Property
  void noChineseLineOpensWithClosingPunctuation(@ForAll("chinese") Rendered r) {
    // Chinese typesetting keeps "，" "。" "；" … on the line they close (A/RES/75/253 C: a line opening
    // with "，4" read the paragraph before it as a heading)
    for (String line : r.text().split("\n")) {
      String content = line.strip();
      assertTrue(content.isEmpty() || "，。；：、）」』》”！？".indexOf(content.charAt(0)) < 0, () -> "line: " + line);
    }
  }

  @Property
  void noisyPdfTextParsesWithoutLoss(@ForAll("noisy") Rendered rendered) {
    String text = rendered.text();
    ParseResult result = PARSER.parse(text, rendered.resolution().language());
    Lossless.assertAccountsForEveryCharacter(result, text);
    int found = result.resolution().operative().size();
    Statistics.label("operative paragraphs found").collect(
        found == rendered.resolution().operative().size() ? "all" : found == 0 ? "none" : "some");
  }

  @Provide
  Arbitrary<Rendered> noisy() {
    return Combinators.combine(ResolutionArbitraries.resolutions(), Arbitraries.doubles().between(0.001, 0.05).ofScale(3),
            Arbitraries.longs())
        .as((r, noise, seed) -> new Rendered(r, PdfText.standard().noise(noise).seed(seed).render(r)));
  }

  @Provide
  Arbitrary<Rendered> english() {
    return rendered(Language.EN);
  }

  @Provide
  Arbitrary<Rendered> french() {
    return rendered(Language.FR);
  }

  @Provide
  Arbitrary<Rendered> spanish() {
    return rendered(Language.ES);
  }

  @Provide
  Arbitrary<Rendered> russian() {
    return rendered(Language.RU);
  }

  @Provide
  Arbitrary<Rendered> arabic() {
    return rendered(Language.AR);
  }

  @Provide
  Arbitrary<Rendered> chinese() {
    return rendered(Language.ZH);
  }

  /** A resolution and its text, so that a failure shows both. */
  record Rendered(Resolution resolution, String text) {
    @Override
    public String toString() {
      return describe(resolution) + "\n---- rendered ----\n" + text;
    }
  }

  private static Arbitrary<Rendered> rendered(Language language) {
    return Combinators.combine(ResolutionArbitraries.resolutions(language), Arbitraries.integers().between(40, 100),
            Arbitraries.integers().between(14, 60), Arbitraries.longs())
        .as((r, width, length, seed) -> new Rendered(r,
            PdfText.standard().lineWidth(width).pageLength(length).seed(seed).render(r)));
  }

  private static void assertParsesBack(Rendered rendered) {
    Resolution r = rendered.resolution();
    long pages = rendered.text().chars().filter(c -> c == '\f').count() + 1;
    Statistics.label("pages").collect(pages > 2 ? "3+" : pages == 2 ? "2" : "1");
    Statistics.label("footnotes").collect(r.footnotes().isEmpty() ? "none" : r.footnotes().size() < 4 ? "1-3" : "4+");
    Statistics.label("citations").collect(r.citations().isEmpty() ? "none" : r.citations().size() < 6 ? "1-5" : "6+");
    Statistics.label("hyphenated line ends").collect(rendered.text().matches("(?s).*\\p{L}-\n\\p{Ll}.*") ? "some" : "none");
    Resolution parsed = PARSER.parse(rendered.text(), r.language()).resolution();
    assertEquals(describe(r), describe(parsed), rendered::text);
  }

  /** Everything the text carries, spans and white space aside. */
  static String describe(Resolution r) {
    List<String> out = new ArrayList<>();
    out.add("symbol " + r.symbol().map(Object::toString).orElse("-"));
    for (Clause c : r.preamble()) {
      out.add("preamble [" + c.lead() + "] " + squeeze(c.text()) + markers(c.footnoteRefs()));
    }
    for (OperativeClause c : r.operative()) {
      out.add("operative " + c.section().map(s -> s + ".").orElse("") + c.number().orElse("#") + " [" + c.lead() + "] "
          + squeeze(c.text()) + markers(c.footnoteRefs()));
      subparagraphs(out, c.subparagraphs(), "  ");
    }
    r.footnotes().forEach(f -> out.add("footnote " + f.marker() + " " + squeeze(f.text())));
    r.citations().stream()
        .map(c -> "citation " + c.location() + " " + c.kind() + " " + c.canonical() + c.date().map(d -> " " + d).orElse(""))
        .sorted().forEach(out::add);
    return String.join("\n", out);
  }

  private static void subparagraphs(List<String> out, List<Subparagraph> subs, String indent) {
    for (Subparagraph s : subs) {
      out.add(indent + s.number() + ") " + squeeze(s.text()));
      subparagraphs(out, s.subparagraphs(), indent + "  ");
    }
  }

  private static String markers(List<FootnoteRef> refs) {
    return refs.isEmpty() ? "" : " " + refs.stream().map(FootnoteRef::marker).collect(Collectors.joining(",", "{", "}"));
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

}
