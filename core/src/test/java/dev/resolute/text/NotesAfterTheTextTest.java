package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Citation;
import dev.resolute.model.Clause;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Notes as volumes of resolutions print them (crunsc/, the Council's resolutions of 1946–1976): after
 * the adoption line, with no rule above them, numbered on through the volume, their markers standing
 * apart from the words.
 */
class NotesAfterTheTextTest {

  /** S/RES/59 (1948) as crunsc/ gives it, shortened. */
  private static final String COUNCIL_1948 = "59 (1948). Resolution of 19 October 1948\n[S/1045]\n\n"
      + "The Security Council,\n\n"
      + "Having in mind the report of the Acting Mediator concerning the assassination, 35 the report\n"
      + "concerning the truce, 36 and the report of the Truce Commission, 37\n\n"
      + "1. Requests the Governments concerned to report to the Security Council ;\n\n"
      + "2. Reminds the Governments that all the obligations are to be discharged.\n\n"
      + "Adopted at the 367th meeting. 38\n\n\n\n"
      + "35 Official Records of the Security Council, Third Year,\nSupplement for October 1948, document S/1018.\n"
      + "36 [bid., document S/1022.\n37 Ibid., document S/1023.\n"
      + "38 In the absence of any objection, the President stated\nthat the draft resolution was adopted unanimously.\n";

  private static List<String> markers(Resolution r) {
    return r.footnotes().stream().map(Footnote::marker).toList();
  }

  private static List<String> refs(Resolution r) {
    return Stream.concat(r.preamble().stream(), r.operative().stream()).map(Clause.class::cast)
        .flatMap(c -> c.footnoteRefs().stream()).map(FootnoteRef::marker).toList();
  }

  @Test
  void notesPrintedAfterTheAdoptionLineAreTheTextsFootnotes() {
    Resolution r = Parsed.resolution(COUNCIL_1948, Language.EN);
    assertEquals(List.of("35", "36", "37", "38"), markers(r));
    assertEquals("Official Records of the Security Council, Third Year, Supplement for October 1948, document S/1018.",
        r.footnotes().get(0).text());
    assertEquals(2, r.operative().size());
  }

  @Test
  void theirCitationsAreCitedInTheirNotes() {
    Resolution r = Parsed.resolution(COUNCIL_1948, Language.EN);
    assertEquals(List.of("S/1018 footnote:35", "S/1022 footnote:36", "S/1023 footnote:37"),
        r.citations().stream().filter(c -> c.location().startsWith("footnote"))
            .map(c -> c.canonical() + " " + c.location()).toList());
  }

  @Test
  void theirMarkersStandApartAfterPunctuation() {
    Resolution r = Parsed.resolution(COUNCIL_1948, Language.EN);
    assertEquals(List.of("35", "36", "37"), refs(r));
  }

  @Test
  void aNumberApartInAListOfNumbersIsNoMarker() {
    String text = "The Security Council,\n\nRecalling paragraphs 2, 3 and 4 of its resolution, 3\n\n"
        + "1. Decides to remain seized of the matter.\n\nAdopted at the 900th meeting.\n\n3 Ibid., document S/4000.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    List<FootnoteRef> found = r.preamble().get(0).footnoteRefs();
    assertEquals(1, found.size());
    assertEquals(text.indexOf("resolution, 3") + "resolution, ".length(), found.get(0).span().start());
  }

  @Test
  void theirMarkersStandApartAfterAWordOrAYear() {
    // S/RES/55 (1948) and 66 (1948): "negotiations 15 and", "on 11 December 1948 44 will"
    String text = "The Security Council,\n\nHaving considered the report on political negotiations 15 and the report\n"
        + "of the Commission appointed on 11 December 1948 16 which was received,\n\n1. Decides to act.\n\n"
        + "Adopted at the 342nd meeting.\n\n15 Ibid., document S/918.\n16 Ibid., document S/919.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of("15", "16"), refs(r));
  }

  @Test
  void noMarkerStandsApartAfterAWordANumberGoesWith() {
    // "with 2 abstentions", "paragraph 2 above": the language's number words
    String text = "The Security Council,\n\nRecalling paragraph 2 above and the report, 2\n\n1. Decides to act.\n\n"
        + "Adopted at the 342nd meeting.\n\n2 Ibid., document S/918.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of(text.indexOf("report, 2") + "report, ".length()),
        r.preamble().get(0).footnoteRefs().stream().map(f -> f.span().start()).toList());
  }

  @Test
  void theLastParagraphsNumberedWithoutAFullStopAreNoNotes() {
    // "2 Requests …" opens its line: no number of the paragraphs after the preamble is printed as a marker
    String text = "The Security Council,\n\nRecalling its resolution 54 (1948),\n\n1 Decides to meet again;\n\n"
        + "2 Requests the Secretary-General to report.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of(), markers(r));
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void aVolumesNotesMaySkipTheNumbersOfTheTextsBesideIt() {
    // S/RES/393 (1976): notes 41 and 43 (42 is another resolution's), one group of lines
    String text = "The Security Council,\n\nHaving considered the letter, 41 and the statement, 43\n\n"
        + "1. Decides to act.\n\nAdopted at the 1944th meeting.\n\n"
        + "41 Ibid., Supplement for July, document S/12100.\n43 Ibid., Thirty-first Year, 1944th meeting.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of("41", "43"), markers(r));
    assertEquals("Ibid., Thirty-first Year, 1944th meeting.", r.footnotes().get(1).text());
  }

  @Test
  void aParagraphGoingOnAfterAPageBreakIsNoNote() {
    // as the testkit's PdfText lays a text out (found by 10,000 tries): the page breaks inside the
    // last paragraph, and its next line opens with a day whose number was printed before at a line's end
    String text = "United Nations A/RES/53/149\nGeneral Assembly\n\nThe General Assembly,\n\n"
        + "Recalling its resolution 2020/36 of 3\nAugust 2020,\n\n1. Decides to act in accordance with decision 74/408 of\n\n"
        + "10-05948 (E)\nA/RES/53/149\n\n3 December 2019, and Security Council resolution 1291 (2020).\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of(), markers(r));
    assertEquals("Decides to act in accordance with decision 74/408 of 3 December 2019, and Security Council resolution 1291 (2020).",
        r.operative().get(0).text());
  }

  @Test
  void theDateClosingATextIsNoNote() {
    // A/RES/75/250 (es) and 75/147 (en) as their markup renders: the text's day printed on the cover before
    String es = "Resolución aprobada por la Asamblea General el 31 de diciembre de 2020\n\nLa Asamblea General,\n\n"
        + "Recordando su resolución 74/262,\n\n1. Decide seguir ocupándose de la cuestión.\n\n46ª sesión plenaria\n\n"
        + "31 de diciembre de 2020\n";
    assertEquals(List.of(), markers(Parsed.resolution(es, Language.ES)));
    String en = "Resolution adopted by the General Assembly on 15 December 2020\n\nThe General Assembly,\n\n"
        + "Recalling its resolution 74/262,\n\n1. Decides to remain seized of the matter.\n\n45th plenary meeting\n\n"
        + "15 December 2020\n";
    assertEquals(List.of(), markers(Parsed.resolution(en, Language.EN)));
  }

  @Test
  void arabicParagraphsNumberedWithADashAreNoNotes() {
    // the last paragraphs of an Arabic text, where their numbers were printed at a line's end before
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى الفقرة 2\nمن قرارها،\n\n1 -\tتقرر أن تواصل النظر؛\n\n"
        + "2 -\tتطلب إلى الأمين العام أن يقدم تقريرا.\n";
    Resolution r = Parsed.resolution(text, Language.AR);
    assertEquals(List.of(), markers(r));
    assertEquals(2, r.operative().size());
  }

  @Test
  void aGroupOfLinesThatOpensNoNoteInSequenceEndsNoBlockOfNotes() {
    // the block can only start after the paragraph "5 Paragraph …": 9 does not follow 5, even
    // skipping the two numbers a volume's notes may skip
    String text = "The Council,\n\nNoting the report, 9 and the letter,\n\n1. Decides to act.\n\n"
        + "5 Paragraph of the text.\n\n9 Ibid., document S/1023.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of("9"), markers(r));
    List<Citation> cited = r.citations();
    assertEquals("footnote:9", cited.get(cited.size() - 1).location());
  }
}
