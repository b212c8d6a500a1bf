package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Footnote markers glued to numbers, where the digits alone cannot say whether they are a marker:
 * the place is decided when the note's block comes, and a place that is no number as a whole wins
 * over a plausible one. Found by the PDF-text round trip at 10,000 tries.
 */
class GluedMarkersTest {

  private static List<String> cited(String text) {
    Resolution r = Parsed.resolution(text, Language.EN);
    return r.citations().stream().map(Citation::canonical).toList();
  }

  /**
   * A Chinese resolution: the formula, the preambular paragraphs given (each ending in a blank
   * line), one operative paragraph, the rule, and the notes' lines.
   */
  private static String chinese(String preamble, String notes) {
    return "大会，\n\n" + preamble + "1.\t决定继续审议这个问题。\n\n__________________\n" + notes;
  }

  private static List<String> preambleMarkers(Resolution r) {
    return r.preamble().stream().flatMap(c -> c.footnoteRefs().stream()).map(f -> f.marker()).toList();
  }

  @Test
  void aPlaceThatIsNoNumberWinsOverAPlausibleOne() {
    // note 5 glued to 2006/15 is still pending when the places of note 6 come: 41/566 is a decision
    // of the forty-first session, and no ECOSOC resolution of a year is numbered 566
    String text = "The General Assembly,\n\n Recalling Economic and Social Council resolution 2006/155, General"
        + " Assembly decision 41/566 of 22 July 2006, and Economic and Social Council resolution 2000/566,\n\n"
        + "__________________\n\n 5 Note five.\n 6 Note six.\n\n1. Decides to remain seized of the matter.\n";
    assertEquals(List.of("E/RES/2006/15", "A/DEC/41/566", "E/RES/2000/56"), cited(text));
  }

  @Test
  void markersGluedToASymbolsNumbersFallBackThereWhenTheirNotesHaveNoOtherPlace() {
    // A/RES/75/219 (fr, es, ru): "décision CBD/CP/MOP/VIII/19" and note 13, "CBD/NP/MOP/DEC/2/7" and note 14
    String text = "L’Assemblée générale,\n\n Prenant note de la décision CBD/CP/MOP/VIII/1913 et de la décision"
        + " CBD/NP/MOP/DEC/2/714, ainsi que des travaux du Groupe,\n\n1. Décide de rester saisie de la question.\n\n"
        + "__________________\n\n 13 Adoptée à sa huitième réunion.\n 14 Adoptée à sa deuxième réunion.\n";
    Resolution r = Parsed.resolution(text, Language.FR);
    assertEquals(List.of("13", "14"), preambleMarkers(r));
    assertEquals(List.of("CBD/CP/MOP/VIII/19", "CBD/NP/MOP/DEC/2/7"),
        r.citations().stream().map(Citation::canonical).toList());
  }

  @Test
  void markersGluedToATypedNumberOrARomanSessionsDecisionFallBackThere() {
    // A/RES/75/217 "decision 1/CP.21" and note 25; A/RES/75/89 "decision VII/11" and note 12
    String text = "The General Assembly,\n\n Underlining the request in decision 1/CP.2125 of the Conference,\n\n"
        + " Recalling decision VII/1112 of the Conference of the Parties,\n\n1. Decides to remain seized of the matter."
        + "\n\n__________________\n\n 25 See FCCC/CP/2015/10/Add.1.\n 26 Note.\n";
    Resolution r = Parsed.resolution(text.replace("1112", "1126"), Language.EN);
    assertEquals(List.of("25", "26"), preambleMarkers(r));
    assertTrue(r.preamble().get(0).text().contains("1/CP.21 of"), r.preamble().get(0).text());
    assertTrue(r.preamble().get(1).text().contains("VII/11 of"), r.preamble().get(1).text());
  }

  @Test
  void aMeetingNumberIsPlausibleAtAnySizeSoAResolutionNumberImplausibleAsAWholeWins() {
    // the PDF-text round trip: note 3 glued to 1993/37 ("1993/373", no ECOSOC resolution of a year
    // is numbered 373) after the record of a meeting whose number ends in 3 ("S/PV.2603")
    String text = "The Human Rights Council,\n\n1. Also emphasizes the record of the meeting (S/PV.2603), and Economic"
        + " and Social Council resolution 1993/373\n__________________\n 3 Note three.\n";
    assertEquals(List.of("S/PV.2603", "E/RES/1993/37"), cited(text));
  }

