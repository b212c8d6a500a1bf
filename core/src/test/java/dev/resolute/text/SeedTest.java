package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.model.Clause;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed, A/C.3/66/L.15 in French as extracted from its PDF, yields what its answer key says. */
class SeedTest {
  private static String input;
  private static ParseResult result;
  private static Resolution resolution;
  private static JsonNode expected;

  @BeforeAll
  static void parse() throws Exception {
    String root = System.getProperty("resolute.root");
    assumeTrue(root != null, "skipped: resolute.root is not set (run through Maven)");
    Path seeds = Paths.get(root, "seeds");
    input = Files.readString(seeds.resolve("A_C.3_66_L.15.fr.txt"));
    expected = new ObjectMapper().readTree(seeds.resolve("A_C.3_66_L.15.fr.expected.json").toFile());
    result = ResolutionParser.create().parse(input);
    resolution = result.resolution();
  }

  @Test
  void languageIsDetected() {
    assertEquals(Language.FR, resolution.language());
  }

  @Test
  void identificationComesFromTheRunningHeader() {
    assertEquals(expected.get("symbol").asText(), resolution.symbol().orElseThrow().canonical());
    assertEquals(expected.get("body").asText(), resolution.body().code());
    assertEquals(expected.get("session").asText(), resolution.session().orElseThrow());
    assertTrue(resolution.draft());
  }

  @Test
  void titleAndFormula() {
    assertEquals(expected.get("title").asText(), resolution.title().orElseThrow());
    assertEquals(expected.get("enactingFormula").asText(), resolution.enactingFormula().orElseThrow());
  }

  @Test
  void paragraphCounts() {
    assertAll(
        () -> assertEquals(expected.get("preambularCount").asInt(), resolution.preamble().size(), "preambular"),
        () -> assertEquals(expected.get("operativeCount").asInt(), resolution.operative().size(), "operative"),
        () -> assertEquals(expected.get("footnoteCount").asInt(), resolution.footnotes().size(), "footnotes"),
        () -> assertEquals(expected.get("subparagraphCount").asInt(),
            resolution.operative().stream().mapToInt(c -> c.subparagraphs().size()).sum(), "subparagraphs"));
  }

  @Test
  void leadPhrasesAreExact() {
    assertEquals(texts(expected.get("preambularLeads")), resolution.preamble().stream().map(Clause::lead).toList());
    assertEquals(texts(expected.get("operativeLeads")), resolution.operative().stream().map(Clause::lead).toList());
  }

  @Test
  void operativeNumbersRunFromOneWithoutGap() {
    for (int i = 0; i < resolution.operative().size(); i++) {
      assertEquals(String.valueOf(i + 1), resolution.operative().get(i).number().orElseThrow());
    }
  }

  @Test
  void footnoteTextsAreExact() {
    List<String> markers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    expected.get("footnotes").forEach(f -> {
      markers.add(f.get("marker").asText());
      texts.add(f.get("text").asText());
    });
    assertEquals(markers, resolution.footnotes().stream().map(f -> f.marker()).toList());
    assertEquals(texts, resolution.footnotes().stream().map(f -> f.text()).toList());
  }

