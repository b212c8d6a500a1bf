package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ibid. in a footnote points back to the Treaty Series reference of the footnote before it. */
class IbidChainTest {

  private static List<String> afterTreatyNote(String previousNote, String note, Language language) {
    CitationExtractor extractor = CitationExtractor.create();
    CitationContext context = CitationContext.of(language, Body.GA, "footnote:3");
    Extraction before = extractor.extract(previousNote, context);
    return extractor.extract(note, context.at("footnote:4", before.lastTreaty())).citations().stream()
        .map(c -> c.canonical()).toList();
  }

  @Test
  void russianTextsWriteIbidInRussianBeforeTheEnglishVolumeAndNumber() {
    // A/RES/75/90 (ru): "Там же, vol. 2171, No. 27531." after "United Nations, Treaty Series, vol. 1577, No. 27531."
    assertEquals(List.of("I-27531"), afterTreatyNote("United Nations, Treaty Series, vol. 1577, No. 27531.",
        "Там же, vol. 2171, No. 27531.", Language.RU));
  }
}
