package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.OperativeClause;
import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The revised OCR of Security Council resolutions 1 to 400 (1946–1976), with print line breaks and
 * OCR slips: at least 99% parse without error, and where paragraphs are numbered the numbers run
 * 1..n without gap.
 */
class CrunscTest {

  @Test
  void oldSecurityCouncilResolutionsParseWithNumberingWithoutGaps() throws Exception {
    List<Path> files = SharedData.files("crunsc", ".txt");
    int ok = 0;
    Map<String, List<String>> failures = new TreeMap<>();
    for (Path file : files) {
      String input = Files.readString(file);
      String cause;
      try {
        ParseResult result = ResolutionParser.create().parse(input);
        cause = problem(result);
      } catch (RuntimeException e) {
        cause = "threw " + e;
      }
      if (cause == null) {
        ok++;
      } else {
        failures.computeIfAbsent(cause.replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(file.getFileName() + ": " + cause);
      }
    }
    double ratio = (double) ok / files.size();
    System.out.printf(Locale.ROOT, "crunsc: %d of %d parse without error, numbering without gaps (%.4f)%n", ok, files.size(), ratio);
    failures.forEach((cause, list) -> System.out.printf(Locale.ROOT, "  %d × %s%n", list.size(), list.subList(0, Math.min(3, list.size()))));
    assertTrue(files.size() >= 400, "expected the 400 resolutions, found " + files.size());
    assertTrue(ratio >= 0.99, ok + " of " + files.size());
  }

  @Test
  void notesPrintedAfterTheAdoptionLineAreFootnotesAndMostOfTheirMarkersAreFound() throws Exception {
    // the volumes print a resolution's notes after its adoption line, without a rule; their markers
    // stand apart from the words, and OCR lost some (a note then has no anchor: a warning says so)
    List<Path> files = SharedData.files("crunsc", ".txt");
    int withNotes = 0;
    int notes = 0;
    int unanchored = 0;
    for (Path file : files) {
      ParseResult result = ResolutionParser.create().parse(Files.readString(file));
      int found = result.resolution().footnotes().size();
      withNotes += found > 0 ? 1 : 0;
      notes += found;
      unanchored += (int) result.diagnostics().stream().filter(d -> d.message().endsWith("has no anchor")).count();
    }
    System.out.printf(Locale.ROOT, "crunsc: %d of %d resolutions with notes, %d notes, %d of them without a marker found%n",
        withNotes, files.size(), notes, unanchored);
    assertTrue(withNotes >= 250, withNotes + " resolutions with notes");
    assertTrue(unanchored * 2 < notes, unanchored + " of " + notes + " notes without a marker found");
  }

  @Test
  void everyAdoptionStatementIsReadAsTheClosingNotAsTheTextOfAClause() throws Exception {
    // OCR lost the full stop before some ("… from Lebanese territory⏎⏎Adopted at the 1551st meeting"),
    // closed a quotation after it ("paragraph.”"), or misread the word ("Adapted at the 1821st meeting")
    java.util.regex.Pattern statement =
        java.util.regex.Pattern.compile("\\bAd[ao]pted\\b(?: unanimously| without (?:a )?vote)?,? at the\\s+\\d+");
    List<Path> files = SharedData.files("crunsc", ".txt");
    List<String> inClauses = new ArrayList<>();
    for (Path file : files) {
      Resolution r = ResolutionParser.create().parse(Files.readString(file)).resolution();
      List<String> texts = new ArrayList<>();
      r.preamble().forEach(c -> texts.add(c.text()));
      for (OperativeClause c : r.operative()) {
        texts.add(c.text());
        c.subparagraphs().forEach(s -> texts.add(s.text()));
      }
      if (texts.stream().anyMatch(t -> statement.matcher(t).find())) {
        inClauses.add(file.getFileName().toString());
      }
    }
    System.out.printf(Locale.ROOT, "crunsc: %d of %d texts with their adoption statement inside a clause %s%n",
        inClauses.size(), files.size(), inClauses);
    assertTrue(inClauses.isEmpty(), inClauses.toString());
  }

  /** Null where the parse is sound: a formula, operative paragraphs, numbers 1..n. */
  private static String problem(ParseResult result) {
    Resolution r = result.resolution();
    if (result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
      return "diagnostics " + result.diagnostics();
    }
    if (r.operative().isEmpty()) {
      return "no operative paragraph";
    }
    // numbering restarts under a heading (S/RES/101 (1953): A 1-2, B 1-3, C 1-4)
    List<OperativeClause> numbered = r.operative().stream().filter(c -> c.number().isPresent()).toList();
    int expected = 0;
    for (int i = 0; i < numbered.size(); i++) {
      boolean restarts = i > 0 && !numbered.get(i).section().equals(numbered.get(i - 1).section());
      expected = restarts ? 1 : expected + 1;
      if (!numbered.get(i).number().get().equals(String.valueOf(expected))) {
        return "numbers " + numbered.stream().map(c -> c.section().map(s -> s + ".").orElse("") + c.number().get()).toList();
      }
    }
    return null;
  }
}
