package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever the resolution, its Akoma Ntoso validates against the schema and reads back with its structure. */
class AknWriteProperties {
  @BeforeContainer
  static void schemaPresent() {
    SharedData.require("akn/akomantoso30.xsd");
  }

  @Property
  void writtenAknValidatesAndKeepsTheStructure(@ForAll Resolution r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    SharedData.validateAkn(out.toByteArray());
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
