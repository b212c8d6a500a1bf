package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Resolution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections of the operative part as the UN marks them with {@code <subheading>}s (A/RES/75/245,
 * 75/253 in every language): a label and a title each on its own, the two in one ("D Asuntos
 * varios"), a part's title above the first label, or a {@code <num>} with the title beside it.
 */
class AknSectionSubheadingsTest {

  private static Resolution read(String... sections) throws Exception {
    StringBuilder xml = new StringBuilder("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
        + "<resolution name=\"resolution\"><meta><identification source=\"#DGACM\"><FRBRWork>"
        + "<FRBRthis value=\"/akn/un/statement/deliberation/unga/2020-12-31/75-245/!main\"/>"
        + "<FRBRuri value=\"/akn/un/statement/deliberation/unga/2020-12-31/75-245\"/></FRBRWork>"
        + "<FRBRExpression><FRBRlanguage language=\"eng\"/></FRBRExpression></identification></meta>"
        + "<preface><p><docNumber refersTo=\"#symbol\">A/RES/75/245</docNumber></p></preface>"
        + "<preamble><formula name=\"enactingFormula\"><p>The General Assembly,</p></formula>"
        + "<container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its resolutions,</p></container>"
        + "</preamble><mainBody>");
    int n = 0;
    for (String headings : sections) {
      xml.append("<section>").append(headings).append("<paragraph><num>1.</num><content><p><span class=\"italic\">")
          .append("Decides</span> to act ").append(++n).append(";</p></content></paragraph></section>");
    }
    xml.append("</mainBody></resolution></akomaNtoso>");
    return AkomaNtoso.read(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> headings(Resolution r) {
    return r.headings().stream().map(h -> "[" + h.label() + "] " + h.text() + " @" + h.firstOperative()).toList();
  }

  @Test
  void aLabelSubheadingThenATitleSubheadingMakeOneHeading() throws Exception {
    Resolution r = read("<subheading>B</subheading><subheading>Evolution of the margin</subheading>",
        "<subheading>حادي عشر</subheading><subheading>التقدم المحرز</subheading>");
    assertEquals(List.of("[B] Evolution of the margin @0", "[حادي عشر] التقدم المحرز @1"), headings(r));
  }

  @Test
  void aPartTitleAboveTheFirstLabelIsAnUnlabelledHeading() throws Exception {
    Resolution r = read("<subheading>Conditions of service</subheading><subheading>A</subheading>"
        + "<subheading>Base/floor salary scale</subheading>", "<subheading>B</subheading><subheading>Margin</subheading>");
    assertEquals(List.of("[] Conditions of service @0", "[A] Base/floor salary scale @0", "[B] Margin @1"), headings(r));
  }

  @Test
  void aLabelAndATitleInOneSubheadingAreSplit() throws Exception {
    Resolution r = read("<subheading>D Asuntos varios</subheading>", "<subheading>XXI Валовой бюджет</subheading>");
    assertEquals(List.of("[D] Asuntos varios @0", "[XXI] Валовой бюджет @1"), headings(r));
  }

  @Test
  void aNumberLabelsTheSubheadingsBesideIt() throws Exception {
    Resolution r = read("<num>V</num><subheading>Conditions de voyage en avion</subheading>");
    assertEquals(List.of("[V] Conditions de voyage en avion @0"), headings(r));
  }

  @Test
  void aTitleAloneIsAnUnlabelledHeading() throws Exception {
    Resolution r = read("<subheading>Strategic heritage plan</subheading>");
    assertEquals(List.of("[] Strategic heritage plan @0"), headings(r));
  }

  @Test
  void anUnlabelledHeadingIsWrittenWithoutANumberAndReadBackUnlabelled() throws Exception {
    Resolution r = read("<subheading>Conditions of service</subheading><subheading>A</subheading>"
        + "<subheading>Base/floor salary scale</subheading>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    Resolution back = AkomaNtoso.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(headings(r), headings(back));
  }
}
