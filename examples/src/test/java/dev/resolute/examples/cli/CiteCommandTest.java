package dev.resolute.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class CiteCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void oneCitationALineWithExactOffsetsIntoTheFile() throws Exception {
    String seed = Paths.get(System.getProperty("resolute.root", ".."), "seeds", "A_C.3_66_L.15.fr.txt").toString();
    assertEquals(0, ResoluteCommand.run(new PrintWriter(out), new PrintWriter(err), "cite", seed));
    String input = Files.readString(Paths.get(seed));
    String[] lines = out.toString().split("\n");
    assertEquals(46, lines.length);
    for (String line : lines) {
      JsonNode c = new ObjectMapper().readTree(line);
      assertEquals(seed, c.get("file").asText());
      assertEquals(c.get("text").asText(), input.substring(c.get("start").asInt(), c.get("end").asInt()));
      assertTrue(c.has("kind") && c.has("canonical") && c.has("location"), line);
    }
  }
}
