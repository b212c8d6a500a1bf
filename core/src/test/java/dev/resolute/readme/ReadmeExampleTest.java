package dev.resolute.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resolute.cite.CitationContext;
import dev.resolute.cite.CitationExtractor;
import dev.resolute.cite.Extraction;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Span;
import dev.resolute.symbol.DocumentSymbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The usage examples of README.md compile and run: they are the bodies of {@link #example()} and
 * {@link #citationsExample}, verbatim.
 */
class ReadmeExampleTest {

  private static String example() {
    // README example start
    DocumentSymbol symbol = DocumentSymbol.parse("S/RES/1373 (2001)");
    System.out.println(symbol.canonical());            // S/RES/1373(2001)
    System.out.println(symbol.undocsUrl(Language.FR)); // https://undocs.org/fr/S/RES/1373(2001)
    Resolution resolution = Resolution.builder()
        .symbol(symbol).body(Body.SC).language(Language.EN)
        .enactingFormula("The Security Council,")
        .addPreamble(PreambularClause.of("Reaffirming", "Reaffirming its resolution 1269 (1999),", Span.of(22, 61)))
        .addOperative(OperativeClause.of("1", "Decides", "Decides that all States shall …", Span.of(63, 96)))
        .build();
    System.out.println(resolution.operativeLocation(0)); // operative:1
    // README example end
    return symbol.canonical() + " " + resolution.operativeLocation(0);
  }

  private static List<Citation> citationsExample(List<String> pieces) {
    // README citations example start
    CitationExtractor extractor = CitationExtractor.create();
    CitationContext context = CitationContext.of(Language.EN, Body.GA, "preamble:1");
    List<Citation> citations = new ArrayList<>();
    for (String piece : pieces) {
      Extraction found = extractor.extract(piece, context);
      citations.addAll(found.citations());
      context = context.after(found);
    }
    // README citations example end
    return citations;
  }

  @Test
  void citationsExampleReadsADocumentPieceByPiece() {
    List<String> pieces = List.of("Recalling the resolutions of the Conference of the States Parties to the United Nations "
        + "Convention against Corruption,", "Recalling also Conference resolution 6/1 of 6 November 2015 and resolution 2391 (2017),",
        "Recalling paragraph 13 of resolution 2391,");
    assertEquals(List.of("CAC-COSP:6/1", "S/RES/2391(2017)", "S/RES/2391(2017)"),
        citationsExample(pieces).stream().map(Citation::canonical).toList());
  }

  @Test
  void exampleRuns() {
    assertEquals("S/RES/1373(2001) operative:1", example());
  }

  @Test
  void readmeShowsThisExampleVerbatim() throws Exception {
    String root = System.getProperty("resolute.root");
    assumeTrue(root != null, "skipped: resolute.root is not set (run through Maven)");
    Path source = Paths.get(root, "core/src/test/java/dev/resolute/readme/ReadmeExampleTest.java");
    Matcher m = Pattern.compile("// README example start\\n(.*?)\\n\\s*// README example end", Pattern.DOTALL)
        .matcher(Files.readString(source));
    assertTrue(m.find());
    String readme = Files.readString(Paths.get(root, "README.md"));
    for (String line : m.group(1).split("\n")) {
      assertTrue(readme.contains(line.strip()), "README.md lacks the example line: " + line.strip());
    }
    Matcher citations = Pattern.compile("// README citations example start\\n(.*?)\\n\\s*// README citations example end",
        Pattern.DOTALL).matcher(Files.readString(source));
    assertTrue(citations.find());
    for (String line : citations.group(1).split("\n")) {
      assertTrue(readme.contains(line.strip()), "README.md lacks the citations example line: " + line.strip());
    }
  }
}
