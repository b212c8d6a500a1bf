package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operative numbers at the edges: the line that closes a resolution, a number whose full stop was
 * dropped, an Arabic number written with an en dash.
 */
class OperativeNumberEdgesTest {

  @Test
  void aRussianPlenaryMeetingOrdinalIsNoOperativeNumber() {
    // A/RES/75/15: "30-е пленарное заседание" after operative paragraph 28
    String text = "Генеральная Ассамблея,\n\n1.\tпризнает важность сотрудничества;\n\n"
        + "2.\tпостановляет продолжить рассмотрение этого вопроса.\n\n30-е пленарное заседание\n1 декабря 2020 года\n";
    Resolution r = Parsed.resolution(text, Language.RU);
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void theNextNumberWithItsFullStopDroppedAndATabAfterItOpensTheNextParagraph() {
    // A/RES/75/68: "3<TAB>Calls upon all Member States …" between "2." and "4."
    String text = "The General Assembly,\n\n1.\tNotes the report;\n\n2.\tCalls for continued efforts;\n\n"
        + "3\tCalls upon all Member States to give serious consideration;\n\n4.\tUrges all Member States to act.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of("1", "2", "3", "4"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals("Calls upon", r.operative().get(2).lead());
  }

  @Test
  void anUnnumberedParagraphWhoseCommaAFootnoteMarkerFollowsStaysPreambular() {
    // E/RES/2021/3 (zh): no numbers; "表示注意到" opens preambular and operative paragraphs alike
    String text = "经济及社会理事会，\n\n表示注意到秘书长的说明，1\n\n又表示注意到经社会的文件，2\n\n"
        + "认可秘书长的说明载列的新战略远景。\n\n__________________\n1 E/2020/12。\n2 E/ESCWA/S-6/14。\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(2, r.preamble().size());
    assertEquals(1, r.operative().size());
  }

  @Test
  void anEnDashAfterTheNumberOpensAnOperativeParagraphAsAHyphenDoes() {
    // A/RES/75/166: "2 –<TAB>تحيط علما أيضا …" between "1 -" and "3 -"
    String text = "إن الجمعية العامة،\n\n1 -\tتحيط علما بالتقرير السنوي؛\n\n2 –\tتحيط علما أيضا بالموجز السياساتي؛\n\n"
        + "3 -\tتقرر أن تواصل النظر في المسألة.\n";
    Resolution r = Parsed.resolution(text, Language.AR);
    assertEquals(List.of("1", "2", "3"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals("تحيط علما أيضا بالموجز السياساتي؛", r.operative().get(1).text());
  }

  @Test
  void anArabicNumberWithoutItsDashAndASpaceBeforeTheTabIsTheNextNumber() {
    // A/RES/75/89: "71 <TAB>تقر بأن المؤتمر الاستعراضي …" between "70 -" and "72 -" (it was read into 70)
    String text = "إن الجمعية العامة،\n\n1 -\tتلاحظ أن لجنة مصائد الأسماك شددت على ضرورة الاتساق؛\n\n"
        + "2 \t تقر بأن المؤتمر الاستعراضي هو المنتدى المختص؛\n\n3 -\tتشدد على أهمية التنفيذ الفعال.\n";
    Resolution r = Parsed.resolution(text, Language.AR);
    assertEquals(List.of("1", "2", "3"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals("تقر بأن المؤتمر الاستعراضي هو المنتدى المختص؛", r.operative().get(1).text());
  }

  @Test
  void aNumberAloneOnItsLineTakesTheParagraphThatFollows() {
    // E/RES/2021/25 (zh): "1." and "2." stand on their own lines, the paragraph text below them
    String text = "经济及社会理事会，\n\n注意到各报告着重指出失业率急剧上升，\n\n1.\n\n敦促尚未批准的会员国考虑优先批准；\n\n"
        + "2.\n\n鼓励缔约国考虑采取措施；\n\n3.\t请秘书长提交报告。\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(1, r.preamble().size());
    assertEquals(List.of("1", "2", "3"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals("敦促", r.operative().get(0).lead());
  }

  @Test
  void anUnnumberedParagraphOpeningWithALeadBothTablesHoldStaysPreambular() {
    // E/RES/2021/6 (zh): "回顾" is recalling and recalls; the paragraph closes with a semicolon
    String text = "经济及社会理事会，\n\n回顾其第2020/14号决议；\n\n通过本决议附件所载的工作方案。\n\n第8次全体会议\n\n2021年6月8日\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(1, r.preamble().size());
    assertEquals(1, r.operative().size());
  }

  @Test
  void aMeetingWhoseOrdinalIsWrittenOutClosesTheText() {
    // E/RES/2021/6 (es): "Octava sesión plenaria"
    String text = "El Consejo Económico y Social,\n\nRecordando su resolución 2020/14,\n\n"
        + "Aprueba el programa de trabajo del Foro.\n\nOctava sesión plenaria\n\n8 de junio de 2021\n";
    Resolution r = Parsed.resolution(text, Language.ES);
    assertEquals(1, r.operative().size());
    assertEquals("Aprueba el programa de trabajo del Foro.", r.operative().get(0).text());
  }
}
