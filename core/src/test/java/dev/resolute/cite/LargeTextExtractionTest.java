package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A whole document handed to the extractor at once finishes: what each citation looks at around it
 * is bounded, not the text before it. (How fast is measured with JMH in benchmarks/, not asserted.)
 */
class LargeTextExtractionTest {

  @Test
  void twoMillionCharactersOfChineseCitationsDatedBeforeTheirNumbersFinish() {
    // each date is printed before its number, and no Council word stands anywhere: the look for a
    // date ending at each number, and the look back for a Council word, once cost the whole text
    // before the number (about a millisecond a citation here, well over a minute in all)
    String text = "回顾2010年12月21日第65/232号决议，".repeat(100_000);
    Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> CitationExtractor.create().extract(text, CitationContext.of(Language.ZH, Body.GA, "operative:1")));
    assertEquals(100_000, extraction.citations().size());
    Citation last = extraction.citations().get(99_999);
    assertEquals("A/RES/65/232", last.canonical());
    assertEquals(Optional.of(LocalDate.of(2010, 12, 21)), last.date());
  }

  @Test
  void threeHundredThousandInternalReferencesAreFoundInTimeLinearInTheText() {
    // each search resumes at the first place the index found its opening after the last match: from
    // the text's first place it cost the matches times the places
    String text = "as set out in paragraph 3 above; ".repeat(300_000);
    Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> CitationExtractor.create().extract(text, CitationContext.of(Language.EN, Body.GA, "operative:1")));
    assertEquals(300_000, extraction.references().size());
    assertEquals("operative:3", extraction.references().get(299_999).target());
  }
}
