package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import dev.resolute.testkit.PdfText.Furniture;
import dev.resolute.text.ResolutionParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PdfText puts the same kinds of page furniture in the same places as the real PDF text: the seed
 * (a French draft) and {@code corpus/S_RES_1445_2002.en.txt}, each parsed and laid out again. A
 * text is read as a sequence of furniture events, each with where it stands: the running header at
 * the top of a page, the page number glued to the job number, the job number with its language
 * letter closing the first page, the rule and the notes at the foot of a page, markers glued to
 * words, years and numbers.
 */
class PdfTextFurnitureTest {
  private static final Pattern JOB_WITH_LETTER = Pattern.compile("\\d{2}-\\d{5}\\s*\\([A-Z]\\)");
  private static final Pattern PAGE_AND_JOB = Pattern.compile("\\d{1,3}\\d{2}-\\d{5}");
  private static final Pattern RULE = Pattern.compile("_{10,}");
  private static final Pattern NOTE = Pattern.compile("\\d{1,3}\\s+\\S.*");

  @Test
  void theSeedsFurnitureComesBackInItsPlaces() throws IOException {
    String root = System.getProperty("resolute.root");
    assumeTrue(root != null, "skipped: resolute.root is not set (run through Maven)");
    // the seed's extractor gave neither form feeds nor the first page's job number
    assertSameFurniture(Files.readString(Paths.get(root, "seeds", "A_C.3_66_L.15.fr.txt"), StandardCharsets.UTF_8),
        Language.FR, PdfText.standard().furniture(Furniture.PAGE_AND_JOB_NUMBER));
  }

  @Test
  void securityCouncilResolution1445sFurnitureComesBackInItsPlaces() throws IOException {
    Path file = SharedData.require("corpus/S_RES_1445_2002.en.txt");
    // a 2002 Security Council resolution: no page numbers, a form feed between pages
    assertSameFurniture(Files.readString(file, StandardCharsets.UTF_8), Language.EN,
        PdfText.standard().furniture(Furniture.FORM_FEEDS, Furniture.FIRST_PAGE_JOB_NUMBER));
  }

  private static void assertSameFurniture(String real, Language language, PdfText renderer) {
    Resolution parsed = ResolutionParser.create().parse(real, language).resolution();
    String rendered = renderer.render(parsed);
    String symbol = parsed.symbol().orElseThrow().canonical();
    Set<String> expected = furniture(real, symbol);
    Set<String> actual = furniture(rendered, symbol);
    assertTrue(expected.size() >= 3, () -> "the real text shows its furniture: " + expected);
    assertEquals(expected, actual, () -> "furniture of the rendering:\n" + rendered);
  }

  /** The kinds of furniture of a text, each with its place. */
  static Set<String> furniture(String text, String symbol) {
    Set<String> out = new TreeSet<>();
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int page = 1;
    boolean topOfPage = false;
    boolean inNotes = false;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.startsWith("\f")) {
        out.add("form feed before a page");
        page++;
        topOfPage = true;
        raw = raw.substring(1);
      }
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.replace(" ", "").equals(symbol) && i > 3) {
        boolean top = topOfPage || inNotes || previousIsFooter(lines, i) || nextIsPageAndJob(lines, i);
        out.add("running header" + (top ? " at the top of a page" : " inside a page"));
        topOfPage = true;
        inNotes = false;
        continue;
      }
      if (JOB_WITH_LETTER.matcher(line).matches()) {
        out.add("job number with language letter" + (page == 1 ? " closing the first page" : " later"));
        inNotes = false;
        topOfPage = true;
        continue;
      }
      if (PAGE_AND_JOB.matcher(line).matches()) {
        out.add("page number glued to job number" + (topOfPage ? " under the running header" : " elsewhere"));
        continue;
      }
      if (RULE.matcher(line).matches()) {
        out.add("rule");
        inNotes = true;
        continue;
      }
      if (inNotes && NOTE.matcher(line).matches()) {
        out.add("notes under the rule");
        continue;
      }
      topOfPage = false;
      if (!inNotes) {
        glued(line, out);
      }
    }
    return out;
  }

  private static boolean nextIsPageAndJob(List<String> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      if (!line.isEmpty()) {
        return PAGE_AND_JOB.matcher(line).matches();
      }
    }
    return false;
  }

  private static boolean previousIsFooter(List<String> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String line = lines.get(k).strip();
      if (!line.isEmpty()) {
        return JOB_WITH_LETTER.matcher(line).matches();
      }
    }
    return false;
  }

  /** Markers glued to a word ("afférents1"), a year ("20063") or a slashed number ("65/23211"). */
  private static void glued(String line, Set<String> out) {
    if (Pattern.compile("\\p{L}{3,}\\d{1,2}(?=[\\s,.;:]|$)").matcher(line).find()) {
      out.add("marker glued to a word");
    }
    if (Pattern.compile("\\b(?:19|20)\\d{2}\\d{1,2}\\b").matcher(line).find()) {
      out.add("marker glued to a year");
    }
  }
}
