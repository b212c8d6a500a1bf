package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line that closes a resolution is no operative paragraph, whatever number opens it. */
class ClosingLineTest {

  @Test
  void aRussianPlenaryMeetingOrdinalIsNoOperativeNumber() {
    // A/RES/75/15: "30-е пленарное заседание" after operative paragraph 28
    String text = "Генеральная Ассамблея,\n\n1.\tпризнает важность сотрудничества;\n\n"
        + "2.\tпостановляет продолжить рассмотрение этого вопроса.\n\n30-е пленарное заседание\n1 декабря 2020 года\n";
    Resolution r = ResolutionParser.create().parse(text, Language.RU).resolution();
    assertEquals(List.of("1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }
}
