package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cover page, the title line with the resolution's own number, and the enacting formula after
 * them, where the formula carries no comma to tell it from the body named on the cover (Chinese,
 * Arabic): the own number before the title is what tells them apart.
 */
class CoverPageTest {

  /** A/RES/S-32/1 (zh) as the UN's markup renders: a special session's number before the title. */
  private static final String SPECIAL_SESSION_ZH = "联合国\nA/RES/S-32/1\n大会\nDistr.: General\n7 June 2021\n"
      + "第三十二届会议\n议程项目8\n通过政治宣言\n2021年6月2日大会决议\n[未经发交主要委员会而通过 (A/S-32/L.1)]\n\n"
      + "S-32/1.\t我们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作\n\n大会\n\n"
      + "通过本决议附件中题为“我们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作”的政治宣言。\n\n"
      + "第1次全体会议\n\n2021年6月2日\n";

  @Test
  void aSpecialSessionNumberOpensTheTitleLine() {
    Resolution r = Parsed.resolution(SPECIAL_SESSION_ZH, Language.ZH);
    assertEquals(Optional.of("我们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作"), r.title());
  }

  @Test
  void theBodyNamedAfterASpecialSessionTitleIsTheFormula() {
    Resolution r = Parsed.resolution(SPECIAL_SESSION_ZH, Language.ZH);
    assertEquals(Optional.of("大会"), r.enactingFormula());
    assertEquals(0, r.preamble().size());
    assertEquals(1, r.operative().size());
  }

  @Test
  void aCouncilResolutionsDateUnderItsNumberIsItsAdoptionDate() {
    // S/RES/332 (1973) as volumes of resolutions print it (crunsc/)
    Resolution r = Parsed.resolution("Resolution 332 (1973)\nof 21 April 1973\n\nThe Security Council,\n\n"
        + "Recalling its resolutions,\n\n1. Decides to remain seized of the matter.\n", Language.EN);
    assertEquals(Optional.of(java.time.LocalDate.of(1973, 4, 21)), r.adoptionDate());
    assertEquals(Optional.empty(), r.issueDate());
  }

  @Test
  void aCouncilResolutionsDateAfterItsNumberOnOneLineIsItsAdoptionDate() {
    // S/RES/59 (1948): "59 (1948). Resolution of 19 October 1948"
    Resolution r = Parsed.resolution("59 (1948). Resolution of 19 October 1948\n[S/1045]\n\nThe Security Council,\n\n"
        + "Having in mind the report,\n\n1. Decides to remain seized of the matter.\n", Language.EN);
    assertEquals(Optional.of(java.time.LocalDate.of(1948, 10, 19)), r.adoptionDate());
  }

  @Test
  void aDateAloneOnACoverLineIsItsIssueDateNotItsAdoption() {
    Resolution r = Parsed.resolution("United Nations\nA/C.3/66/L.15\nGeneral Assembly\nDistr.: Limited\n12 October 2011\n\n"
        + "The General Assembly,\n\nRecalling its resolution 65/232,\n\n1. Decides to remain seized of the matter.\n", Language.EN);
    assertEquals(Optional.empty(), r.adoptionDate());
    assertEquals(Optional.of(java.time.LocalDate.of(2011, 10, 12)), r.issueDate());
  }
}
