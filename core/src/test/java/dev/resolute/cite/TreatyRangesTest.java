package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Treaty Series reference to a range of registration numbers ("vol. 75, Nos. 970–973": the four
 * Geneva Conventions) is one citation per treaty, as a range of resolutions is; so is a list of them
 * ("vol. 1125, Nos. 17512 and 17513": the two Additional Protocols).
 */
class TreatyRangesTest {

  private static List<String> cited(String text, Language language) {
    return CitationExtractor.create().extract(text, CitationContext.of(language, Body.GA, "footnote:1")).citations()
        .stream().map(c -> c.canonical() + " [" + c.text() + "]").toList();
  }

  @Test
  void aRangeOfRegistrationNumbersIsOneCitationPerTreaty() {
    assertEquals(List.of("I-970 [United Nations, Treaty Series, vol. 75, Nos. 970]", "I-971 [970–973]",
        "I-972 [970–973]", "I-973 [973]"), cited("United Nations, Treaty Series, vol. 75, Nos. 970–973.", Language.EN));
  }

  @Test
  void eachLanguagePrintsTheRangeItsWay() {
    List<String> four = List.of("I-970", "I-971", "I-972", "I-973");
    assertEquals(four, canonicals("Nations Unies, Recueil des Traités, vol. 75, nos 970 à 973.", Language.FR));
    assertEquals(four, canonicals("Naciones Unidas, Treaty Series, vol. 75, núms. 970 a 973.", Language.ES));
    assertEquals(four, canonicals("联合国，《条约汇编》，第75卷，第970-973号。", Language.ZH));
  }

  @Test
  void anIbidTakesARangeToo() {
    // A/RES/75/97 (ar): "Ibid., vol. 75, Nos. 970 to 973" after a note citing No. 973
    assertEquals(List.of("I-970", "I-971", "I-972", "I-973"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 75, No. 973.",
        "المرجع نفسه، المجلد 75، الأرقام 970 إلى 973.", Language.AR));
  }

  @Test
  void aListOfRegistrationNumbersIsOneCitationPerTreaty() {
    assertEquals(List.of("I-17512 [United Nations, Treaty Series, vol. 1125, Nos. 17512]", "I-17513 [17513]"),
        cited("United Nations, Treaty Series, vol. 1125, Nos. 17512 and 17513.", Language.EN));
    assertEquals(List.of("I-970 [United Nations, Treaty Series, vol. 75, Nos. 970]", "I-971 [971]", "I-973 [973]"),
        cited("United Nations, Treaty Series, vol. 75, Nos. 970, 971 and 973.", Language.EN));
  }

  @Test
  void eachLanguagePrintsTheListItsWay() {
    // the footnotes of A/RES/75/125 and 75/189 in each language
    List<String> two = List.of("I-17512", "I-17513");
    assertEquals(two, canonicals("Nations Unies, Recueil des Traités, vol. 1125, nos 17512 et 17513.", Language.FR));
    assertEquals(two, canonicals("Naciones Unidas, Treaty Series, vol. 1125, núms. 17512 y 17513.", Language.ES));
    assertEquals(two, canonicals("联合国，《条约汇编》，第1125卷，第17512和17513号。", Language.ZH));
    assertEquals(two, Cited.inNoteAfter("United Nations, Treaty Series, vol. 75, No. 973.",
        "المرجع نفسه، المجلد 1125، الرقمان 17512 و 17513.", Language.AR));
  }

  @Test
  void aSecondNumberBelowTheFirstIsNoRange() {
    assertEquals(List.of("I-2013 [United Nations, Treaty Series, vol. 1, No. 2013]"),
        cited("United Nations, Treaty Series, vol. 1, No. 2013-3.", Language.EN));
  }

  private static List<String> canonicals(String text, Language language) {
    return Cited.canonicals(text, language, Body.GA);
  }
}
