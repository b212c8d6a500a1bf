package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section headings in the operative part as each language labels them (A/RES/75/247, 75/253 B): the
 * heading ends what comes before it, and a part's own preamble follows it.
 */
class SectionHeadingLabelsTest {

  @Test
  void aRomanNumeralBeforeATabLabelsAHeading() {
    Resolution r = Parsed.resolution("The General Assembly,\n\nI\t\t\tRevised estimates\n\nHaving considered the report,\n\n"
        + "1.\tTakes note of the report;\n\nII\t\t\tConditions of service\n\nRecalling its resolution 37/240,\n\n"
        + "1.\tTakes note of the report.\n", Language.EN);
    assertEquals(List.of("I", "II"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aRomanNumeralBeforeASpaceAndACapitalLabelsAHeading() {
    Resolution r = Parsed.resolution("Генеральная Ассамблея,\n\nI Деятельность Управления\n\nссылаясь на свои резолюции 48/218 B,\n\n"
        + "1.\tпринимает к сведению доклад;\n\nII Прочие вопросы\n\nссылаясь на свою резолюцию 64/263,\n\n"
        + "1.\tпостановляет продолжить рассмотрение.\n", Language.RU);
    assertEquals(List.of("I", "II"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aChineseNumeralFromTheLanguageTableLabelsAHeading() {
    Resolution r = Parsed.resolution("大会，\n\n一\t\t\t人权理事会通过的决议所引起的订正估计数\n\n审议了秘书长的报告，\n\n1.\t注意到秘书长的报告；\n\n"
        + "二\t\t\t服务条件\n\n回顾其第37/240号决议，\n\n1.\t决定继续审议。\n", Language.ZH);
    assertEquals(List.of("一", "二"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void anArabicOrdinalAloneOnItsLineLabelsAHeading() {
    Resolution r = Parsed.resolution("إن الجمعية العامة،\n\nأولا\n\nأنشطة مكتب خدمات الرقابة الداخلية\n\nإذ تشير إلى قراراتها 48/218 باء،\n\n"
        + "1 -\tتحيط علما بالتقرير؛\n\nثانيا\n\nمسائل أخرى\n\nإذ تشير إلى قرارها 64/263،\n\n1 -\tتقرر مواصلة النظر.\n", Language.AR);
    assertEquals(List.of("أولا", "ثانيا"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aLongTitleOnOneLineAfterItsRomanNumeralIsStillAHeading() {
    // A/RES/75/253 in French, as text with a line per paragraph: titles run to 480 characters
    String title = "Prévisions révisées comme suite aux résolutions et décisions adoptées par le Conseil des droits"
        + " de l’homme à ses quarante-troisième, quarante-quatrième et quarante-cinquième sessions et prévisions"
        + " révisées comme suite à la décision OS/14/101 adoptée par le Conseil à la session d’organisation de"
        + " son quinzième cycle";
    Resolution r = Parsed.resolution("L’Assemblée générale,\n\nI " + title + "\n\nAyant examiné les rapports du"
        + " Secrétaire général,\n\n1.\t\tPrend acte des rapports ;\n\nII Autres questions\n\nAyant examiné la note,"
        + "\n\n1.\t\tDécide de poursuivre l’examen.\n", Language.FR);
    assertEquals(List.of("I", "II"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void anArabicOrdinalPastTwentyLabelsAHeading() {
    // A/RES/75/253 in Arabic: "خامس وعشرون", the twenty-fifth section, over its own preamble
    Resolution r = Parsed.resolution("إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 48/218،\n\n1 -\tتحيط علما بالتقرير؛\n\n"
        + "خامس وعشرون\n\nأثر التغيرات في أسعار الصرف\n\nوقد نظرت في تقرير الأمين العام،\n\n"
        + "1 -\tتحيط علما بالتقديرات المنقحة.\n", Language.AR);
    assertEquals(List.of("خامس وعشرون"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
  }

  @Test
  void anArabicLetterNameAloneOnItsLineLabelsAPart() {
    // A/RES/75/245 in Arabic: the parts are labelled by the names of the letters, "ألف" (A), "باء" (B)
    Resolution r = Parsed.resolution("إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 44/198،\n\n1 -\tتحيط علما بالتقرير؛\n\n"
        + "ألف\n\nجدول المرتبات الأساسية\n\nإذ تشير إلى قرارها 44/198،\n\n1 -\tتؤكد من جديد الهامش؛\n\n"
        + "باء\n\nمسائل أخرى\n\n1 -\tتقرر مواصلة النظر.\n", Language.AR);
    assertEquals(List.of("ألف", "باء"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
    assertEquals(3, r.operative().size());
  }

  @Test
  void aLetterBeforeASpaceAndACapitalLabelsAHeadingUnderAnUnlabelledOne() {
    // A/RES/75/245 (es): a section's title, then "A Escala…" over the part's own preamble, where the
    // numbering restarts
    Resolution r = Parsed.resolution("La Asamblea General,\n\nRecordando sus resoluciones 44/198,\n\n"
        + "1.\t\tToma nota del informe;\n\n2.\t\tInvita al Secretario General a que informe;\n\n"
        + "Condiciones de servicio del personal del Cuadro Orgánico\n\nA Escala de sueldos básicos\n\n"
        + "Recordando su resolución 44/198,\n\n1.\t\tReafirma que deberá mantenerse el intervalo;\n\n"
        + "2.\t\tObserva el margen.\n", Language.ES);
    assertEquals(List.of("", "A"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(2, r.preamble().size());
    assertEquals(4, r.operative().size());
  }
}
