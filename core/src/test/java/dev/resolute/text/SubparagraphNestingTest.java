package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How subparagraphs are told and nest by their numbering: in Chinese, the items inside a lettered
 * subparagraph are numbered ㈠ to ㈩ (characters printed with their parentheses), then (十一), (十二),
 * and in Arabic ’1‘, ’2‘: the level other languages number (i), (ii). Russian texts often print a
 * list's first letter as its Cyrillic look-alike.
 */
class SubparagraphNestingTest {

  @Test
  void anUnnumberedParagraphWithAnOperativeLeadAfterAListIsTheNextParagraphNotTheListsLastItem() {
    // S/RES/66 (1948): no paragraph is numbered; "Calls upon …:" and its items (i) to (iii), then "Invites …"
    Resolution r = Parsed.resolution("The Security Council,\n\nHaving considered the report of the Acting Mediator,\n\n"
        + "Calls upon the Governments concerned :\n(i) To order an immediate cease-fire ;\n\n"
        + "(ii) To allow the supervision of the truce ;\n\nInvites Cuba and Norway to replace the two retiring members ;\n\n"
        + "Expresses the hope that the Commission will meet.\n", Language.EN);
    assertEquals(List.of("Calls upon", "Invites", "Expresses the hope"),
        r.operative().stream().map(o -> o.lead()).toList());
    assertEquals("To allow the supervision of the truce ;", r.operative().get(0).subparagraphs().get(1).text());
  }

  @Test
  void parenthesizedIdeographsNumberTheItemsOfALetteredSubparagraph() {
    // S/RES/2552 (2020) (zh): "(a) …：" then "㈠ …", "㈡ …"
    Resolution r = Parsed.resolution("安全理事会，\n\n回顾其以往各项决议，\n\n1. 决定稳定团的任务如下：\n\n(a)\t保护平民：\n\n"
        + "㈠\t在不影响东道国政府首要责任的情况下保护平民；\n\n㈡\t加强预警机制；\n\n(b)\t支持和平进程。\n", Language.ZH);
    List<Subparagraph> letters = r.operative().get(0).subparagraphs();
    assertEquals(List.of("a", "b"), letters.stream().map(Subparagraph::number).toList());
    assertEquals(List.of("㈠", "㈡"), letters.get(0).subparagraphs().stream().map(Subparagraph::number).toList());
    assertEquals("加强预警机制；", letters.get(0).subparagraphs().get(1).text());
  }

  @Test
  void aChineseNumeralInParenthesesGoesOnAtTheLevelOfTheIdeographs() {
    // E/RES/2021/29 (zh): "㈩ …" then "(十一) …" inside "(a)"
    StringBuilder text = new StringBuilder("经济及社会理事会，\n\n回顾其以往各项决议，\n\n1. 鼓励各国政府：\n\n(a)\t考虑采取下列行动：\n\n");
    for (char c = '\u3220'; c <= '\u3229'; c++) {
      text.append(c).append("\t开展行动；\n\n");
    }
    text.append("(十一)\t支持各国努力；\n\n(b)\t提供一个论坛。\n");
    Resolution r = Parsed.resolution(text.toString(), Language.ZH);
    List<Subparagraph> letters = r.operative().get(0).subparagraphs();
    assertEquals(2, letters.size());
    assertEquals(11, letters.get(0).subparagraphs().size());
    assertEquals("十一", letters.get(0).subparagraphs().get(10).number());
  }

  @Test
  void digitsBetweenQuotationMarksNumberTheItemsOfAnArabicLetteredSubparagraph() {
    // A/RES/75/190 (ar): "(أ) …" then "’1‘ …", "’2‘ …"
    Resolution r = Parsed.resolution("إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1 -\tتعرب عن قلقها البالغ إزاء ما يلي:\n\n"
        + "(أ)\tاستمرار ورود تقارير عن انتهاكات حقوق الإنسان، بما في ذلك:\n\n’1‘\t\tالتعذيب؛\n\n’2‘\t\tالاحتجاز التعسفي؛\n\n"
        + "(ب)\tفرض قيود واسعة النطاق.\n", Language.AR);
    List<Subparagraph> letters = r.operative().get(0).subparagraphs();
    assertEquals(List.of("أ", "ب"), letters.stream().map(Subparagraph::number).toList());
    assertEquals(List.of("1", "2"), letters.get(0).subparagraphs().stream().map(Subparagraph::number).toList());
  }

  @Test
  void aCyrillicLookAlikeOpeningARussianListIsReadAsTheLatinLetter() {
    // A/RES/75/176 (ru): "а)" (U+0430) then "b)", "c)"
    Resolution r = Parsed.resolution("Генеральная Ассамблея,\n\nссылаясь на свои предыдущие резолюции,\n\n"
        + "1.\tпризывает все государства:\n\n\u0430)\tуважать и защищать право на неприкосновенность;\n\n"
        + "b)\tпринимать меры;\n\nc)\tрегулярно пересматривать процедуры;\n", Language.RU);
    assertEquals(List.of("a", "b", "c"), r.operative().get(0).subparagraphs().stream().map(Subparagraph::number).toList());
  }

  @Test
  void aNumberBeforeAClosingParenthesisLabelsASubparagraph() {
    // S/RES/2550 (2020) (fr, es, ru): "1)", "2)" where the English prints "(1)", "(2)"
    Resolution r = Parsed.resolution("Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n"
        + "1.\tDemande aux parties de progresser sur les points suivants :\n\n1)\t\t\tPatrouilles de la FISNUA;\n\n"
        + "2)\t\t\tBases d’opérations du Mécanisme;\n\n2.\tDécide de rester saisi de la question.\n", Language.FR);
    assertEquals(List.of("1", "2"), r.operative().get(0).subparagraphs().stream().map(Subparagraph::number).toList());
    assertEquals(2, r.operative().size());
  }

  @Test
  void aLetterAndAFullStopLabelAnItemInsideARomanOne() {
    // S/RES/2524 (2020) (en and the other languages but Arabic): "(i) …:" then "a.", "b."
    Resolution r = Parsed.resolution("The Security Council,\n\nRecalling its previous resolutions,\n\n"
        + "1.\t\tDecides that the Mission shall have the following strategic objectives:\n\n"
        + "(i)\t\tAssist the political transition:\n\na.\t\tAssist, through good offices, the transition;\n\n"
        + "b.\t\tProvide technical assistance;\n\n(ii)\t\tSupport peace processes;\n\n2.\t\tDecides to remain seized of the matter.\n",
        Language.EN);
    List<Subparagraph> romans = r.operative().get(0).subparagraphs();
    assertEquals(List.of("i", "ii"), romans.stream().map(Subparagraph::number).toList());
    assertEquals(List.of("a", "b"), romans.get(0).subparagraphs().stream().map(Subparagraph::number).toList());
  }
}
