package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a paragraph ends when the text does not say it with punctuation or a known lead: a blank
 * line alone, a lead after a paragraph that lost its punctuation, a short line standing alone, a
 * body named above the enacting formula, an annex labelled without a space.
 */
class ParagraphBoundariesTest {

  @Test
  void aBlankLineAfterAClausesPunctuationOpensALowerCaseParagraphWhoseLeadNoTableHolds() {
    // A/RES/75/286 (ru): "назначает" is in no lead table
    Resolution r = Parsed.resolution("Генеральная Ассамблея,\n\nрассмотрев рекомендацию Совета Безопасности,\n\n"
        + "выражая признательность г-ну Антониу Гутерришу за его работу,\n\n"
        + "назначает г-на Антониу Гутерриша Генеральным секретарем.\n", Language.RU);
    assertEquals(2, r.preamble().size());
    assertEquals(1, r.operative().size());
    assertEquals("назначает г-на Антониу Гутерриша Генеральным секретарем.", r.operative().get(0).text());
  }

  @Test
  void theLastPreambularClauseWithoutItsCommaIsNoHeading() {
    // S/RES/2504 (2020): the preamble's last paragraph ends without its comma before "1."
    Resolution r = Parsed.resolution("The Security Council,\n\nRecalling its resolutions 2042 (2012) and 2043 (2012),\n\n"
        + "Underscoring that Member States are obligated under Article 25 of the Charter of the United Nations to accept and"
        + " carry out the Council’s decisions\n\n1.\tCalls upon all parties to ensure humanitarian assistance;\n", Language.EN);
    assertEquals(2, r.preamble().size());
    assertEquals("Underscoring", r.preamble().get(1).lead());
    assertEquals(List.of(), r.headings());
  }

  @Test
  void aShortTitleOpeningWithALeadsWordBeforeTheFirstNumberIsAHeading() {
    // E/RES/2021/28: "Taking stock: reviewing …" titles the operative part
    Resolution r = Parsed.resolution("The Economic and Social Council,\n\nRecalling its resolution 2006/46,\n\n"
        + "Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society\n\n"
        + "1.\tWelcomes the inputs from all stakeholders;\n", Language.EN);
    assertEquals(1, r.preamble().size());
    assertEquals(1, r.headings().size());
  }

  @Test
  void aLeadsWordInLowerCaseAtAPageTopGoesOnWithTheSentence() {
    // S/RES/2518 (2020) as PDF text: "recognizes" (an operative lead, capitalized) opens the page
    Resolution r = Parsed.resolution("The Security Council,\n\nRecalling its resolutions,\n\n"
        + "1.\tStresses the importance of supporting United Nations peacekeeping operations,\n"
        + "                                                                   S/RES/2518 (2020)\n\n20-06535\n\n"
        + "recognizes the crucial role peacekeeping plays in achieving stability;\n\n2.\tDecides to remain seized.\n",
        Language.EN);
    assertEquals(1, r.preamble().size());
    assertEquals(2, r.operative().size());
    assertTrue(r.operative().get(0).text().endsWith("plays in achieving stability;"), r.operative().get(0).text());
  }