  @Test
  void aReportsNumberIsPlausibleAtAnySizeSoAResolutionNumberImplausibleAsAWholeWins() {
    // the PDF-text round trip: note 1 glued to 2006/49 ("2006/491") after a report "A/51/891"
    String text = "The Economic and Social Council,\n\n Noting the report of the Secretary-General (A/51/891),\n\n"
        + " Recalling Economic and Social Council resolution 2006/491 in accordance with,\n__________________\n"
        + " 1 Security Council resolution 1578 (1956).\n\n1. Approves the situation.\n";
    assertEquals(List.of("A/51/891", "E/RES/2006/49", "S/RES/1578(1956)"), cited(text));
  }

  @Test
  void aPlaceWhoseNumberWithoutTheMarkerWasPrintedBeforeWinsOverAnEarlierPlausibleOne() {
    // A/RES/75/7 (fr, es, ru): 66/111 and 73/101 are both plausible; 73/10 was printed alone before
    String text = "L’Assemblée générale,\n\n Rappelant sa résolution 66/111 du 9 décembre 2011,\n\n Rappelant aussi"
        + " ses résolutions 71/13 et 73/10 du 26 novembre 2018,\n\n Prenant note du rapport présenté en application de"
        + " sa résolution 73/101,\n\n1. Décide de rester saisie de la question.\n\n__________________\n\n"
        + " 1 A/75/345-S/2020/898, sect. II.\n";
    Resolution r = Parsed.resolution(text, Language.FR);
    assertEquals(List.of("1"), preambleMarkers(r));
    assertEquals(List.of("A/RES/66/111", "A/RES/71/13", "A/RES/73/10", "A/RES/73/10", "A/75/345-S/2020/898"),
        r.citations().stream().map(Citation::canonical).toList());
  }

  @Test
  void aTypedNumbersWordMayBePrintedInCyrillicCapitals() {
    // A/RES/75/217 (ru): "решения 1/СP.19" (a Cyrillic С) and note 29, then "1/CP.13" and note 30
    String text = "Генеральная Ассамблея,\n\n1. напоминает о пунктах 3 и 4 ее решения 1/\u0421P.1929 и о задачах,"
        + " согласованных в ее решении 1/CP.1330;\n\n__________________\n\n 29 См. FCCC/CP/2013/10/Add.1.\n"
        + " 30 См. FCCC/CP/2007/6/Add.1.\n";
    Resolution r = Parsed.resolution(text, Language.RU);
    assertEquals(List.of("29", "30"), r.operative().get(0).footnoteRefs().stream().map(f -> f.marker()).toList());
  }

  @Test
  void aMarkerAfterAnInvisibleDirectionMarkIsGluedToTheWordBeforeIt() {
    // E/RES/2021/22 (es): "la Declaración Universal de Derechos Humanos\u200e1"; A/RES/75/156 (ar): "والسياسية\u200f(3)"
    String spanish = "El Consejo Económico y Social,\n\n Recordando la Declaración Universal de Derechos Humanos\u200e1,\n\n"
        + "1. Decide seguir ocupándose de la cuestión.\n\n__________________\n\n 1 Resolución 217 A (III).\n";
    assertEquals(List.of("1"), preambleMarkers(Parsed.resolution(spanish, Language.ES)));
    String arabic = "إن الجمعية العامة،\n\nإذ تشير إلى العهد الدولي الخاص بالحقوق المدنية والسياسية\u200f(1)،\n\n"
        + "1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n1 انظر القرار 2200 ألف (د-21)، المرفق.\n";
    assertEquals(List.of("1"), preambleMarkers(Parsed.resolution(arabic, Language.AR)));
  }

