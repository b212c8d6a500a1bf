package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Resolution;
import dev.resolute.testing.Lossless;
import org.junit.jupiter.api.Test;

/**
 * Structures the model refuses, met in text: the parser reads what it can, says what it could not,
 * and never lets the model's invariant error escape. Found by {@code BadInputProperties} in the
 * 10,000-try profile.
 */
class MalformedStructureTest {

  @Test
  void aNumberRepeatedUnderARepeatedHeadingIsReadAsUnnumbered() {
    String text = "A. Recalling\n\n1.\n\nA. 20063\n. afférents1,\n\f 1. ";
    ParseResult result = ResolutionParser.create().parse(text);
    Lossless.assertAccountsForEveryCharacter(result, text);
    Resolution r = result.resolution();
    assertEquals(1, r.operative().stream().filter(c -> c.number().isPresent()).count(), r.operative().toString());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("repeats an earlier number")),
        result.diagnostics().toString());
  }

  @Test
  void numbersGoingBackWithoutAHeadingAreReadAsUnnumbered() {
    String text = "The General Assembly,\n\n1.\tDecides one;\n\n2.\tDecides two;\n\n1.\tDecides again.\n";
    ParseResult result = ResolutionParser.create().parse(text);
    Lossless.assertAccountsForEveryCharacter(result, text);
    Resolution r = result.resolution();
    assertEquals(java.util.List.of("1", "2"), r.operative().stream().flatMap(c -> c.number().stream()).toList());
    assertTrue(r.operative().stream().anyMatch(c -> c.text().contains("Decides again")), r.operative().toString());
  }
}
