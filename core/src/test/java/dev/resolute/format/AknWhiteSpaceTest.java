package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The white space the reader evens out in the markup's text, and the writer reads back alike: ASCII
 * white space and the no-break space, one definition for both.
 */
class AknWhiteSpaceTest {

  @Test
  void eachRunOfAsciiWhiteSpaceOrNoBreakSpacesIsReadAsOneSpace() {
    assertEquals("Recalling its resolution 46/152",
        AknReader.normalize("Recalling \t its\u00a0\u00a0resolution\n\r\u000b\f46/152"));
  }

  @Test
  void theTextIsStrippedOfWhiteSpaceAtBothEnds() {
    assertEquals("Recalling", AknReader.normalize(" \n\u00a0Recalling\u00a0\t "));
    assertEquals("", AknReader.normalize(" \u00a0\n"));
  }

  @Test
  void otherWhiteSpaceInsideTheTextIsKeptAsPrinted() {
    // an ideographic or thin space inside a line is the text's own character
    assertEquals("大会\u3000决议 a\u2009b", AknReader.normalize("大会\u3000决议 a\u2009b"));
  }

  @Test
  void theWriterReadsTheSameCharactersAsWhiteSpace() {
    for (char c : " \t\n\u000b\f\r\u00a0".toCharArray()) {
      assertTrue(AknReader.isNormalizedSpace(c), Integer.toHexString(c));
    }
    for (char c : "\u3000\u2009\u2028x".toCharArray()) {
      assertFalse(AknReader.isNormalizedSpace(c), Integer.toHexString(c));
    }
  }
}
