package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.testing.Lossless;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collection of resolutions adopted together ({@code A/RES/75/101 A-B}): each part closes with its
 * meeting and date, and the next opens with its letter, title and its own enacting formula.
 */
class ResolutionCollectionTest {

  private static final String TEXT = "75/101.\tQuestions relating to information\n\nA\n\nInformation in the service of humanity\n\n"
      + "The General Assembly,\n\nTaking note of the report of the Committee on Information,\n\n"
      + "Urges all countries and all others concerned:\n\n(a)\tTo cooperate and interact;\n\n(b)\tTo ensure for journalists"
      + " the free performance of their tasks.\n\n41st plenary meeting\n\n10 December 2020\n\nB\n\n"
      + "United Nations global communications policies and activities\n\nThe General Assembly,\n\n"
      + "Emphasizing that the Committee on Information is its main subsidiary body,\n\nRecalling its resolutions 74/92 A and B,\n\n"
      + "1.\tRequests the Secretary-General to continue;\n\n2.\tReaffirms that the United Nations remains the foundation.\n\n"
      + "41st plenary meeting\n\n10 December 2020\n";

  @Test
  void eachPartKeepsItsPreambleAndOperativeParagraphs() {
    ParseResult result = ResolutionParser.create().parse(TEXT, Language.EN);
    Lossless.assertAccountsForEveryCharacter(result, TEXT);
    Resolution r = result.resolution();
    assertEquals(List.of("Taking note", "Emphasizing", "Recalling"), r.preamble().stream().map(p -> p.lead()).toList());
    assertEquals(List.of("Urges", "Requests", "Reaffirms"), r.operative().stream().map(o -> o.lead()).toList());
    assertEquals(List.of("", "1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }

  @Test
  void anUnnumberedPartsSubparagraphsBelongToItsOperativeParagraph() {
    Resolution r = Parsed.resolution(TEXT, Language.EN);
    assertEquals(List.of("a", "b"), r.operative().get(0).subparagraphs().stream().map(s -> s.number()).toList());
  }

  @Test
  void theNextPartsLetterAndTitleMakeItsHeading() {
    Resolution r = Parsed.resolution(TEXT, Language.EN);
    assertEquals(List.of("B"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(1, r.headings().get(0).firstOperative());
  }

  @Test
  void thePartsLetterBeforeAFormulaOpensTheNextPartWhereTheClosingLinesAreMissing() {
    // A/RES/75/101 A-B in Arabic: no meeting and date between the parts
    String text = TEXT.replace("41st plenary meeting\n\n10 December 2020\n\nB", "B");
    Resolution r = Parsed.resolution(text, Language.EN);
    assertEquals(3, r.preamble().size());
    assertEquals(List.of("", "1", "2"), r.operative().stream().map(o -> o.number().orElse("")).toList());
  }
}
