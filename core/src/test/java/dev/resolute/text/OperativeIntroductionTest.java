package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A resolution whose operative part opens with an unnumbered introduction ("Resolves that:",
 * "Adopts the following declaration:", A/RES/75/256 and 75/1): the introduction is an unnumbered
 * operative paragraph, as the UN marks it, not a preambular one.
 */
class OperativeIntroductionTest {

  private static Resolution parse(String text) {
    return Parsed.resolution(text, Language.EN);
  }

  @Test
  void introductionEndingWithAColonOpensTheOperativePart() {
    Resolution r = parse("The General Assembly\n\nResolves that:\n\n1. The Working Capital Fund shall be established;\n\n"
        + "2. Member States shall make advances to the Fund.\n");
    assertEquals(0, r.preamble().size());
    assertEquals(3, r.operative().size());
    assertEquals(Optional.empty(), r.operative().get(0).number());
    assertEquals("Resolves", r.operative().get(0).lead());
  }

  @Test
  void theTitleOfWhatIsAdoptedMayStandBetween() {
    Resolution r = parse("The General Assembly,\n\nAdopts the following declaration:\n\n"
        + "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations\n\n"
        + "1. We, the Heads of State and Government, have gathered;\n\n2. We reaffirm our commitment.\n");
    assertEquals(0, r.preamble().size());
    assertEquals("Adopts", r.operative().get(0).lead());
  }

  @Test
  void aPreambularParagraphEndingWithAColonStaysInThePreamble() {
    Resolution r = parse("The General Assembly,\n\nNoting with satisfaction:\n\n1. Decides to remain seized of the matter.\n");
    assertEquals(1, r.preamble().size());
    assertEquals(1, r.operative().size());
  }
}
