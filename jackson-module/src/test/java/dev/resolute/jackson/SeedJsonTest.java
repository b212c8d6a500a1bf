package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.model.Resolution;
import dev.resolute.text.ResolutionParser;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The parsed seed survives its JSON form, every clause, footnote, citation and reference included. */
class SeedJsonTest {

  @Test
  void parsedSeedReadsBackEqual() throws Exception {
    String root = System.getProperty("resolute.root");
    assumeTrue(root != null, "skipped: resolute.root is not set (run through Maven)");
    String input = Files.readString(Paths.get(root, "seeds", "A_C.3_66_L.15.fr.txt"));
    Resolution seed = ResolutionParser.create().parse(input).resolution();
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertEquals(seed, mapper.readValue(mapper.writeValueAsString(seed), Resolution.class));
  }
}
