package dev.resolute.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Span;
import dev.resolute.symbol.DocumentSymbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The usage example of README.md compiles and runs: it is the body of {@link #example()}, verbatim. */
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
  }
}
