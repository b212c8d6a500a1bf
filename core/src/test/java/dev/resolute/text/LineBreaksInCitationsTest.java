package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations are found in a clause's text as it reads (its lines joined, markers left out, words
 * broken by a line end whole again), and their spans are places in the input.
 */
class LineBreaksInCitationsTest {

  private static final String FORMULA = "The Security Council,\n\n";
  private static final String CLOSING = "\n\n1. Decides to remain seized of the matter.\n";

  @Test
  void aNumberAndItsSessionOnTwoLinesAreOneCitation() {
    // printed so in S/RES/288 (1970): "resolution 1514⏎(XV) of 14 December 1960"
    String input = FORMULA + "Bearing in mind the objectives of General Assembly resolution 1514\n(XV) of 14 December 1960;"
        + CLOSING;
    Resolution r = Parsed.resolution(input, Language.EN);
    Citation c = r.citations().get(0);
    assertEquals("A/RES/1514(XV)", c.canonical());
    assertEquals("1514\n(XV)", c.text());
  }

  @Test
  void aCitationsSpanIsItsPlaceInTheInputAfterCollapsedSpacesMarkersAndABrokenWord() {
    String input = FORMULA + "  Recalling   the resolu-\n  tion1 of the General Assembly,\tin particular\n"
        + "  resolution 65/232 of 21 December 2010,\n\n1. Decides to remain seized of the matter.\n"
        + "__________________\n 1 Note one.\n";
    Resolution r = Parsed.resolution(input, Language.EN);
    List<Citation> cited = r.citations();
    assertEquals(List.of("A/RES/65/232"), cited.stream().map(Citation::canonical).toList());
    Citation c = cited.get(0);
    assertEquals(input.indexOf("65/232"), c.span().start());
    assertEquals("65/232", input.substring(c.span().start(), c.span().end()));
  }
}
