package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import dev.resolute.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real resolutions of {@code corpus/}: answer-key counts exact, every text read losslessly. */
class CorpusTest {

  static Stream<Path> texts() {
    return SharedData.files("corpus", ".txt").stream();
  }

  static Stream<Path> answerKeys() {
    return SharedData.files("corpus", ".gold.json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerKeys")
  void countsEqualTheAnswerKey(Path key) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(key.toFile());
    Path text = key.resolveSibling(gold.get("file").asText());
    Resolution r = ResolutionParser.create().parse(Files.readString(text)).resolution();
    assertAll(
        () -> assertEquals(gold.get("language").asText(), r.language().code(), "language"),
        () -> assertEquals(gold.get("symbol").asText().replace(" ", ""), r.symbol().map(s -> s.canonical()).orElse(null), "symbol"),
        () -> assertEquals(gold.get("body").asText(), r.body().code(), "body"),
        () -> assertEquals(gold.get("preambular_paragraphs").asInt(), r.preamble().size(), "preambular paragraphs"),
        () -> assertEquals(gold.get("operative_paragraphs").asInt(), r.operative().size(), "operative paragraphs"),
        () -> assertEquals(gold.get("subparagraphs").asInt(), r.operative().stream().mapToInt(c -> count(c.subparagraphs())).sum(), "subparagraphs"),
        () -> assertEquals(gold.get("footnotes").asInt(), r.footnotes().size(), "footnotes"),
        () -> assertEquals(gold.path("section_headings").asInt(0), r.headings().size(), "section headings"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyCharacterIsAccountedForAndUnderOnePercentUnrecognised(Path path) throws IOException {
    String input = Files.readString(path);
    ParseResult result = ResolutionParser.create().parse(input);
    StringBuilder concatenated = new StringBuilder();
    result.regions().forEach(r -> concatenated.append(r.span().of(input)));
    assertEquals(input, concatenated.toString());
    int unrecognised = result.characters(RegionKind.UNRECOGNISED);
    System.out.printf(Locale.ROOT, "%s: %d preambular, %d operative, %d footnotes, %d unrecognised of %d; %s%n",
        path.getFileName(), result.resolution().preamble().size(), result.resolution().operative().size(),
        result.resolution().footnotes().size(), unrecognised, input.length(), result.diagnostics());
    assertTrue(unrecognised * 100 < input.length(), unrecognised + " of " + input.length() + " characters unrecognised");
  }

  static int count(List<Subparagraph> subs) {
    return subs.size() + subs.stream().mapToInt(s -> count(s.subparagraphs())).sum();
  }

  static int subparagraphs(OperativeClause clause) {
    return count(clause.subparagraphs());
  }
}
