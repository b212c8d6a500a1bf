package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic operative numbers as the UN's texts write them: inline, with a hyphen or an en dash. */
class ArabicNumberingTest {

  @Test
  void anEnDashAfterTheNumberOpensAnOperativeParagraphAsAHyphenDoes() {
    // A/RES/75/166: "2 –<TAB>تحيط علما أيضا …" between "1 -" and "3 -"
    String text = "إن الجمعية العامة،\n\n1 -\tتحيط علما بالتقرير السنوي؛\n\n2 –\tتحيط علما أيضا بالموجز السياساتي؛\n\n"
        + "3 -\tتقرر أن تواصل النظر في المسألة.\n";
    Resolution r = ResolutionParser.create().parse(text, Language.AR).resolution();
    assertEquals(List.of("1", "2", "3"), r.operative().stream().map(o -> o.number().orElse("")).toList());
    assertEquals("تحيط علما أيضا بالموجز السياساتي؛", r.operative().get(1).text());
  }
}