  @Test
  void aChineseMarkerGluedToANumberAfterItsOrdinalMarkFallsBackThere() {
    // A/RES/75/186 (zh): "2018年9月28日第39/176 号" is resolution 39/17 and note 6; note 7 comes after it
    String text = chinese("回顾人权理事会2016年9月29日第33/15号、5 2018年9月28日第39/176 号和2020年10月6日第45/22号决议，7\n\n",
        "5 A/HRC/RES/33/15。\n6 A/HRC/RES/39/17。\n7 A/HRC/RES/45/22。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of("5", "6", "7"), preambleMarkers(r));
    assertTrue(r.citations().stream().anyMatch(c -> c.canonical().equals("A/HRC/RES/39/17")), r.citations().toString());
  }

  @Test
  void aDecimalNumberIsNoMarker() {
    // "1.4 billion" must not take marker 4, which would settle notes 2 and 3 at their ambiguous places
    String text = "The General Assembly,\n\n Recalling its resolutions 60/135 of 16 December 2005, 61/142 and 67/143,"
        + "\n\n Noting that the number will grow from 1 billion to 1.4 billion, outnumbering youth,2 and ageing,3"
        + " and more,4\n\n1. Decides to remain seized of the matter.\n\n__________________\n\n 2 Note two.\n 3 Note three."
        + "\n 4 Note four.\n";
    assertEquals(List.of("A/RES/60/135", "A/RES/61/142", "A/RES/67/143"), cited(text));
  }

  @Test
  void theFirstOfTwoPlausiblePlacesIsTaken() {
    String text = "The General Assembly,\n\n Recalling its resolutions 72/211 and 73/45,\n\n__________________\n\n"
        + " 1 Note one.\n\n1. Decides to remain seized of the matter.\n";
    assertEquals(List.of("A/RES/72/21", "A/RES/73/45"), cited(text));
  }

  @Test
  void aChineseMarkerAfterADecadeIsNoDate() {
    // "十年" is a decade, not a year of a date ("2004年1月"): the marker glued to it is note 6
    String text = chinese("又回顾特别委员会报告5 所附结论，特别是在大会宣布2011-2020年为第三个铲除殖民主义国际十年6 的背景下非殖民化进程的前进方向，"
        + "\n\n关切地回顾调查最后报告中所载调查结果，7\n\n", "5 见A/74/23。\n6 见第65/119号决议。"
        + "\n7 见A/AC.109/2015/5。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of("5", "6", "7"), preambleMarkers(r));
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aMarkerNoReaderCanPlaceHoldsUpNoLaterOne() {
    // "Goal 14" with note 4 glued reads "Goal 144": note 4 has no place, notes 5 and 6 still do
    String text = "The General Assembly,\n\n Bearing in mind the implementation of Sustainable Development Goal 144 by strengthening coordination,"
        + "\n\n Noting the report,5 and the annex,6\n\n1. Decides to remain seized of the matter.\n\n__________________\n\n"
        + " 4 Note four.\n 5 Note five.\n 6 Note six.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.EN);
    assertEquals(List.of("5", "6"), preambleMarkers(result.resolution()));
    assertEquals(1, result.diagnostics().stream().filter(d -> d.message().contains("footnote 4 has no anchor")).count());
  }

  @Test
  void aLostMarkerIsSkippedByALaterMarkerGluedToAYear() {
    // A/RES/75/239 (fr): "objectif no 14" and note 8 read "no 148"; note 9 glued to a year comes next,
    // then notes 10 and 11 glued to words: each keeps its place, only note 8 has none
    String text = "L’Assemblée générale,\n\n Rappelant l’objectif de développement durable no 148,\n\n"
        + " Ayant à l’esprit la Conférence tenue du 13 au 16 juillet 20159,\n\n Accueillant les résolutions sur"
        + " les déchets plastiques dans le milieu marin10 et sur la protection du milieu marin11,\n\n"
        + "1. Décide de rester saisie de la question.\n\n__________________\n\n 8 Voir résolution 73/292.\n"
        + " 9 Résolution 69/313, annexe.\n 10 UNEP/EA.4/Res.6.\n 11 UNEP/EA.4/Res.11.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.FR);
    assertEquals(List.of("9", "10", "11"), preambleMarkers(result.resolution()));
    assertEquals(1, result.diagnostics().stream().filter(d -> d.message().contains("no anchor")).count());
  }

  @Test
  void aLostMarkerIsSkippedByAMarkerSomeNotesLater() {
    // notes 8 and 9 both lost ("no 148", "Action 219"): note 10 glued to a word settles that neither has a place
    String text = "L’Assemblée générale,\n\n Rappelant l’objectif de développement durable no 148 et le chapitre 17"
        + " d’Action 219,\n\n Accueillant les résolutions sur les déchets plastiques dans le milieu marin10,\n\n"
        + "1. Décide de rester saisie de la question.\n\n__________________\n\n 8 Note huit.\n 9 Note neuf.\n"
        + " 10 UNEP/EA.4/Res.6.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.FR);
    assertEquals(List.of("10"), preambleMarkers(result.resolution()));
  }

  @Test
  void aDecimalCommaSkipsNoNote() {
    // A/RES/75/216 (fr): "1,5 degré" before the place of note 3 is a number, not note 5's marker
    String text = "L’Assemblée générale,\n\n Préoccupée par un réchauffement planétaire de 1,5 degré Celsius,\n\n"
        + " Rappelant la Déclaration de Rio3, l’objectif no 144 et le Plan de mise en œuvre de Johannesburg5,\n\n"
        + "1. Décide de rester saisie de la question.\n\n__________________\n\n 3 Note trois.\n 4 Note quatre.\n"
        + " 5 Note cinq.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.FR);
    assertEquals(List.of("3", "5"), preambleMarkers(result.resolution()));
  }

  @Test
  void theWholePartOfADecimalNumberIsNoMarker() {
    // A/RES/75/155 (zh): "超过6.17亿" comes before the place of note 6
    String text = chinese("深为关切，根据资料，超过6.17亿儿童和青少年未能达到最低熟练水平，5\n\n"
        + "又认识到必须改善教育质量，6\n\n", "5 见A/75/188。\n6 见第70/1号决议。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of("5", "6"), preambleMarkers(r));
    assertEquals(List.of(1, 1), r.preamble().stream().map(c -> c.footnoteRefs().size()).toList());
    assertTrue(r.preamble().get(0).text().contains("超过6.17亿"));
  }

  @Test
  void aMarkerSpacedFromTheParagraphsLastWordIsStillOne() {
    // A/RES/75/182: "…for trade and development”, 11" — the copy keeps the space before the superscript
    String text = "The General Assembly,\n\n Recalling the outcome, “From decision to action”, 11\n\n"
        + " Recalling also its resolution 74/152,12\n\n1. Decides to remain seized of the matter.\n\n__________________\n\n"
        + " 11 TD/519/Add.2.\n 12 See also resolution 74/152.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of("11", "12"), preambleMarkers(r));
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aNumberInAListStaysText() {
    // "paragraphs 9, 11 and 12": the next note is 11, but a number inside a line is no spaced marker
    String text = "The General Assembly,\n\n Recalling paragraphs 9, 11 and 12 of its resolution,10\n\n"
        + "1. Decides to remain seized of the matter.\n\n__________________\n\n 10 Note ten.\n 11 Note eleven.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.EN);
    assertEquals(List.of("10"), preambleMarkers(result.resolution()));
    assertTrue(result.resolution().preamble().get(0).text().contains("9, 11 and 12"));
  }

  @Test
  void aChineseNumberGluedToAWordWaitsForTheExpectedMarker() {
    // A/RES/75/155 (zh): "可持续发展目标4" is Goal 4; note 3 still comes ("宣言》3"), then note 4
    String text = chinese("又回顾《2030年可持续发展议程》，2 其中包括可持续发展目标4，即确保优质教育，\n\n"
        + "重申必须如《联合国土著人民权利宣言》3 所述，采取有效措施，\n\n深为关切，过去七年来这一数字几乎没有任何变化，4\n\n",
        "2 第70/1号决议。\n3 第61/295号决议，附件。\n4 见A/75/188。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of("2", "3", "4"), preambleMarkers(r));
    assertEquals(3, r.preamble().size());
    assertTrue(r.preamble().get(0).text().contains("目标4"));
  }

  @Test
  void numbersListedWithTheEnumerationCommaAreNoMarkers() {
    // A/RES/75/219 (zh): "(目标9、11、16、17)" while note 11 is expected
    String text = chinese("注意到已部分实现6个目标(目标9、11、16、17)，\n\n回顾《生物多样性战略计划》，11\n\n",
        "11 第65/161号决议。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of(0, 1), r.preamble().stream().map(c -> c.footnoteRefs().size()).toList());
  }

  @Test
  void aMarkerAfterTheEnumerationCommaThatASpaceSeparatesFromTheNextNumberIsAMarker() {
    // A/RES/75/260 (zh): "以及2006、2 2011年3 和2016年4": notes 2, 3 and 4 after the years they date
    String text = chinese("重申对《承诺宣言》1 以及2006、2 2011年3 和2016年4 各项政治宣言的承诺，\n\n",
        "1 第S-26/2号决议。\n2 第60/262号决议。\n"
        + "3 第65/277号决议。\n4 第70/266号决议。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of("1", "2", "3", "4"), preambleMarkers(r));
  }

  @Test
  void digitsAfterAChineseWordReferToNoNoteAgain() {
    // A/RES/75/260 (zh): note 6 marked once; "千年发展目标6中" is Millennium Development Goal 6,
    // "下午3时" 3 p.m., "有1 516人" a number grouped by a space
    String text = chinese("回顾《2005年世界首脑会议成果》6 和大会的成果，\n\n"
        + "欢迎实现千年发展目标6中的具体目标，会议于下午3时举行，有1 516人参加，\n\n",
        "6 第60/1号决议。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of(1, 0), r.preamble().stream().map(c -> c.footnoteRefs().size()).toList());
  }

  @Test
  void aTemperatureIsNoMarker() {
    // A/RES/75/217 (zh): "2°C" while note 2 was marked before
    String text = chinese("回顾《巴黎协定》，2\n\n又回顾将全球平均气温升幅控制在远低于工业化前水平以上2°C之内，\n\n",
        "2 见FCCC/CP/2015/10/Add.1。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of(1, 0), r.preamble().stream().map(c -> c.footnoteRefs().size()).toList());
  }

  @Test
  void aPercentageIsNoMarker() {
    // A/RES/75/236 (zh): "仅有5%可以饮用" while note 5 is expected
    String text = chinese("表示严重关切有可能进一步侵蚀仅有5%可以饮用的地下水资源，\n\n"
        + "确认疟疾死亡率下降66%，5\n\n", "5 见A/75/13。\n");
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(List.of(0, 1), r.preamble().stream().map(c -> c.footnoteRefs().size()).toList());
    assertTrue(r.preamble().get(0).text().contains("5%"));
  }

  @Test
  void theNumberSignsOfEveryLanguageAreReadInEveryText() {
    // a text quotes others' references as printed: an Arabic text prints "No." and "vol.", a French one "n°"
    assertTrue(LanguageTables.NUMBER_SIGNS.containsAll(java.util.Set.of("no", "vol", "n°", "núm", "№")),
        LanguageTables.NUMBER_SIGNS.toString());
  }

  @Test
  void aRegistrationNumberAfterAPageBreakKeepsItsDigits() throws java.io.IOException {
    // "No." ends the last body line of a page; "20378)" opens the next, after the notes and the
    // running header: a number sign stands before it, so "2037" is no year and "8" no marker there
    Resolution r = ResolutionParser.create().parse(RoundTripSamples.read("ar-registration-across-page.txt"), Language.AR)
        .resolution();
    assertTrue(r.citations().stream().anyMatch(c -> c.canonical().equals("I-20378")));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), preambleMarkers(r));
  }

  @Test
  void anArabicBracketedMarkerAfterAYearOrANumberIsAMarker() {
    // A/RES/75/231 (ar): "(3)" after "2016" was no marker, so note 3 took the last digit of 71/243
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 63/231 و 71/242،\n\nوإذ تؤكد من جديد قرارها 71/243 المؤرخ 21 كانون الأول/ديسمبر 2016،\n\n"
        + "وإذ تؤكد من جديد اتفاق باريس(1)، والاتفاقية الإطارية(2)،\n\nوإذ تشير إلى إعلان كيتو لعام 2016(3)، وإلى القرار 74/57(4)،\n\n"
        + "1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n1 الحاشية الأولى.\n2 الحاشية الثانية.\n3 الحاشية الثالثة.\n4 الحاشية الرابعة.\n";
    Resolution r = Parsed.resolution(text, Language.AR);
    assertEquals(List.of("1", "2", "3", "4"), preambleMarkers(r));
    assertTrue(r.citations().stream().anyMatch(c -> c.canonical().equals("A/RES/71/243")), r.citations().toString());
  }

  @Test
  void anArabicMarkerAfterTheClosingQuoteIsAMarker() {
    // Arabic closes a quotation with “ (A/RES/75/239: ”المستقبل الذي نصبو إليه“(6)); the table says so
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى الوثيقة الختامية المعنونة ”المستقبل الذي نصبو إليه“(1)، وإلى خطة عام 2030(2)،\n\n"
        + "1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n1 القرار 66/288، المرفق.\n2 القرار 70/1.\n";
    assertEquals(List.of("1", "2"), preambleMarkers(Parsed.resolution(text, Language.AR)));
  }

  @Test
  void anArabicBracketedMarkerAfterASpaceIsTheExpectedNotesOnly() {
    // A/RES/75/196 (ar): "لعام 2009 (32)، … وخطة العمل (33)"; A/RES/75/229: "(خطة جوهانسبرغ للتنفيذ) (9)"
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى الإعلان السياسي لعام 2009 (1)، وإلى خطة العمل (2)، وإلى الفقرتين (1) و(5)،"
        + " وإلى خطة جوهانسبرغ (خطة جوهانسبرغ للتنفيذ) (3)،\n\n1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n"
        + "1 الحاشية 1.\n2 الحاشية 2.\n3 الحاشية 3.\n";
    assertEquals(List.of("1", "2", "3"), preambleMarkers(Parsed.resolution(text, Language.AR)));
  }

  @Test
  void aBracketedMarkerAfterAWordSkipsALostOne() {
    // note 1 is lost; before, note 2 waited for it and a resolution number took notes 2 and 3 (71/24 + 3)
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى الوثيقة الختامية المعنونة «المستقبل»، وإلى تقرير الأمين العام(2)،\n\n"
        + "وإذ تشير أيضا إلى قرارها 71/243 وإلى مذكرة الأمين العام(3)،\n\n"
        + "1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n1 الحاشية الأولى.\n2 الحاشية الثانية.\n3 الحاشية الثالثة.\n";
    Resolution r = Parsed.resolution(text, Language.AR);
    assertEquals(List.of("2", "3"), preambleMarkers(r));
    assertTrue(r.citations().stream().anyMatch(c -> c.canonical().equals("A/RES/71/243")), r.citations().toString());
  }

  @Test
  void aBracketedNumberAfterANumberSkipsNoNote() {
    // A/HRC/RES/54/8 (ar): "المادة 24(2)" is article 24, paragraph 2, before the place of note 1
    String text = "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى الاتفاقية، التي تنص المادة 24(2) منها على الحق في معرفة الحقيقة،\n\n"
        + "وإذ يشير إلى مجموعة المبادئ لمكافحة الإفلات من العقاب(1) وإلى المبادئ المستوفاة(2)،\n\n"
        + "1 -\tيقرر أن يبقي المسألة قيد نظره.\n\n__________________\n1 الحاشية الأولى.\n2 الحاشية الثانية.\n";
    assertEquals(List.of("1", "2"), preambleMarkers(Parsed.resolution(text, Language.AR)));
  }

  @Test
  void aBracketedMarkerSkipsUpToFiveLostOnes() {
    // modelled on A/RES/75/196 (ar): notes 1 and 2 lost, 3 and 4 glued to numbers (which settle
    // nothing); note 5 after a closing bracket is the fifth: it and the rest keep their places
    String text = "إن الجمعية العامة،\n\nإذ تشير إلى الإعلان السياسي لعام 2009، وإلى خطة العمل، وإلى الدورة المعقودة في عام 2016(3)،"
        + " وإلى التقرير الذي أُعد عملا بالقرار 74/177(4)؛\n\nوإذ تشير أيضا إلى قواعد الأمم المتحدة لمعاملة السجناء (قواعد نيلسون مانديلا)(5)"
        + " وإلى قواعد بانكوك(6)،\n\n1 -\tتقرر أن تبقي المسألة قيد نظرها.\n\n__________________\n1 الحاشية 1.\n2 الحاشية 2.\n"
        + "3 الحاشية 3.\n4 الحاشية 4.\n5 الحاشية 5.\n6 الحاشية 6.\n";
    assertEquals(List.of("5", "6"), preambleMarkers(Parsed.resolution(text, Language.AR)));
  }

  @Test
  void aCommaBetweenDigitsIsNoPlaceForAMarkerWhereDecimalsTakeOne() {
    // A/RES/75/131 (fr): "1,4 milliard" took note 4, which settled notes 2 and 3 at 61/14(2) and 67/14(3)
    String text = "L’Assemblée générale,\n\n Rappelant ses résolutions 60/135 du 16 décembre 2005, 61/142 du 19 décembre 2006"
        + " et 67/143 du 20 décembre 2012,\n\n Notant que le nombre de personnes âgées passera de 1 milliard à 1,4 milliard"
        + " et dépassera celui des jeunes sur la planète2, selon les projections3 et le rapport4,\n\n"
        + "1. Décide de rester saisie de la question.\n\n__________________\n\n 2 Note deux.\n 3 Note trois.\n 4 Note quatre.\n";
    Resolution r = Parsed.resolution(text, Language.FR);
    assertEquals(List.of("2", "3", "4"), preambleMarkers(r));
    assertEquals(List.of("A/RES/60/135", "A/RES/61/142", "A/RES/67/143"),
        r.citations().stream().map(Citation::canonical).toList());
  }
  @Test
  void aDecimalPointSkipsNoNote() {
    // A/RES/75/298: "200.4 million" took note 4 and left note 3 ("30 June 2020;3") without its place
    String text = "The General Assembly,\n\n Noting the contributions outstanding in the amount of 200.4 million dollars,\n\n"
        + "1. Takes note of the report on the budget performance for the period from 1 July 2019 to 30 June 2020;3\n\n"
        + "2. Decides to apportion the amount,4\n\n__________________\n\n 3 A/75/620.\n 4 To be adopted.\n";
    ParseResult result = ResolutionParser.create().parse(text, Language.EN);
    assertEquals(List.of("3", "4"), result.resolution().operative().stream()
        .flatMap(c -> c.footnoteRefs().stream()).map(f -> f.marker()).toList());
  }
  @Test
  void aMarkerGluedToANameThatEndsWithANumberIsReadOffIt() {
    // A/RES/75/213 (fr): "d’Action 214" is Action 21 and note 4; the language's table names Action 21
    String text = "L’Assemblée générale,\n\n Rappelant la Déclaration de Rio3 et la mise en œuvre d’Action 214,\n\n"
        + " Notant la pandémie de COVID-195,\n\n1. Décide de rester saisie de la question.\n\n__________________\n\n"
        + " 3 Note trois.\n 4 Note quatre.\n 5 Note cinq.\n";
    assertEquals(List.of("3", "4", "5"), preambleMarkers(Parsed.resolution(text, Language.FR)));
  }
  @Test
  void aNumberAfterAnIdeographSkipsNoNote() {
    // A/HRC/RES/54/3 (zh): the cover's "议程项目3" (agenda item 3) took note 3 and left note 2 without its place
    String text = "人权理事会\n议程项目3\n\n人权理事会，\n\n回顾其决议，\n\n1.\t\t注意到工作组的最新报告2；\n\n"
        + "2.\t\t注意到报告3中提出的建议；\n\n__________________\n2 A/HRC/54/29。\n3 E/CN.4/2004/15。\n";
    assertEquals(List.of("2", "3"), Parsed.resolution(text, Language.ZH).operative().stream()
        .flatMap(c -> c.footnoteRefs().stream()).map(f -> f.marker()).toList());
  }

  @Test
  void aChineseYearFollowedByNoMonthTakesAMarker() {
    // A/RES/75/71 (zh): "2000年3 和" is the year 2000 and note 3 ("2004年1⏎月" is a date going on)
    String text = chinese("回顾1995年审议和延期大会2 以及不扩散核武器条约缔约国2000年3 和2010年审议大会4 最后文件，\n\n",
        "2 NPT/CONF.1995/32。\n3 NPT/CONF.2000/28。\n4 NPT/CONF.2010/50。\n");
    assertEquals(List.of("2", "3", "4"), preambleMarkers(Parsed.resolution(text, Language.ZH)));
  }
}
