package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.resolute.model.Resolution;
import dev.resolute.text.ResolutionParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Example;

/** The JSON Schema shipped in the jar describes what the module writes: real outputs and generated ones. */
class JsonSchemaProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = ResoluteModule.class.getResourceAsStream("resolution.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<ValidationMessage> validate(Resolution r) {
    JsonNode json = MAPPER.valueToTree(r);
    return SCHEMA.validate(json);
  }

  @Property
  void generatedResolutionsMatchTheSchema(@ForAll Resolution r) {
    assertEquals(Set.of(), validate(r));
  }

  @Example
  void theSeedAndEveryCorpusTextMatchTheSchema() throws Exception {
    String root = System.getProperty("resolute.root");
    assertEquals(Set.of(), validate(ResolutionParser.create()
        .parse(Files.readString(Paths.get(root, "seeds", "A_C.3_66_L.15.fr.txt"))).resolution()));
    String shared = System.getProperty("resolute.shared");
    Path corpus = shared == null ? null : Paths.get(shared, "corpus");
    if (corpus != null && Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
          assertEquals(Set.of(), validate(ResolutionParser.create().parse(Files.readString(p)).resolution()), p.toString());
        }
      }
    }
  }

  @Example
  void theSchemaRefusesWhatTheModuleWouldRefuse() throws Exception {
    assertFalse(SCHEMA.validate(MAPPER.readTree("{\"body\":\"UNSC\",\"language\":\"en\"}")).isEmpty());
  }
}
