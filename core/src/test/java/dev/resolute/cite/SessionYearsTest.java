package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code session-years.tsv}: the years of the bodies' numbered sessions, as their dated resolutions have them. */
class SessionYearsTest {

  @Test
  void everyBodyIsTheAssemblyTheCouncilOrABodyOfTheTables() {
    for (String body : SessionYears.get().bodies()) {
      assertTrue(body.equals(Body.GA.name()) || body.equals(Body.HRC.name())
          || CiteTables.of(Language.EN).bodiesByAcronym.containsKey(body), body);
    }
  }

  @Test
  void aBodysSessionsFollowOneAnotherInTime() {
    for (String body : SessionYears.get().bodies()) {
      int before = Integer.MIN_VALUE;
      for (Map.Entry<Integer, int[]> session : SessionYears.get().sessions(body).entrySet()) {
        int[] years = session.getValue();
        assertTrue(years[0] <= years[1], body + " " + session.getKey() + " ends before it opens");
        assertTrue(years[0] >= before, body + " " + session.getKey() + " opens before the session before it");
        before = years[0];
      }
    }
  }

  /** Dated resolutions of {@code unxml/} and {@code corpus/}, one per body. */
  @Test
  void datedResolutionsFitTheirSessions() {
    SessionYears years = SessionYears.get();
    assertTrue(years.fits(Body.GA, 75, 2020)); // 75/1 of 21 September 2020
    assertTrue(years.fits(Body.HRC, 43, 2020)); // 43/26 of 22 June 2020
    assertTrue(years.fits("CBD-COP", 14, 2018)); // 14/4 of 29 November 2018
    assertTrue(years.fits("UNEA", 2, 2016)); // 2/17 of 27 May 2016
    assertTrue(years.fits("CAC-COSP", 5, 2013)); // 5/3 of 29 November 2013
    assertTrue(years.fits("CTOC-COP", 10, 2020)); // 10/6 of 16 October 2020
    assertTrue(years.fits("CSW", 59, 2015)); // 59/1, March 2015
    assertTrue(years.fits("CND", 63, 2020)); // 63/15 of 4 March 2020
    assertTrue(years.fits("STATCOM", 44, 2013)); // 44/114, March 2013
    assertFalse(years.fits("CAC-COSP", 5, 2015));
  }
}
