package dev.resolute.testkit;

import static dev.resolute.testing.UnxmlParts.count;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.testing.KnownIssues;
import dev.resolute.testing.SharedData;
import dev.resolute.testing.UnxmlParts;
import dev.resolute.text.ResolutionParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The parser over all of {@code unxml/} (but the files KNOWN_ISSUES names as not well-formed or not
 * valid), rendered as plain text by {@link AknText} and, read by the
 * AKN reader, as PDF text by {@link PdfText}: the counts of preambular and operative paragraphs and
 * footnotes equal those the test takes from the markup by XPath, per language.
 */
class UnxmlParseTest {

  @Test
  void parsedCountsEqualTheMarkupInEveryLanguage() throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    XPath xpath = XPathFactory.newInstance().newXPath();
    Map<Language, int[]> counts = new EnumMap<>(Language.class);
    Map<String, List<String>> failures = new TreeMap<>();
    Map<String, List<String>> pdfFailures = new TreeMap<>();
    Set<String> defective = KnownIssues.defectiveFiles();
    List<String> excluded = new ArrayList<>();
    for (Path path : SharedData.files("unxml", ".xml")) {
      if (defective.contains(path.getFileName().toString())) {
        excluded.add(path.getFileName().toString());
        continue; // markup KNOWN_ISSUES names as not well-formed or not valid
      }
      Document dom;
      try {
        dom = dbf.newDocumentBuilder().parse(path.toFile());
      } catch (org.xml.sax.SAXException notWellFormed) {
        continue;
      }
      Language marked = Language.of((String) xpath.evaluate("string(//FRBRExpression/FRBRlanguage/@language)", dom,
          XPathConstants.STRING));
      // a collection of resolutions (A/RES/75/101 A-B, 75/254 A-C): each of them counted on its own
      UnxmlParts parts = UnxmlParts.of(xpath, dom);
      int preamble = parts.preamble(xpath);
      int operative = 0;
      for (Node part : parts.roots()) {
        operative += operative(xpath, part, parts.scope());
      }
      int notes = count(xpath, dom, "count(//authorialNote[not(@marker = preceding::authorialNote/@marker)])");
      String text;
      try (InputStream in = Files.newInputStream(path)) {
        text = AknText.render(in);
      } catch (IOException e) {
        continue;
      }
      // KNOWN_ISSUES: take the language from the text and FRBRlanguage (75_274_C is Chinese text
      // marked es): a script the text is mostly written in overrides the marked language
      Language language = scriptOf(text).orElse(marked);
      Resolution r = ResolutionParser.create().parse(text, language).resolution();
      int[] c = counts.computeIfAbsent(language, l -> new int[4]);
      c[0]++;
      String cause = cause(r, preamble, operative, notes);
      if (cause == null) {
        c[1]++;
      } else {
        failures.computeIfAbsent(language.code() + " " + cause.replaceAll("\\d+", "#"), k -> new ArrayList<>())
            .add(path.getFileName() + ": " + cause);
      }
      // the same document as a PDF extractor gives it: read by the AKN reader, laid out by PdfText
      Resolution read;
      try (InputStream in = Files.newInputStream(path)) {
        read = AkomaNtoso.read(in);
      } catch (IOException | RuntimeException unreadable) {
        continue;
      }
      String pdf = PdfText.standard().seed(path.getFileName().toString().hashCode()).render(read);
      Resolution fromPdf = ResolutionParser.create().parse(pdf, language).resolution();
      c[2]++;
      String pdfCause = cause(fromPdf, preamble, operative, notes);
      if (pdfCause == null) {
        c[3]++;
      } else {
        pdfFailures.computeIfAbsent(language.code() + " " + pdfCause.replaceAll("\\d+", "#"), k -> new ArrayList<>())
            .add(path.getFileName() + ": " + pdfCause);
      }
    }
    StringBuilder report = new StringBuilder("left out, named by KNOWN_ISSUES as not well-formed or not valid: "
        + excluded + "\n");
    boolean pass = true;
    for (Map.Entry<Language, int[]> e : counts.entrySet()) {
      double ratio = (double) e.getValue()[1] / e.getValue()[0];
      pass &= ratio >= MINIMUM;
      double pdfRatio = (double) e.getValue()[3] / Math.max(1, e.getValue()[2]);
      pass &= pdfRatio >= PDF_MINIMUM;
      report.append(String.format(Locale.ROOT, "%s: %d of %d files parse to the markup's counts (%.4f); as PDF text %d of %d (%.4f)%n",
          e.getKey().code(), e.getValue()[1], e.getValue()[0], ratio, e.getValue()[3], e.getValue()[2], pdfRatio));
    }
    failures.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(30)
        .forEach(e -> report.append(String.format(Locale.ROOT, "  %d × %s%n", e.getValue().size(),
            e.getValue().subList(0, Math.min(Integer.getInteger("unxml.list", 3), e.getValue().size())))));
    report.append("as PDF text:\n");
    pdfFailures.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).limit(20)
        .forEach(e -> report.append(String.format(Locale.ROOT, "  %d × %s%n", e.getValue().size(),
            e.getValue().subList(0, Math.min(Integer.getInteger("unxml.list", 3), e.getValue().size())))));
    System.out.print(report);
    assertTrue(pass, report.toString());
  }

  /** Chinese, Arabic or Russian where most of the text's letters are in that script. */
  private static java.util.Optional<Language> scriptOf(String text) {
    int latin = 0;
    int han = 0;
    int arabic = 0;
    int cyrillic = 0;
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
      han += script == Character.UnicodeScript.HAN ? 1 : 0;
      arabic += script == Character.UnicodeScript.ARABIC ? 1 : 0;
      cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
    }
    return han > latin ? java.util.Optional.of(Language.ZH) : arabic > latin ? java.util.Optional.of(Language.AR)
        : cyrillic > latin ? java.util.Optional.of(Language.RU) : java.util.Optional.empty();
  }

  private static String cause(Resolution r, int preamble, int operative, int notes) {
    return r.preamble().size() != preamble ? "preamble " + r.preamble().size() + " ≠ " + preamble
        : r.operative().size() != operative ? "operative " + r.operative().size() + " ≠ " + operative
        : r.footnotes().size() != notes ? "footnotes " + r.footnotes().size() + " ≠ " + notes : null;
  }

  /** The issue's target, 0.98 per language, held on both renderings. */
  private static final double MINIMUM = 0.98;

  /**
   * The same on the PDF-like rendering (0.984 to 0.996 measured). A collection of resolutions
   * rendered from the model lacks its parts' own formulas and closing lines (the model keeps one
   * enacting formula): A/RES/75/254 A-C fails for that in most languages.
   */
  private static final double PDF_MINIMUM = 0.98;

  /**
   * Numbered paragraphs: a {@code <num>} that is a number, or (Arabic) a number opening the text;
   * the markup also writes subparagraphs (a), (b) as paragraphs, with or without a {@code <num>}, and,
   * in Chinese, headings that open with a year as paragraphs ("2019年7月1日至2020年6月30日期间预算执行
   * 情况报告", A/RES/75/294): a number opening the text is followed by a full stop, a dash or a space.
   */
  private static int operative(XPath xpath, Node part, String scope) throws Exception {
    // (the text read without the bidirectional marks Arabic paragraphs may open with: "‏19 - تحيط علما")
    String body = ".//mainBody" + scope + "[not(ancestor::attachments)]";
    int operative = count(xpath, part,
        "count(" + body + "//paragraph[not(ancestor::paragraph)]"
            + "[(num and translate(substring(normalize-space(num), 1, 1), '0123456789', '') = '')"
            + " or (not(num) and translate(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 1), '0123456789', '') = ''"
            + " and contains('.- –', substring(translate(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 8),"
            + " '0123456789', ''), 1, 1)))])")
        // and an unnumbered paragraph that opens the operative part before its numbered ones, with an
        // operative lead ("Resolves that:", "Adopts the following declaration:", A/RES/75/256, 75/1)
        + count(xpath, part, "count(" + body
            // (not one whose number opens its text, as Arabic writes it: "1 - تهيب بالدول الأعضاء …:")
            + "/*[1][self::paragraph][not(num)]"
            + "[translate(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 1), '0123456789', '') != '']"
            + "[following-sibling::paragraph[num"
            + " or translate(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 1), '0123456789', '') = '']]"
            // the colon, full-width in Chinese ("通过以下宣言：")
            + "[string-length(normalize-space(translate(string(.), '\u200f\u200e\u061c', ''))) > 0 and contains(':：',"
            + " substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), string-length(normalize-space(translate(string(.), '\u200f\u200e\u061c', ''))), 1))])");
    if (operative == 0) {
      // single unnumbered operative paragraphs (A/RES/77/5, ECOSOC recommendations of a draft), but
      // not their subparagraphs written as paragraphs ("(a) To cooperate …", "a) Cooperar …", A/RES/75/101 A)
      operative = count(xpath, part, "count(" + body + "//paragraph[not(ancestor::paragraph)]"
          + "[not(num)][not(contains(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 6), ')'))]"
          + "[not(contains(substring(normalize-space(translate(string(.), '\u200f\u200e\u061c', '')), 1, 6), '）'))])");
    }
    return operative;
  }

}