  @Test
  void everyFootnoteAnchorIsFoundInItsClauseRightAfterItsWords() {
    List<String> found = new ArrayList<>();
    List<FootnoteRef> refs = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < resolution.preamble().size(); i++) {
      for (FootnoteRef ref : resolution.preamble().get(i).footnoteRefs()) {
        found.add(ref.marker() + " in preamble:" + (i + 1));
        refs.add(ref);
        clauses.add(resolution.preamble().get(i));
      }
    }
    for (int i = 0; i < resolution.operative().size(); i++) {
      for (FootnoteRef ref : resolution.operative().get(i).footnoteRefs()) {
        found.add(ref.marker() + " in " + resolution.operativeLocation(i));
        refs.add(ref);
        clauses.add(resolution.operative().get(i));
      }
    }
    List<String> wanted = new ArrayList<>();
    List<String> after = new ArrayList<>();
    expected.get("footnoteAnchors").forEach(a -> {
      wanted.add(a.get("marker").asText() + " in " + a.get("in").asText());
      after.add(a.get("after").asText());
    });
    assertEquals(wanted, found);
    for (int i = 0; i < refs.size(); i++) {
      String words = after.get(i);
      String lastWord = words.substring(words.lastIndexOf(' ') + 1);
      assertTrue(clauses.get(i).text().contains(words), words);
      assertTrue(input.substring(0, refs.get(i).span().start()).endsWith(lastWord), "marker " + refs.get(i) + " follows " + lastWord);
      assertEquals(refs.get(i).marker(), refs.get(i).span().of(input), "the marker's span holds the marker");
    }
  }

  @Test
  void allCitationsOfTheAnswerKeyWithKindCanonicalDateAndLocationAndNothingElse() {
    List<String> wanted = new ArrayList<>();
    expected.get("citations").fields().forEachRemaining(entry -> entry.getValue().forEach(c -> wanted.add(
        entry.getKey() + " " + c.get("kind").asText() + " " + c.get("canonical").asText()
            + (c.has("date") ? " " + c.get("date").asText() : ""))));
    List<String> found = new ArrayList<>();
    resolution.citations().stream()
        .sorted(java.util.Comparator.comparing((dev.resolute.model.Citation c) -> locationOrder(c.location()))
            .thenComparing(c -> c.span().start()))
        .forEach(c -> found.add(c.location() + " " + c.kind().code() + " " + c.canonical()
            + c.date().map(d -> " " + d).orElse("")));
    assertEquals(String.join("\n", wanted), String.join("\n", found));
  }

  @Test
  void treatyCitationsNameTheInstrumentOfEveryVolume() {
    List<String> wanted = new ArrayList<>();
    expected.get("citations").fields().forEachRemaining(entry -> entry.getValue().forEach(c -> {
      if (c.get("kind").asText().equals("treaty")) {
        StringBuilder line = new StringBuilder(entry.getKey() + " " + c.get("registration").asText());
        c.get("instruments").forEach(i -> line.append(" ").append(i.get("volume").asText()).append("=")
            .append(i.get("depositaryChapter").asText()));
        wanted.add(line.toString());
      }
    }));
    List<String> found = new ArrayList<>();
    resolution.citations().stream().filter(c -> c.treaty().isPresent())
        .sorted(java.util.Comparator.comparing((dev.resolute.model.Citation c) -> locationOrder(c.location())))
        .forEach(c -> {
          StringBuilder line = new StringBuilder(c.location() + " " + c.treaty().get().registration().orElse("?"));
          c.treaty().get().instruments().forEach(i -> line.append(" ").append(i.volume()).append("=")
              .append(i.depositaryChapter().orElse("?")));
          found.add(line.toString());
        });
    assertEquals(wanted, found);
  }

  @Test
  void citationTextIsExactlyTheInputAtItsSpan() {
    for (dev.resolute.model.Citation c : resolution.citations()) {
      assertEquals(c.text(), c.span().of(input));
    }
    assertTrue(resolution.citations().stream().anyMatch(c -> c.text().equals("65/232") && c.location().equals("operative:1")),
        "the glued marker of 65/23211 is not part of the citation");
  }

  private static String locationOrder(String location) {
    String[] parts = location.split(":");
    int kind = parts[0].equals("preamble") ? 0 : parts[0].equals("operative") ? 1 : 2;
    return kind + String.format("%05d", Integer.parseInt(parts[1].replaceAll("\\D.*", "")));
  }

  @Test
  void internalReferencesAndPinpointsAreTypedReferencesOfTheirOwn() {
    List<String> found = resolution.references().stream()
        .filter(r -> r.kind() != dev.resolute.model.ReferenceKind.TREATY_MENTION)
        .map(r -> r.location() + " " + r.kind().code() + " " + r.target() + " «" + r.text() + "»").toList();
    assertEquals(List.of(
        "operative:20 pinpoint article 14, paragraph 2 «paragraphe 2 de l’article 14 \nde la Convention»",
        "operative:34 internal operative:33 «paragraphe 33 ci-dessus»"), found);
  }

  @Test
  void treatiesNamedInRunningTextAreMentionsResolvedThroughTheGazetteer() {
    List<String> found = resolution.references().stream()
        .filter(r -> r.kind() == dev.resolute.model.ReferenceKind.TREATY_MENTION && r.location().equals("preamble:2"))
        .map(r -> r.target() + " " + r.instrument().orElse("?")).toList();
    assertEquals(List.of("I-39574 United Nations Convention against Transnational Organized Crime",
        "I-42146 United Nations Convention against Corruption"), found);
    resolution.references().forEach(r -> assertEquals(r.text(), r.span().of(input)));
  }

  @Test
  void noPageFurnitureInsideAnyClauseText() {
    for (Clause clause : resolution.preamble()) {
      assertFurnitureFree(clause.text());
    }
    for (Clause clause : resolution.operative()) {
      assertFurnitureFree(clause.text());
    }
  }

  private static void assertFurnitureFree(String text) {
    assertFalse(text.contains("A/C.3/66/L.15"), text);
    assertFalse(text.contains("53519"), text);
    assertFalse(text.contains("___"), text);
  }

  @Test
  void regionsGiveBackTheInputWithUnderOnePercentUnrecognised() {
    StringBuilder concatenated = new StringBuilder();
    result.regions().forEach(r -> concatenated.append(r.span().of(input)));
    assertEquals(input, concatenated.toString());
    assertTrue(result.characters(RegionKind.UNRECOGNISED) < input.length() / 100,
        result.characters(RegionKind.UNRECOGNISED) + " characters unrecognised");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
