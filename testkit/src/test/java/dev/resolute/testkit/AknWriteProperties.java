package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever the resolution, its Akoma Ntoso validates against the schema and reads back with its structure. */
class AknWriteProperties {
  private static Schema schema;

  @BeforeContainer
  static void schema() throws Exception {
    Path xsd = SharedData.require("akn/akomantoso30.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    schema = factory.newSchema(xsd.toFile());
  }

  @Property
  void writtenAknValidatesAndKeepsTheStructure(@ForAll Resolution r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));
    Resolution back = AkomaNtoso.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(r.preamble().size(), back.preamble().size());
    assertEquals(r.operative().size(), back.operative().size());
    assertEquals(r.language(), back.language());
    for (int i = 0; i < r.operative().size(); i++) {
      assertEquals(r.operative().get(i).number(), back.operative().get(i).number());
      assertEquals(r.operative().get(i).lead(), back.operative().get(i).lead());
    }
  }
}
