package dev.resolute.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path temp;

  private int run(String... args) {
    return ResoluteCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String seed() {
    return Paths.get(System.getProperty("resolute.root", ".."), "seeds", "A_C.3_66_L.15.fr.txt").toString();
  }

  @Test
  void oneFileGivesOneJsonDocumentInTheConventionsForm() throws Exception {
    assertEquals(0, run("parse", seed()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("A/C.3/66/L.15", json.get("symbol").asText());
    assertEquals("GA-C3", json.get("body").asText());
    assertEquals("66", json.get("session").asText());
    assertEquals("fr", json.get("language").asText());
    assertEquals("L’Assemblée générale,", json.get("enactingFormula").asText());
    assertEquals(24, json.get("preamble").size());
    assertEquals(34, json.get("operative").size());
    assertEquals("Prend note avec satisfaction", json.get("operative").get(0).get("lead").asText());
    assertEquals("1", json.get("operative").get(0).get("number").asText());
    assertTrue(json.get("preamble").get(0).get("span").has("start"));
    assertEquals(12, json.get("footnotes").size());
  }

  @Test
  void severalFilesGiveJsonLinesWithTheFileInOrderAndSkipTheOneThatFails() throws Exception {
    Path other = temp.resolve("other.txt");
    Files.writeString(other, "The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n1. Decides to remain seized of the matter.\n");
    assertEquals(1, run("parse", seed(), temp.resolve("missing.txt").toString(), other.toString()));
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertEquals(seed(), new ObjectMapper().readTree(lines[0]).get("file").asText());
    assertEquals("SC", new ObjectMapper().readTree(lines[1]).get("body").asText());
    assertTrue(err.toString().contains("missing.txt"), err.toString());
  }

  @Test
  void xmlInputIsReadAsAkomaNtoso() throws Exception {
    Path xml = temp.resolve("r.xml");
    Files.writeString(xml, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\">"
        + "<meta><identification><FRBRWork><FRBRuri value=\"/akn/un/statement/deliberation/unsc/2024-03-25/2728-2024/\"/></FRBRWork>"
        + "<FRBRExpression><FRBRlanguage language=\"spa\"/></FRBRExpression></identification></meta>"
        + "<preamble><formula><p>El Consejo de Seguridad,</p></formula>"
        + "<container name=\"Recordando\"><p><span class=\"italic\">Recordando</span> sus resoluciones,</p></container></preamble>"
        + "<mainBody><paragraph><num>1.</num><content><p><span class=\"italic\">Decide</span> seguir ocupándose de la cuestión.</p></content></paragraph></mainBody>"
        + "</statement></akomaNtoso>");
    assertEquals(0, run("parse", xml.toString()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("SC", json.get("body").asText());
    assertEquals("es", json.get("language").asText());
    assertEquals("Recordando", json.get("preamble").get(0).get("lead").asText());
    assertEquals("Decide", json.get("operative").get(0).get("lead").asText());
  }

  @Test
  void malformedUtf8IsRefusedWithTheOffset() throws Exception {
    Path bad = temp.resolve("bad.txt");
    Files.write(bad, new byte[] {'A', 'B', (byte) 0xff, 'C'});
    assertEquals(1, run("parse", bad.toString()));
    assertTrue(err.toString().contains("offset 2"), err.toString());
  }

  @Test
  void aknFormatWritesAkomaNtoso() {
    assertEquals(0, run("parse", seed(), "--format", "akn"));
    assertTrue(out.toString().contains("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\""), out.toString());
    assertTrue(out.toString().contains("<container name=\"Réaffirmant également\""), out.toString());
  }

  @Test
  void textFormatIsAReadableSummary() {
    assertEquals(0, run("parse", seed(), "--format", "text"));
    assertTrue(out.toString().contains("Preamble: 24 paragraphs"), out.toString());
    assertTrue(out.toString().contains("Operative part: 34 paragraphs"), out.toString());
  }

  @Test
  void unknownFormatOrLanguageExitsWithTwo() {
    assertEquals(2, run("parse", seed(), "--format", "yaml"));
    assertEquals(2, run("parse", seed(), "--lang", "de"));
  }
}
