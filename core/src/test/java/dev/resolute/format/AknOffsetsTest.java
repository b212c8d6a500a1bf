package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Citation;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Offsets of what is read from Akoma Ntoso count the characters of the clause text, not the file's
 * indentation: a footnote reference stands where its marker follows the text's words (A/RES/75/242
 * in Chinese, whose markers drifted by the indentation before), and a link's text has no white space
 * around it.
 */
class AknOffsetsTest {

  private static final String XML = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"resolution\">"
      + "<meta><identification source=\"#DGACM\"><FRBRWork><FRBRuri value=\"/akn/un/statement/deliberation/unga/2020-12-30/75-242\"/>"
      + "</FRBRWork><FRBRExpression><FRBRlanguage language=\"zho\"/></FRBRExpression></identification></meta>"
      + "<preamble>\n    <formula name=\"enactingFormula\"><p>大会，</p></formula>\n    <container name=\"审议了\">\n"
      + "      <p xml:space=\"preserve\">\t\t<span class=\"bold\">审议了</span>关于联合国、<authorialNote marker=\"1\"><p>\t\t第一卷。</p>"
      + "</authorialNote> 国际贸易中心、<authorialNote marker=\"2\"><p>\t\t同上。</p></authorialNote> 见<a href=\"https://undocs.org/ch/A/RES/217(III)\">"
      + "\u00a0217 A (III)</a>号决议，</p>\n    </container>\n  </preamble><mainBody><paragraph><num>1.</num><content><p>决定。</p></content>"
      + "</paragraph></mainBody></act></akomaNtoso>";

  private static Resolution read() throws Exception {
    return AkomaNtoso.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFootnoteReferenceIsOffsetByTheClauseTextBeforeIt() throws Exception {
    PreambularClause c = read().preamble().get(0);
    int offset = c.footnoteRefs().get(0).span().start() - c.span().start();
    assertEquals(c.text().indexOf("、") + 1, offset);
  }

  @Test
  void aLinksTextHasNoWhiteSpaceAroundIt() throws Exception {
    Citation c = read().citations().stream().filter(x -> x.canonical().startsWith("A/RES/217")).findFirst().orElseThrow();
    assertEquals("217 A (III)", c.text());
  }
}
