package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.text.ResolutionParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sections of a parsed text read back from its Akoma Ntoso as the parser made them: the
 * paragraphs before the first heading under none, and a headed section whose numbering opens at 1
 * after an unnumbered paragraph as a section, though no number goes back.
 */
class AknSectionsRoundTripTest {

  private static List<String> locations(Resolution r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.operative().size(); i++) {
      out.add(r.operativeLocation(i));
    }
    return out;
  }

  private static Resolution roundTrip(Resolution r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    return AkomaNtoso.read(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Parses the text, checks its operative locations, and checks that they read back alike. */
  private static void readsBackAs(String text, List<String> expected) throws Exception {
    Resolution r = ResolutionParser.create().parse(text, Language.EN).resolution();
    assertEquals(expected, locations(r));
    assertEquals(expected, locations(roundTrip(r)));
  }

  @Test
  void paragraphsBeforeTheFirstHeadingReadBackUnderNone() throws Exception {
    // the shape of S/RES/161 (1961): part A printed without its letter, then "B", numbered from 1 again
    readsBackAs("The Security Council,\n\nHaving considered the situation,\n\n"
        + "1. Urges that all measures be taken;\n\n2. Calls upon all States to act.\n\nB\n\n"
        + "The Security Council,\n\nNoting the report,\n\n1. Urges the convening of the Parliament;\n\n"
        + "2. Decides to remain seized of the matter.\n",
        List.of("operative:1", "operative:2", "operative:B.1", "operative:B.2"));
  }

  @Test
  void aHeadedSectionOpeningAtOneAfterAnUnnumberedParagraphReadsBackAsASection() throws Exception {
    // the shape of S/RES/47 (1948): an unnumbered paragraph, then "A." 1-2 and "C." 3, never going back
    readsBackAs("The Security Council,\n\nNoting the situation,\n\n"
        + "Recommends to the Governments the following measures:\n\nA. Restoration of peace and order\n\n"
        + "1. The Government should withdraw its forces;\n\n2. The Government should report.\n\n"
        + "C. General provisions\n\n3. The Commission should report.\n",
        List.of("operative:#1", "operative:A.1", "operative:A.2", "operative:C.3"));
  }
}