  @Test
  void aDecimalOpeningALineIsNoOperativeNumber() {
    // A/RES/75/175 as PDF text: a preambular paragraph wraps before "1.6 billion people"
    Resolution r = Parsed.resolution("The General Assembly,\n\nRecalling its resolutions,\n\n"
        + " Remaining deeply concerned that progress has been uneven, inequality has increased,\n"
        + "1.6 billion people still live in multidimensional poverty, the total number of\n"
        + "persons living in extreme poverty remains unacceptably high,\n\n"
        + " 1. Reaffirms that extreme poverty is a concern;\n\n 2. Decides to continue.\n", Language.EN);
    assertEquals(2, r.preamble().size());
    assertTrue(r.preamble().get(1).text().contains("1.6 billion people"), r.preamble().get(1).text());
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void anIndentedPreambularLeadAtAPageTopEndsAParagraphThatLostItsPunctuation() {
    // A/RES/75/316 as PDF text: "… développement durable" (no comma), a page break, " Réaffirmant également …"
    Resolution r = Parsed.resolution("L’Assemblée générale,\n\n Réaffirmant que la création de nouvelles technologies, notamment\n"
        + "le transfert de technologie, sont de puissants\nmoteurs de la croissance économique et du développement durable\n"
        + "A/RES/75/316\n\n417-53961 \n\n Réaffirmant également que les droits dont toute personne jouit hors ligne doivent\n"
        + "également être protégés en ligne,\n\n 1. Décide de continuer.\n", Language.FR);
    assertEquals(List.of("Réaffirmant", "Réaffirmant également"), r.preamble().stream().map(p -> p.lead()).toList());
  }

  @Test
  void anOperativeSentenceThatACommaLeavesOpenGoesOnAtThePageTop() {
    // A/RES/75/322 (ru) as PDF text: "подтверждая" is a preambular lead, here a participle of paragraph 27
    Resolution r = Parsed.resolution("Генеральная Ассамблея,\n\nссылаясь на свои резолюции,\n\n"
        + "1. особо отмечает необходимость продолжать обсуждение вопроса о модернизации исчисления\n"
        + "официальной помощи в целях развития,\n                                                   A/RES/75/322\n\n"
        + "1112-40601 \n\nподтверждая при этом, что любой подобный критерий не повлечет за собой сокращения\n"
        + "уже взятых обязательств;\n\n2. просит систему продолжать оказывать поддержку.\n", Language.RU);
    assertEquals(1, r.preamble().size());
    assertEquals(2, r.operative().size());
    assertTrue(r.operative().get(0).text().endsWith("уже взятых обязательств;"), r.operative().get(0).text());
  }

  @Test
  void aFullWidthCommaLeavesAnOperativeSentenceOpenAcrossAPageToo() {
    // A/RES/75/227 (zh) as PDF text: "强调指出" (a lead) opens the page inside paragraph 27
    Resolution r = Parsed.resolution("大会，\n\n回顾其各项决议，\n\n1. 认识到灾害严重阻碍可持续发展取得进展，认识到必须继续支持"
        + "为适应和缓解气候变化而做出的努力，\n                                A/RES/75/227\n\n618-57982 \n\n"
        + "强调指出必须从各种来源获得充足和可预测的财政资源；\n\n2. 决定继续审议该问题。\n", Language.ZH);
    assertEquals(1, r.preamble().size());
    assertEquals(2, r.operative().size());
  }

  @Test
  void aListAfterAColonStaysInItsParagraph() {
    // E/RES/2021/25 (fr): "a) promouvoir …" under "Réaffirmant que … :"
    Resolution r = Parsed.resolution("Le Conseil économique et social,\n\nRéaffirmant que le Plan d’action a pour objet :\n\n"
        + "a)  promouvoir la ratification universelle;\n\nb)  aider les États Membres,\n\n"
        + "Prenant note du rapport,\n\n1.\tPrie le Secrétaire général de lui faire rapport.\n", Language.FR);
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aPreambularLeadAfterABlankLineEndsAParagraphThatLostItsPunctuation() {
    // A/RES/75/157 (ru): "…психического здоровья" without its comma
    Resolution r = Parsed.resolution("Генеральная Ассамблея,\n\nподтверждая право каждого человека на наивысший уровень здоровья\n\n"
        + "напоминая в этой связи о том, что пользование этим правом играет важную роль,\n\n"
        + "1.\tпризывает государства принять меры.\n", Language.RU);
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aShortLineStandingAloneBetweenOperativeParagraphsIsAHeading() {
    // S/RES/2551 (2020) (zh): "军火禁运" between two operative paragraphs
    Resolution r = Parsed.resolution("安全理事会，\n\n回顾其以往各项决议，\n\n1.\t促请国际社会支持执行索马里过渡计划；\n\n军火禁运\n\n"
        + "2.\t重申所有国家应执行全面彻底的禁运；\n", Language.ZH);
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals(List.of("军火禁运"), r.headings().stream().map(SectionHeading::text).toList());
    assertEquals("促请国际社会支持执行索马里过渡计划；", r.operative().get(0).text());
  }

  @Test
  void aBodyNamedAboveAnotherBodysFormulaIsATitle() {
    // A/RES/75/290 A (ru): the part's title "Экономический и Социальный Совет", then the formula
    Resolution r = Parsed.resolution("A\n\nЭкономический и Социальный Совет\n\nГенеральная Ассамблея,\n\n"
        + "ссылаясь на Устав Организации Объединенных Наций,\n\n1.\tпостановляет продолжить рассмотрение.\n", Language.RU);
    assertEquals("Генеральная Ассамблея,", r.enactingFormula().orElse(""));
    assertEquals(1, r.preamble().size());
  }

  @Test
  void anAnnexLabelGluedToTheWordOpensAnAnnex() {
    // S/RES/2551 (2020) (zh): "附件A" after the last operative paragraph
    Resolution r = Parsed.resolution("安全理事会，\n\n回顾其以往各项决议，\n\n1.\t决定继续处理此案。\n\n附件A\n\n须经委员会事先批准的物项\n\n"
        + "1.\t地对空导弹；\n\n2.\t口径大于12.7毫米的武器；\n", Language.ZH);
    assertEquals(1, r.operative().size());
    assertEquals(1, r.annexes().size());
  }

  @Test
  void theNextNumberWithoutItsFullStopBeforeAnOperativeLeadOpensTheNextParagraph() {
    // A/RES/75/197 (fr), as a PDF extractor gives it: " 10 Rappelle que …"
    Resolution r = Parsed.resolution("L’Assemblée générale,\n\n Rappelant sa résolution 74/171,\n\n 1. Prend note du rapport ;\n\n"
        + " 2 Rappelle que l’Institut a pris l’initiative d’instaurer un système ;\n", Language.FR);
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void aNumberBeforeAWordThatIsNoLeadStaysText() {
    String text = "The General Assembly,\n\n Recalling its resolution 74/171,\n\n 1. Takes note of the report of\n\n"
        + " 2 Member States on the matter;\n";
    assertEquals(1, Parsed.resolution(text, Language.EN).operative().size());
  }

  @Test
  void aLineFlushLeftAtTheTopOfAPageGoesOnWithAnIndentedParagraph() {
    // A/RES/75/151 (zh): "特别是…" opens the next page, and "特别是" also opens paragraphs elsewhere
    String text = "大会，\n\n 深为关切冠状病毒病疫情对社会经济造成严重破坏，从而对消除贫困造成影响，\n\n__________________\n 1 A/70/228。\n"
        + "                              A/RES/75/151\n\n2 20-17890\n\n特别是影响到穷人和处境脆弱的人，\n\n 又回顾其以往各项决议，\n\n 1.\t决定继续审议。\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(2, r.preamble().size());
  }

  @Test
  void anEnglishLeadInLowerCaseAtTheTopOfAPageOpensNoParagraph() {
    // A/RES/75/35 as PDF text: "…Outer Space,⏎[page break]⏎taking into account its previous efforts…"
    String text = "The General Assembly,\n\n Noting that the Ad Hoc Committee on the Prevention of an Arms Race in Outer Space,\n\n"
        + "__________________\n 1 Note one.\n\n18-74964 (E)\nA/RES/75/35\n\ntaking into account its previous efforts, continued the examination,\n\n"
        + " 1. Decides to remain seized of the matter.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(1, r.preamble().size());
  }

  @Test
  void aTitleOpeningWithAQuotationMarkIsNoContinuation() {
    // S/RES/2531 (2020) (zh): "《马里和平与和解协议》的执行", a heading after the preamble's last paragraph
    Resolution r = Parsed.resolution("安全理事会，\n\n 认定马里局势继续对国际和平与安全构成威胁，\n\n 根据《联合国宪章》第七章采取行动，\n\n"
        + " 《马里和平与和解协议》的执行\n\n1.\t决定将马里稳定团的任务期限延长至2021年6月30日；\n", Language.ZH);
    assertEquals(2, r.preamble().size());
    assertEquals("根据《联合国宪章》第七章采取行动，", r.preamble().get(1).text());
  }

  @Test
  void aColonEndedParagraphWithoutAPreambularLeadOpensTheOperativePart() {
    // as "正式决定：" (Resolves that:) opens A/RES/75/256 in Chinese; "兹决定" is in neither lead table
    Resolution r = Parsed.resolution("大会，\n\n兹决定：\n\n1.\t将2021年周转基金的数额定为1.50亿美元；\n\n2.\t会员国应预缴款项。\n", Language.ZH);
    assertEquals(0, r.preamble().size());
    assertEquals(3, r.operative().size());
  }

  @Test
  void aHeadingAPageBreakJoinedToThePreamblesLastParagraphIsSplitOff() {
    // S/RES/2509 (2020) (zh) as PDF text: the heading opens the next page, indented as paragraphs are
    String text = "安全理事会，\n\n 认定利比亚局势继续对国际和平与安全构成威胁，\n\n 根据《联合国宪章》第七章采取行动，\n\n"
        + "14-09421 (C)\nS/RES/2509 (2020)\n\n214-09421 \n\n 防止非法出口石油\n\n1. 谴责从利比亚非法出口石油的企图；\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(2, r.preamble().size());
    assertEquals(List.of("防止非法出口石油"), r.headings().stream().map(SectionHeading::text).toList());
  }

  @Test
  void aLineIndentedAsParagraphsOpenAtAPageTopOpensTheNextParagraph() {
    // S/RES/2554 (2020) (zh) as PDF text: continuation lines are flush left, paragraphs open indented
    String text = "安全理事会，\n\n 认定索马里沿海海域海盗和海上武装抢劫事件加剧了索马里局势，继续对\n该区域的国际和平与安全构成威胁，\n\n"
        + "S/RES/2554 (2020)\n\n314-69281 \n\n 根据《联合国宪章》第七章采取行动，\n\n1. 重申安理会谴责海盗行为；\n";
    Resolution r = Parsed.resolution(text, Language.ZH);
    assertEquals(2, r.preamble().size());
  }

  @Test
  void aTablesCellsAreNoHeadings() {
    // A/RES/75/254 as plain text: the cells of an appropriations table, one a line, blank lines between
    String text = "The General Assembly,\n\n1.\tAppropriations totalling 3,208,080,100 dollars are approved:\n\nSection\n\nAmount\n\n"
        + "Overall policymaking\n\n78 809 400\n\nPolitical affairs\n\n792 787 700\n\n2.\tThere shall be set off the following.\n";
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(List.of(), r.headings());
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void aLineThatReadsLikeAClosingGoesOnWhileAParenthesisIsOpen() throws java.io.IOException {
    // the page breaks after "vol." inside a Treaty Series reference; the next page's first line ends
    // with "the record of the meeting", as a closing line may: the paragraph goes on
    Resolution r = Parsed.resolution(RoundTripSamples.read("en-closing-inside-parenthesis.txt"), Language.EN);
    assertEquals(6, r.operative().size());
    assertTrue(r.operative().get(0).text().contains("vol. 989, No. 14458), and the record of the meeting"));
  }

  @Test
  void anAdoptionStatementAfterAParagraphThatLostItsFullStopClosesTheText() {
    // S/RES/285 (1970), an OCR text: the paragraph ends without its full stop, then a blank line
    String last = lastOperativeText("The Security Council\n\nDemands the complete and immediate withdrawal\n"
        + "of all Israeli armed forces from Lebanese territory\n\nAdopted at the 1551st meeting\nby 14 votes to none,\n"
        + "with 1 abstention (United\nStates of America).\n", Language.EN);
    assertEquals("Demands the complete and immediate withdrawal of all Israeli armed forces from Lebanese territory", last);
  }

  @Test
  void anAdoptionStatementAfterAFullStopInsideClosingQuotesClosesTheText() {
    // S/RES/37 (1947): the last paragraph ends a quotation, '.”'
    String last = lastOperativeText("The Security Council,\n\nResolves to add the following paragraph:\n\n"
        + "“The Commission shall report within the time limits set forth in the preceding paragraph.”\n\n"
        + "Adopted at the 222nd meeting.\n", Language.EN);
    assertEquals("“The Commission shall report within the time limits set forth in the preceding paragraph.”", last);
  }

  @Test
  void anAdoptionStatementMisreadAsAdaptedClosesTheText() {
    // S/RES/368 (1975), an OCR text, prints "Adapted at the 1821st meeting"
    String last = lastOperativeText("The Security Council,\n\nDecides to renew the mandate of the Force.\n\n"
        + "Adapted at the 1821st meeting by 13 votes to none.\n", Language.EN);
    assertEquals("Decides to renew the mandate of the Force.", last);
  }

  @Test
  void anAdoptionStatementInFrenchAfterAParagraphThatLostItsFullStopClosesTheText() {
    String last = lastOperativeText("Le Conseil de sécurité,\n\nDécide de rester saisi de la question\n\n"
        + "Adoptée à l’unanimité à la 1587e séance.\n", Language.FR);
    assertEquals("Décide de rester saisi de la question", last);
  }

  @Test
  void aLeadThatReadsLikeAnAdoptionWordAfterALostFullStopOpensNoClosing() {
    // "Adopte" (adopts) is an operative lead, not the participle of an adoption statement
    String last = lastOperativeText("Le Conseil de sécurité,\n\nPrend note du rapport du Secrétaire général\n\n"
        + "Adopte le programme de travail figurant dans l’annexe.\n", Language.FR);
    assertTrue(last.endsWith("Adopte le programme de travail figurant dans l’annexe."), last);
  }

  @Test
  void theLastParagraphOfAnUnnumberedTextIsOperativeWhereItsFullStopWasMisreadAsAComma() {
    // S/RES/299 (1971), an OCR text: "… in the United Nations," then the adoption statement
    Resolution r = Parsed.resolution("The Security Council,\n\nHaving examined the application of Oman for admission to"
        + " the United Nations,\n\nRecommends to the General Assembly that Oman\nbe admitted to membership in the United"
        + " Nations,\n\nAdopted unanimously at the\n1587th meeting.\n", Language.EN);
    assertEquals(1, r.preamble().size());
    assertEquals(1, r.operative().size());
    assertEquals("Recommends", r.operative().get(0).lead());
  }

  /** The text of the last operative clause of a parsed text. */
  private static String lastOperativeText(String text, Language language) {
    List<dev.resolute.model.OperativeClause> operative = Parsed.resolution(text, language).operative();
    return operative.get(operative.size() - 1).text();
  }
}
