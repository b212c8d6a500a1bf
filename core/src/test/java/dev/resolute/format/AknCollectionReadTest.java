package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A collection of resolutions adopted together, as the UN publishes A/RES/75/101 A-B: a
 * {@code documentCollection} whose resolutions are {@code statement}s among its components. Each is
 * read as a section of one resolution, labelled by its letter and titled by its title.
 */
class AknCollectionReadTest {

  private static final String XML = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
      + "<documentCollection name=\"publication\"><meta><identification source=\"#DGACM\"><FRBRWork>"
      + "<FRBRthis value=\"/akn/un/statement/deliberation/unga/2020-12-10/75-101A-B/!main\"/>"
      + "<FRBRuri value=\"/akn/un/statement/deliberation/unga/2020-12-10/75-101A-B\"/></FRBRWork>"
      + "<FRBRExpression><FRBRlanguage language=\"eng\"/></FRBRExpression></identification></meta>"
      + "<preface><p><docNumber refersTo=\"#symbol\">A/RES/75/101 A-B</docNumber></p>"
      + "<p><docTitle>Questions relating to information</docTitle></p></preface>"
      + "<collectionBody><component eId=\"comp_def_0\"><documentRef href=\"#comp_0\"/></component></collectionBody>"
      + "</documentCollection><components>"
      + part("A", "Information in the service of humanity", "Taking note", "1", "Requests")
      + part("B", "United Nations global communications policies", "Emphasizing", "1", "Reaffirms")
      + "</components></akomaNtoso>";

  private static String part(String letter, String title, String lead, String number, String operative) {
    return "<component><statement name=\"resolution\"><preface><p><docNumber>" + letter + "</docNumber>"
        + "<docTitle>" + title + "</docTitle></p></preface><preamble><formula name=\"enactingFormula\">"
        + "<p>The General Assembly,</p></formula><container name=\"" + lead + "\"><p><span class=\"italic\">" + lead
        + "</span> the report,</p></container></preamble><mainBody><paragraph><num>" + number + ".</num><content><p>"
        + "<span class=\"italic\">" + operative + "</span> the Secretary-General to report.</p></content></paragraph>"
        + "</mainBody></statement></component>";
  }

  private static Resolution read() throws Exception {
    return AkomaNtoso.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyResolutionOfTheCollectionIsRead() throws Exception {
    Resolution r = read();
    assertEquals(List.of("Taking note", "Emphasizing"), r.preamble().stream().map(p -> p.lead()).toList());
    assertEquals(List.of("Requests", "Reaffirms"), r.operative().stream().map(o -> o.lead()).toList());
  }

  @Test
  void eachResolutionIsASectionWithItsLetterAndTitle() throws Exception {
    Resolution r = read();
    assertEquals(List.of("A", "B"), r.headings().stream().map(SectionHeading::label).toList());
    assertEquals(List.of("Information in the service of humanity", "United Nations global communications policies"),
        r.headings().stream().map(SectionHeading::text).toList());
    assertEquals(List.of("A", "B"), r.operative().stream().map(o -> o.section().orElse("")).toList());
  }

  @Test
  void theCollectionsComponentsAreNoAnnexes() throws Exception {
    assertEquals(0, read().annexes().size());
  }
}
