package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that look like references but are none stay silent. */
class NegativeCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Recalling the 2030 Agenda for Sustainable Development and Agenda 2030,
      Noting that 1/3 of the population lives in poverty,
      Stressing that services must be available 24/7,
      Requests the Secretary-General to report on pages 12/13 of the report,
      Recalling paragraphs 4/5 of its resolution,
      Calls the hotline at +41 22 917 9000 or 917/9000,
      Welcomes the meeting held on 12/10/2023 in Geneva,
      Notes the figures for 2010/2011 and the biennium 2012-2013,
      Recalling paragraph 33 above and article 14 of the Convention,
      """)
  void staysSilent(String text) {
    assertEquals(0, CitationExtractor.create().extract(text, CitationContext.of(Language.EN, Body.GA, "preamble:1"))
        .citations().size());
  }
}
