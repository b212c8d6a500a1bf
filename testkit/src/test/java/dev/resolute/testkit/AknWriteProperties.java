package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Resolution;
import dev.resolute.testing.ModelText;
import dev.resolute.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the resolution, its Akoma Ntoso validates against the schema and reads back equal in
 * everything but spans (offsets into a text, which another file cannot keep): AKN read(write(r)) = r.
 */
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
    assertEquals(String.join("\n", ModelText.describe(r)), String.join("\n", ModelText.describe(back)));
  }
}
