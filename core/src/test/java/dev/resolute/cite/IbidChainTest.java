package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ibid. in a footnote points back to the Treaty Series reference of the footnote before it. */
class IbidChainTest {

  @Test
  void russianTextsWriteIbidInRussianBeforeTheEnglishVolumeAndNumber() {
    // A/RES/75/90 (ru): "Там же, vol. 2171, No. 27531." after "United Nations, Treaty Series, vol. 1577, No. 27531."
    assertEquals(List.of("I-27531"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 1577, No. 27531.",
        "Там же, vol. 2171, No. 27531.", Language.RU));
  }
}
