package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.resolute.format.Formats;
import dev.resolute.format.ResolutionFormat;
import dev.resolute.model.Body;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

  @Test
  void foundByNameAndByFileThroughTheServiceLoader() {
    assertTrue(Formats.byName("JSON").isPresent());
    assertTrue(Formats.forFile("A_RES_77_34.json").isPresent());
    assertEquals("application/json", Formats.byName("json").orElseThrow().mediaType());
  }

  @Test
  void writesAndReadsBack() throws Exception {
    ResolutionFormat json = Formats.byName("json").orElseThrow();
    Resolution r = Resolution.builder().body(Body.SC).language(Language.ES).enactingFormula("El Consejo de Seguridad,").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(r, out);
    assertEquals(r, json.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void tooDeepNestingIsRefused() {
    // subparagraphs within subparagraphs, a thousand deep: the shape is the model's, the depth is not
    String sub = "{\"number\":\"a\",\"text\":\"t\",\"span\":{\"start\":0,\"end\":1},\"subparagraphs\":[";
    String deep = "{\"body\":\"GA\",\"language\":\"en\",\"operative\":[{\"lead\":\"Decides\",\"text\":\"Decides\","
        + "\"span\":{\"start\":0,\"end\":1},\"subparagraphs\":[" + sub.repeat(1000) + "]}".repeat(1000) + "]}]}";
    assertThrows(StreamConstraintsException.class,
        () -> new JsonFormat().read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))));
  }
}
