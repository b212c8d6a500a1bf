package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import dev.resolute.text.ResolutionParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the writer writes validates against the Akoma Ntoso 3.0 schema, offline, and reads back. */
class AknWriteTest {
  @BeforeAll
  static void schemaPresent() {
    SharedData.require("akn/akomantoso30.xsd");
  }

  static byte[] write(Resolution r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    return out.toByteArray();
  }

  static void validate(byte[] xml) throws Exception {
    SharedData.validateAkn(xml);
  }

  @Test
  void theSeedWrittenAsAknValidates() throws Exception {
    String root = System.getProperty("resolute.root");
    assumeTrue(root != null, "skipped: resolute.root is not set");
    Resolution seed = ResolutionParser.create().parse(Files.readString(Paths.get(root, "seeds", "A_C.3_66_L.15.fr.txt"))).resolution();
    byte[] xml = write(seed);
    validate(xml);
    Resolution back = AkomaNtoso.read(new ByteArrayInputStream(xml));
    assertEquals(seed.preamble().size(), back.preamble().size());
    assertEquals(seed.operative().size(), back.operative().size());
    assertEquals(seed.footnotes().size(), back.footnotes().size());
    for (int i = 0; i < seed.preamble().size(); i++) {
      assertEquals(seed.preamble().get(i).lead(), back.preamble().get(i).lead());
      assertEquals(seed.preamble().get(i).text(), back.preamble().get(i).text());
    }
    assertTrue(new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains("https://undocs.org/fr/A/RES/65/232"));
  }

  @Test
  void everyCorpusTextWrittenAsAknValidates() throws Exception {
    List<String> invalid = new ArrayList<>();
    for (Path text : SharedData.files("corpus", ".txt")) {
      try {
        validate(write(ResolutionParser.create().parse(Files.readString(text)).resolution()));
      } catch (org.xml.sax.SAXException e) {
        invalid.add(text.getFileName() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), invalid);
  }

  @Test
  void theSchemaRefusesWhatIsNotAkomaNtoso() {
    org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> validate(
        ("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"x\">"
            + "<preamble/></statement></akomaNtoso>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void foundThroughTheServiceLoader() {
    assertTrue(Formats.byName("akn").isPresent());
    assertTrue(Formats.forFile("75_19_E.xml").isPresent());
  }
}
