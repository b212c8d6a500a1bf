package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.text.ResolutionParser;
import org.junit.jupiter.api.Test;

/** How the PDF-like renderer lays out Chinese: lines wrapped and items labelled as Chinese typesetting does. */
class PdfTextChineseWrapTest {

  @Test
  void aSpaceOfTheSourceAtTheWrapPointStaysOnTheLineBefore() {
    // A/RES/75/159: "…《儿童权利公约》， 回顾…" wrapped as " 回顾…" read as a paragraph's indent
    Resolution r = ResolutionParser.create().parse("大会，\n\n又重申《世界人权宣言》、《消除对妇女一切形式歧视公约》和《儿童权利公约》，"
        + " 回顾《经济社会及文化权利国际公约》和《公民及政治权利国际公约》，\n\n1. 决定继续审议这一问题。\n", Language.ZH).resolution();
    for (int width = 30; width <= 80; width++) {
      String text = PdfText.standard().lineWidth(width).render(r);
      for (String line : text.split("\n")) {
        assertFalse(line.startsWith(" 回顾"), "width " + width + ":\n" + text);
      }
    }
  }

  @Test
  void anItemNumberedWithAParenthesizedIdeographKeepsItsOwnParentheses() {
    // E/RES/2021/29 (zh): "㈠ 将科学、技术和创新…", never "(㈠)"
    Resolution r = ResolutionParser.create().parse("大会，\n\n回顾其各项决议，\n\n1. 鼓励各国政府考虑采取下列行动：\n\n"
        + "(a)\t加强合作：\n\n㈠\t将科学、技术和创新同可持续发展战略紧密联系起来；\n\n㈡\t增进地方创新能力。\n", Language.ZH).resolution();
    String text = PdfText.standard().render(r);
    assertTrue(text.contains("㈠ "), text);
    assertFalse(text.contains("(㈠)"), text);
  }
}
