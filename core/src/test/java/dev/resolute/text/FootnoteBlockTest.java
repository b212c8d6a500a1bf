package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Footnote;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Footnote blocks as PDF text lays them out: where a note goes on, where the body of the text resumes. */
class FootnoteBlockTest {

  private static List<String> notes(String text, Language language) {
    Resolution r = Parsed.resolution(text, language);
    return r.footnotes().stream().map(Footnote::text).toList();
  }

  @Test
  void aWrappedChineseNoteThatKeepsTheSpaceItWasBrokenAtGoesOn() {
    // A/RES/75/180 laid out as PDF text: note 1 is broken inside "(PART I)"
    String text = "大会，\n\n 认识到加强国际合作有助于人权体系的有效运作，1\n\n1. 重申所有会员国都有义务。2\n\n__________________\n\n"
        + " 1  A/CONF.157/24(Part I)和A/CONF.157/24(PART\n I)/Corr.1，第三章。\n 2  第55/2号决议。\n";
    assertEquals(List.of("A/CONF.157/24(Part I)和A/CONF.157/24(PART I)/Corr.1，第三章。", "第55/2号决议。"),
        notes(text, Language.ZH));
  }

  @Test
  void anIndentedLineAfterANoteThatEndedItsSentenceIsNoPartOfIt() {
    String text = "The General Assembly,\n\n Recalling its resolution 65/232,1\n\n__________________\n\n"
        + " 1  Resolution 65/232.\n Noting the report of the Secretary-General,\n\n1. Decides to remain seized of the matter.\n";
    assertEquals(List.of("Resolution 65/232."), notes(text, Language.EN));
  }

  @Test
  void aFullStopInsideOpenParenthesesEndsNoNote() {
    // A/RES/75/242 laid out as PDF text: note 1 breaks after "(Vol."
    String text = "大会，\n\n 审议了关于联合国、1 国际贸易中心、2 的报告，\n\n1.\t决定。\n\n__________________\n\n"
        + " 1  《大会正式纪录，补编第5号》(第一卷)(A/75/5 (Vol.\n I))。\n 2  同上，第三卷(A/75/5 (Vol. III))。\n";
    assertEquals(List.of("《大会正式纪录，补编第5号》(第一卷)(A/75/5 (Vol. I))。", "同上，第三卷(A/75/5 (Vol. III))。"),
        notes(text, Language.ZH));
  }
}
