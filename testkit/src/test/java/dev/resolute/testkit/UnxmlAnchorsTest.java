package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import dev.resolute.testing.KnownIssues;
import dev.resolute.testing.SharedData;
import dev.resolute.text.ResolutionParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Footnote references over all of {@code unxml/}: the markup puts each note's marker in a clause (as
 * the AKN reader reads it); the parser, given the plain text {@link AknText} renders, with the
 * markers glued to words, years and numbers, must find it in the same clause. Files whose parsed
 * clause counts differ from the markup's are left to {@link UnxmlParseTest}, which counts them. And
 * the other way: each reference the parse places is one the markup has in that clause (a number
 * the text prints, "Goal 6", "3 p.m.", taken for a note's marker is a reference the markup lacks).
 */
class UnxmlAnchorsTest {

  /**
   * The share of the markup's references the parse must find in their clause, and of the parse's
   * references that the markup has there, in every language.
   */
  private static final double MINIMUM = 0.99;

  @Test
  void footnoteReferencesStandInTheClausesTheMarkupPutsThemInAndNowhereElse() throws IOException {
    Map<Language, int[]> counts = new EnumMap<>(Language.class);
    Map<String, List<String>> missed = new TreeMap<>();
    Map<String, List<String>> placedElsewhere = new TreeMap<>();
    Set<String> defective = KnownIssues.defectiveFiles();
    for (Path path : SharedData.files("unxml", ".xml")) {
      if (defective.contains(path.getFileName().toString())) {
        continue; // markup KNOWN_ISSUES names as not well-formed or not valid
      }
      Resolution markup;
      String text;
      try (InputStream in = Files.newInputStream(path); InputStream again = Files.newInputStream(path)) {
        markup = AkomaNtoso.read(in);
        text = AknText.render(again);
      } catch (IOException | RuntimeException unreadable) {
        continue;
      }
      Resolution parsed = ResolutionParser.create().parse(text, markup.language()).resolution();
      if (parsed.preamble().size() != markup.preamble().size()
          || parsed.operative().size() != markup.operative().size()) {
        continue;
      }
      List<String> expected = references(markup);
      List<String> found = references(parsed);
      int[] c = counts.computeIfAbsent(markup.language(), l -> new int[3]);
      for (String reference : expected) {
        c[0]++;
        if (found.remove(reference)) {
          c[1]++;
        } else {
          missed.computeIfAbsent(markup.language().code(), k -> new ArrayList<>())
              .add(path.getFileName() + " " + reference);
        }
      }
      // placed where the markup has no such reference: of the notes the markup refers to from a
      // clause (the reader places no reference of a draft the text quotes, whose clauses it does not read)
      Set<String> referred = new java.util.HashSet<>();
      expected.forEach(reference -> referred.add(marker(reference)));
      for (String extra : found) {
        if (referred.contains(marker(extra))) {
          c[2]++;
          placedElsewhere.computeIfAbsent(markup.language().code(), k -> new ArrayList<>()).add(path.getFileName() + " " + extra);
        }
      }
    }
    StringBuilder report = new StringBuilder();
    boolean pass = !counts.isEmpty();
    for (Map.Entry<Language, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double recall = (double) c[1] / c[0];
      double precision = (double) c[1] / (c[1] + c[2]);
      pass &= recall >= MINIMUM && precision >= MINIMUM;
      String language = e.getKey().code();
      report.append(String.format(Locale.ROOT, "%s: %d of %d footnote references in the markup's clause (%.4f); missed: %s%n",
          language, c[1], c[0], recall, missed.getOrDefault(language, List.of())));
      List<String> extra = placedElsewhere.getOrDefault(language, List.of());
      report.append(String.format(Locale.ROOT, "%s: %d of %d placed where the markup has them (%.4f); elsewhere: %s%n",
          language, c[1], c[1] + c[2], precision, extra.subList(0, Math.min(extra.size(), 30))));
    }
    System.out.print(report);
    assertTrue(pass, report.toString());
  }

  private static String marker(String reference) {
    return reference.substring(reference.indexOf(':') + 1);
  }

  /** Each reference as its clause and marker: {@code P3:1}, {@code O4:2}, {@code O4.1:3}. */
  private static List<String> references(Resolution r) {
    List<String> out = new ArrayList<>();
    int k = 0;
    for (PreambularClause c : r.preamble()) {
      k++;
      add(out, "P" + k, c.footnoteRefs());
    }
    k = 0;
    for (OperativeClause c : r.operative()) {
      k++;
      add(out, "O" + k, c.footnoteRefs());
      subparagraphs(out, "O" + k, c.subparagraphs());
    }
    return out;
  }

  private static void subparagraphs(List<String> out, String parent, List<Subparagraph> subparagraphs) {
    int j = 0;
    for (Subparagraph s : subparagraphs) {
      j++;
      add(out, parent + "." + j, s.footnoteRefs());
      subparagraphs(out, parent + "." + j, s.subparagraphs());
    }
  }

  private static void add(List<String> out, String clause, List<FootnoteRef> refs) {
    for (FootnoteRef ref : refs) {
      out.add(clause + ":" + ref.marker());
    }
  }
}
