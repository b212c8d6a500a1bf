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
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Whatever the resolution, its Akoma Ntoso validates against the schema and reads back equal in
 * everything but spans (offsets into a text, which another file cannot keep): AKN read(write(r)) = r.
 */
@AddLifecycleHook(AknWriteProperties.SchemaRequired.class)
class AknWriteProperties {
  /** Skips the properties, saying why, where the schema of the shared folder is absent (a clone alone). */
  static final class SchemaRequired implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return SharedData.absent("akn/akomantoso30.xsd").map(reason -> {
        System.err.println("[resolute] test skipped: " + reason);
        return SkipResult.skip(reason);
      }).orElse(SkipResult.doNotSkip());
    }
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
