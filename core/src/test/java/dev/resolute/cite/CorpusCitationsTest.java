package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.model.Citation;
import dev.resolute.testing.SharedData;
import dev.resolute.text.ResolutionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answer keys of {@code corpus/}: every citation with kind, canonical form and exact offsets.
 * Precision and recall over all keys must each reach 0.98.
 */
class CorpusCitationsTest {

  @Test
  void precisionAndRecallOnTheAnswerKeys() throws Exception {
    int gold = 0;
    int ours = 0;
    int matched = 0;
    StringBuilder report = new StringBuilder();
    for (Path key : SharedData.files("corpus", ".gold.json")) {
      JsonNode answer = new ObjectMapper().readTree(key.toFile());
      String input = Files.readString(key.resolveSibling(answer.get("file").asText()));
      List<Citation> found = ResolutionParser.create().parse(input).resolution().citations();
      Set<String> wanted = new HashSet<>();
      for (JsonNode c : answer.get("citations")) {
        wanted.add(key(c.get("kind").asText(), c.get("canonical").asText(), c.get("start").asInt(), c.get("end").asInt()));
      }
      Set<String> got = new HashSet<>();
      for (Citation c : found) {
        got.add(key(c.kind().code(), c.canonical(), c.span().start(), c.span().end()));
      }
      List<String> missed = new ArrayList<>(wanted);
      missed.removeAll(got);
      List<String> extra = new ArrayList<>(got);
      extra.removeAll(wanted);
      gold += wanted.size();
      ours += got.size();
      matched += wanted.size() - missed.size();
      report.append(String.format(Locale.ROOT, "%s: %d gold, %d found, missed %s, extra %s%n",
          answer.get("file").asText(), wanted.size(), got.size(), describe(missed, input), describe(extra, input)));
    }
    double precision = (double) matched / ours;
    double recall = (double) matched / gold;
    report.append(String.format(Locale.ROOT, "precision %.4f (%d of %d), recall %.4f (%d of %d)%n",
        precision, matched, ours, recall, matched, gold));
    System.out.print(report);
    assertTrue(precision >= 0.98 && recall >= 0.98, report.toString());
  }

  /** Canonical forms compare ignoring case, spaces and a resolution's part letter. */
  private static String key(String kind, String canonical, int start, int end) {
    String c = canonical.replace(" ", "").toUpperCase(Locale.ROOT).replaceAll("(/\\d+)[A-Z]{1,2}(\\(|$)", "$1$2");
    return kind + " " + c + " " + start + "-" + end;
  }

  private static List<String> describe(List<String> keys, String input) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      String[] span = k.substring(k.lastIndexOf(' ') + 1).split("-");
      int s = Integer.parseInt(span[0]);
      int e = Integer.parseInt(span[1]);
      out.add(k + " \"" + (e <= input.length() ? input.substring(s, e) : "?") + "\"");
    }
    return out;
  }
}
