package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.testing.Lossless;
import org.junit.jupiter.api.Test;

/** Characters a reader does not see, as the UN's files carry them (A/RES/75/124: a left-to-right mark). */
class InvisibleCharactersTest {

  @Test
  void aDirectionMarkAfterTheFinalCommaStillEndsTheClause() {
    String text = "The General Assembly,\n\nHighlighting the synergies of the Agenda,\u200e\n\n"
        + "Noting with appreciation the hosting by the Government of Poland,\n\n1. Decides to remain seized.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.EN);
    Lossless.assertAccountsForEveryCharacter(result, text);
    Resolution r = result.resolution();
    assertEquals(2, r.preamble().size(), r.preamble().toString());
    assertEquals("Noting with appreciation", r.preamble().get(1).lead());
  }
}
