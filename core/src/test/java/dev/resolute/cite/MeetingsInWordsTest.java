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

  @Test
  void aListOfMeetingsGivesEachMeetingByItsOwnOrdinal() {
    // S/RES/127 (1958), footnote 2
    assertEquals(List.of("S/PV.787 «787th»", "S/PV.788 «788th meetings»"),
        cite("See Official Records of the Security Council, Twelfth Year,\n787th and 788th meetings.", Language.EN));
    assertEquals(List.of("S/PV.1583 «1583e»", "S/PV.1585 «1585e»", "S/PV.1594 «1594e séances»"),
        cite("Voir Documents officiels du Conseil de sécurité, vingt-sixième année, 1583e, 1585e et 1594e séances.", Language.FR));
  }

  @Test
  void aCouncilTextNamesItsOwnEarlierMeetingsInWords() {
    // S/RES/227 (1966), S/RES/194 (1964), S/RES/355 (1974)
    assertEquals(List.of("S/PV.1301 «1301st meeting»"),
        cite("Confirming the consensus approved at its 1301st meeting, on 29 September 1966,", Language.EN));
    assertEquals(List.of("S/PV.1143 «1143rd meeting»"),
        cite("the consensus expressed by the President at the 1143rd meeting, on 11 August 1964;", Language.EN));
    assertEquals(List.of("S/PV.1788 «1788th meeting»"),
        cite("Taking note of the Secretary-General’s statement\nmade at the 1788th meeting of the Security Council,", Language.EN));
  }

  @Test
  void anIbidFootnoteOfACouncilTextNamesAMeeting() {
    // S/RES/395 (1976), footnotes 55 and 56
    assertEquals(List.of("S/PV.1949 «1949th meeting»"), cite("55 Ibid., Thirty-first Year, 1949th meeting.", Language.EN));
  }

  @Test
  void anotherBodysMeetingStaysSilent() {
    // S/RES/74 (1949), S/RES/77 (1949): the Atomic Energy Commission's meetings
    assertEquals(List.of(), cite("two resolutions adopted at\nthe 24th meeting of the Commission on 29 July 1949", Language.EN));
    assertEquals(List.of(), cite("the plan of work adopted by the Commission at its 13th meeting on\n12 August 1948", Language.EN));
    assertEquals(List.of(), cite("la résolution adoptée à la 24e séance de la Commission", Language.FR));
  }

  @Test
  void theOwnAdoptionStaysSilentOnItsLineUnderTheTitleAsInOldPrints() {
    // S/RES/1325 (2000) as the corpus prints its first lines; S/RES/3 (1946) and 15 (1946)
    assertEquals(List.of(),
        cite("Distr.: General\n31 October 2000\nAdopted by the Security Council at its 4213th meeting, on31 October 2000", Language.EN));
    assertEquals(List.of(), cite("as the first item on the agenda.\n\nAdopted at the 30th meeting by 9 votes (Australia, ...).", Language.EN));
    assertEquals(List.of(), cite("in these areas.\n\nAdopted unanimously at the\n87th meeting.", Language.EN));
    assertEquals(List.of(), cite("Aprobada por el Consejo de Seguridad en su 9586ª sesión, celebrada el 25 de marzo de 2024", Language.ES));
  }

  @Test
  void anotherResolutionsAdoptionMeetingIsCited() {
    // S/RES/65 (1948): "adopted" inside the sentence is that resolution's
    assertEquals(List.of("S/RES/30(1947) «30 (1947)»", "S/PV.194 «194th meeting»"),
        cite("paragraph 5 of its resolution 30 (1947),\nadopted on 25 August 1947, at the 194th meeting of\nthe Council, to send", Language.EN));
  }

  @Test
  void anAssemblyTextsMeetingInWordsNeedsTheCouncilsRecords() {
    assertEquals(List.of(), Cited.withTexts("Confirming the consensus approved at its 1301st meeting,", Language.EN, Body.GA));
  }
}
