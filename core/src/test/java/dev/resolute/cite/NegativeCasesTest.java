package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that look like references but are none stay silent. */
class NegativeCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Recalling the 2030 Agenda for Sustainable Development and Agenda 2030,
      Noting that 1/3 of the population lives in poverty,
      Stressing that services must be available 24/7,
      Requests the Secretary-General to report on pages 12/13 of the report,
      Recalling paragraphs 4/5 of its resolution,
      Calls the hotline at +41 22 917 9000 or 917/9000,
      Welcomes the meeting held on 12/10/2023 in Geneva,
      Notes the figures for 2010/2011 and the biennium 2012-2013,
      Recalling paragraph 33 above and article 14 of the Convention,
      """)
  void staysSilent(String text) {
    assertEquals(0, CitationExtractor.create().extract(text, CitationContext.of(Language.EN, Body.GA, "preamble:1"))
        .citations().size());
  }

  /**
   * A full stop before a no-break space ends a sentence as before a space: the number after an
   * African Union symbol's series ("Assembly/AU/Decl.\u00a08\u00a0(XXXII)", A/RES/75/164 in Russian)
   * is not the decision the word before the symbol names.
   */
  @Test
  void aNumberAfterAFullStopAndANoBreakSpaceIsNoneOfTheSentenceBefore() {
    assertEquals(List.of(), Cited.canonicals("приветствует решение Assembly/AU/Decl.\u00a08\u00a0(XXXII), которое было принято",
        Language.RU, Body.GA));
    assertEquals(List.of(), Cited.canonicals("Welcomes decision Assembly/AU/Decl.\u00a08\u00a0(XXXII), adopted by", Language.EN,
        Body.GA));
  }

  /** Chinese prints the resolution word after the number, in the same sentence (A/RES/75/164). */
  @Test
  void aNumberPrintedAfterASymbolsSeriesAndASpaceIsTheSymbolsNotADecision() {
    assertEquals(List.of(), Cited.canonicals("欢迎非洲联盟国家元首和政府首脑会议第三十二届常会通过Assembly/AU/Decl. 8(XXXII)号决定，",
        Language.ZH, Body.GA));
  }

  /**
   * A budget period in a Chinese clause that opens with "决定" (decides, also the word for a
   * decision): the word stands before a number not printed as cited (A/RES/75/300, 302, 304).
   */
  @Test
  void aChineseBudgetPeriodAfterTheVerbDecidesIsNoDecision() {
    assertEquals(List.of(), Cited.canonicals("回顾行预咨委会报告第29段，决定进一步裁撤工程科1个本国一般事务员额，该员额到2020/21预算期结束时空缺时间已达或超过24个月；",
        Language.ZH, Body.GA));
  }

  /** A number printed as cited ("第…号") before a comma still takes the word after the list (A/RES/75/156). */
  @Test
  void aChineseNumberPrintedAsCitedTakesTheWordBeforeItWhereNoneFollows() {
    assertEquals(List.of("A/RES/74/274", "A/RES/74/306", "A/RES/74/307"),
        Cited.canonicals("又回顾关于药品的第74/274号决议，2020年9月11日关于全面协调应对COVID-19大流行的第74/306号，"
            + "以及2020年9月11日题为“联合应对全球健康威胁”的第74/307号决议，", Language.ZH, Body.GA));
  }

  /** Chinese texts write the ASCII comma for their own ("基本原则，特别是原则4,"): it ends the clause a number's word is looked for in. */
  @Test
  void aChineseNumberTakesNoResolutionWordPastAnAsciiComma() {
    assertEquals(List.of("S/RES/2250(2015)"),
        Cited.canonicals("注意到大会第70/1号文件,并回顾安全理事会第2250(2015)号决议", Language.ZH, Body.GA));
  }
}
