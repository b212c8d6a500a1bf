package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Large and degenerate inputs finish: the parser has no backtracking trap. (How fast, and how time
 * grows from 1 MB to 10 MB, is measured with JMH in benchmarks/, not asserted here.)
 */
class LargeInputTest {

  private static void parsesLosslessly(String input) {
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ResolutionParser.create().parse(input));
    assertEquals(input.length(), result.regions().get(result.regions().size() - 1).span().end());
  }

  @Test
  void tenMegabytesOfSlashedOnesOnOneLine() {
    parsesLosslessly("1/".repeat(5_000_000));
  }

  @Test
  void tenMegabytesOfASymbolAlone() {
    parsesLosslessly("A/" + "1/".repeat(5_000_000));
  }

  @Test
  void aMillionShortLinesOfDigits() {
    parsesLosslessly("12345\n".repeat(1_000_000));
  }

  @Test
  void aMillionNumberedParagraphs() {
    StringBuilder text = new StringBuilder("The General Assembly,\n\n");
    for (int i = 1; i <= 200_000; i++) {
      text.append(i % 1000 + 1).append(". Decides;\n\n");
    }
    parsesLosslessly(text.toString());
  }

  @Test
  void aHundredThousandFootnoteRulesAndMarkers() {
    parsesLosslessly("afférents1 20063 65/23211\n__________________\n 1  Ibid.\n".repeat(100_000));
  }

  @Test
  void unbalancedParenthesesAndMarkers() {
    parsesLosslessly("((((((((((" .repeat(100_000) + "1)" + "2006".repeat(100_000));
  }

  @Test
  void numbersGluedToIdeographsWhileANoteIsAwaited() {
    // every "字2" may be note 2 while note 1 is awaited: the look-ahead for "1" must not rescan
    StringBuilder text = new StringBuilder("大会，\n\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("回顾目标2和目标2以及字2，").append(i % 50 == 0 ? "\n\n" : "");
    }
    text.append("\n\n__________________\n1 注一。\n2 注二。\n");
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ResolutionParser.create().parse(text.toString(), dev.resolute.model.Language.ZH));
    assertEquals(text.length(), result.regions().get(result.regions().size() - 1).span().end());
  }
}
