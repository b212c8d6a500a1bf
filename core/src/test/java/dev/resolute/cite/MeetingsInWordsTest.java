package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Council meeting named in words in its Official Records is its verbatim record; the own adoption meeting is not. */
class MeetingsInWordsTest {

  private static List<String> cite(String text, Language language) {
    return Cited.withTexts(text, language, Body.SC);
  }

  @Test
  void officialRecordsMeetingIsTheVerbatimRecord() {
    assertEquals(List.of("S/PV.1969 «1969th meeting»"),
        cite("See Official Records of the Security Council, Thirty-first Year, 1969th meeting.", Language.EN));
  }

  @Test
  void frenchOfficialRecordsMeetingToo() {
    assertEquals(List.of("S/PV.1969 «1969e séance»"),
        cite("Voir Documents officiels du Conseil de sécurité, trente et unième année, 1969e séance.", Language.FR));
  }

  @Test
  void theDocumentsOwnAdoptionMeetingStaysSilent() {
    assertEquals(List.of(), cite("Adopted by the Security Council at its 4385th meeting, on 28 September 2001", Language.EN));
  }

  @Test
  void citationsHoldExactText() {
    for (Citation c : CitationExtractor.create().extract("Official Records of the Security Council, 1969th meeting",
        CitationContext.of(Language.EN, Body.SC, "footnote:1")).citations()) {
      assertEquals(c.text(), "Official Records of the Security Council, 1969th meeting".substring(c.span().start(), c.span().end()));
    }
  }
}
