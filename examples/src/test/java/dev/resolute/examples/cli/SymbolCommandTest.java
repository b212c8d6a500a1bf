package dev.resolute.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SymbolCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ResoluteCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void printsOneJsonLinePerSymbol() {
    assertEquals(0, run("symbol", "S/RES/1373 (2001)", "A/C.3/66/L.15"));
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].contains("\"canonical\":\"S/RES/1373(2001)\""), lines[0]);
    assertTrue(lines[1].contains("\"body\":\"GA-C3\""), lines[1]);
  }

  @Test
  void badSymbolExitsWithOneAndNamesThePositionWhileOthersAreStillPrinted() {
    assertEquals(1, run("symbol", "A/RES9/9", "A/RES/65/232"));
    assertTrue(err.toString().contains("position 5"), err.toString());
    assertTrue(out.toString().contains("A/RES/65/232"), out.toString());
  }

  @Test
  void unusableArgumentsExitWithTwo() {
    assertEquals(2, run("symbol", "--lang", "de", "A/RES/65/232"));
    assertEquals(2, run("no-such-command"));
  }
}
