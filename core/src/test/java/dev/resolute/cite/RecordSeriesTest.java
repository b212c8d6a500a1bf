package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The document series of {@code record-series.tsv}: which body's records a cited symbol is, and when it was issued. */
class RecordSeriesTest {

  @Test
  void theCouncilsReportToTheAssemblyIsDatedByTheAssemblysSession() {
    // the seventy-fourth session opened in 2019: its report may print the Council's resolutions of 2018 to 2020
    assertEquals(Optional.of(new RecordSeries.Document("HRC", 2018, 2020)), RecordSeries.get().of("A/74/53/Add.1"));
    assertEquals(Optional.of(new RecordSeries.Document("HRC", 2018, 2020)), RecordSeries.get().of("A/74/53"));
  }

  @Test
  void aMeetingsReportIsDatedByTheMeeting() {
    // the Conference's tenth meeting was held in 2010
    assertEquals(Optional.of(new RecordSeries.Document("CBD-COP", 2009, 2011)),
        RecordSeries.get().of("UNEP/CBD/COP/10/27"));
  }

  @Test
  void aYearDatesTheDocumentAndTheYearBefore() {
    assertEquals(Optional.of(new RecordSeries.Document("CAC-COSP", 2012, 2013)), RecordSeries.get().of("CAC/COSP/2013/18"));
  }

  @Test
  void aDocumentOfNoSeriesIsNoBodysRecords() {
    assertEquals(Optional.empty(), RecordSeries.get().of("A/74/530"));
    assertEquals(Optional.empty(), RecordSeries.get().of("A/HRC/54/28"));
    // fewer components than the series
    assertEquals(Optional.empty(), RecordSeries.get().of("CAC/COSP"));
  }

  @Test
  void everySeriesBodyIsABodyOfTheTablesInEveryLanguage() {
    for (String body : RecordSeries.get().bodies()) {
      for (Language language : Language.values()) {
        assertTrue(CiteTables.of(language).bodiesByAcronym.containsKey(body), body + " in bodies.tsv for " + language);
      }
    }
  }
}
