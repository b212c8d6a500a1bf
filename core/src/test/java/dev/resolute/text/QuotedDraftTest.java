package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A draft that a resolution quotes for another body to adopt speaks with that body's voice: the
 * Economic and Social Council recommends a draft to the General Assembly, whose "its own
 * resolution 415 (V)" is the Assembly's (E/RES/2021/20, French).
 */
class QuotedDraftTest {

  private static final String COUNCIL = "Le Conseil économique et social,\n\n"
      + "Rappelant sa résolution 2019/20 du 23 juillet 2019,\n\n"
      + "Recommande à l’Assemblée générale d’adopter le projet de résolution suivant :\n\n"
      + "L’Assemblée générale,\n\n"
      + "Soulignant la responsabilité que l’Organisation assume en vertu de la résolution 155 C (VII) du Conseil "
      + "économique et social en date du 13 août 1948 et de sa propre résolution 415 (V) du 1er décembre 1950,\n\n"
      + "1. Décide de convoquer le congrès.\n";

  private static List<String> cited(String text) {
    Resolution r = Parsed.resolution(text, Language.FR);
    return r.citations().stream().map(Citation::canonical).collect(Collectors.toList());
  }

  @Test
  void theQuotedDraftsOwnResolutionIsTheBodyItIsQuotedFor() {
    assertEquals(List.of("E/RES/2019/20", "E/RES/155C(VII)", "A/RES/415(V)"), cited(COUNCIL));
  }

  @Test
  void aDraftOfTheDocumentsOwnBodyChangesNoVoice() {
    String assembly = COUNCIL.replace("Le Conseil économique et social,", "L’Assemblée générale,")
        .replace("Rappelant sa résolution 2019/20 du 23 juillet 2019", "Rappelant sa résolution 74/20 du 23 juillet 2019");
    assertEquals(List.of("A/RES/74/20", "E/RES/155C(VII)", "A/RES/415(V)"), cited(assembly));
  }
}
