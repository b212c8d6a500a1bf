package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.testing.SharedData;
import dev.resolute.testing.UnxmlFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UN's own Akoma Ntoso files as a check of the symbol grammar: every {@code undocs.org} link
 * target must parse to its own canonical form, and every file's work IRI must be the one we build
 * from its symbol and adoption date. Failures are printed by cause; each must be a defect of the
 * source ({@code unxml/KNOWN_ISSUES.md}).
 */
class UnxmlSymbolCorpusTest {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
  private static List<UnxmlFile> files;
  private static final List<String> unreadable = new ArrayList<>();

  @BeforeAll
  static void readFiles() throws Exception {
    files = new ArrayList<>();
    for (Path path : SharedData.files("unxml", ".xml")) {
      try {
        files.add(UnxmlFile.read(path));
      } catch (XMLStreamException e) {
        unreadable.add(path.getFileName() + ": " + e.getMessage().lines().reduce((a, b) -> b).orElse(""));
      }
    }
  }

  @Test
  void linkTargetsParseToTheirOwnCanonicalForm() {
    int total = 0;
    int passed = 0;
    Map<String, List<String>> failuresByCause = new TreeMap<>();
    Map<String, int[]> byLanguage = new TreeMap<>();
    for (UnxmlFile file : files) {
      for (UnxmlFile.Link link : file.links) {
        Optional<UndocsLink> undocs = UndocsLink.parse(link.href());
        if (undocs.isEmpty()) {
          continue;
        }
        total++;
        int[] counts = byLanguage.computeIfAbsent(String.valueOf(file.language), k -> new int[2]);
        counts[0]++;
        String target = undocs.get().target();
        String cause;
        try {
          DocumentSymbol symbol = DocumentSymbol.parse(target);
          cause = sameSymbol(symbol, target) ? null : "parsed to another form: " + symbol.canonical();
        } catch (SymbolSyntaxException e) {
          cause = e.reason();
        }
        if (cause == null) {
          passed++;
          counts[1]++;
        } else {
          failuresByCause.computeIfAbsent(cause, k -> new ArrayList<>()).add(target + " (" + file.path.getFileName() + ")");
        }
      }
    }
    double ratio = (double) passed / total;
    System.out.printf(Locale.ROOT, "undocs.org link targets: %d of %d parse to their canonical form (%.4f)%n", passed, total, ratio);
    byLanguage.forEach((lang, c) -> System.out.printf(Locale.ROOT, "  %s: %d of %d%n", lang, c[1], c[0]));
    failuresByCause.forEach((cause, examples) -> System.out.printf(
        Locale.ROOT, "  %d × %s, e.g. %s%n", examples.size(), cause, examples.subList(0, Math.min(4, examples.size()))));
    assertTrue(total > 50_000, "expected about 54,000 links, found " + total);
    assertTrue(ratio >= 0.995, "only " + passed + " of " + total + " link targets parse");
  }

  @Test
  void workIriFromSymbolBodyAndAdoptionDateIsTheFilesFrbrUri() {
    int total = 0;
    int passed = 0;
    Map<String, List<String>> failuresByCause = new TreeMap<>();
    for (UnxmlFile file : files) {
      total++;
      String cause;
      try {
        DocumentSymbol symbol = DocumentSymbol.parse(file.symbol == null ? "" : file.symbol);
        String date = file.coverAdoptionDate != null ? file.coverAdoptionDate : file.frbrAdoptionDate;
        String built = symbol.akn4unWorkIri(LocalDate.parse(date));
        cause = built.equals(file.workUri) ? null : "different IRI: built " + built + ", file has " + file.workUri;
      } catch (SymbolSyntaxException e) {
        cause = "symbol does not parse: " + e.reason();
      } catch (IllegalStateException e) {
        cause = "not a resolution: " + e.getMessage();
      } catch (RuntimeException e) {
        cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      if (cause == null) {
        passed++;
      } else {
        failuresByCause.computeIfAbsent(cause.replaceAll("\\d{4}-\\d\\d-\\d\\d|\\d+", "#"), k -> new ArrayList<>())
            .add(file.path.getParent().getFileName() + "/" + file.path.getFileName() + ": " + cause);
      }
    }
    double ratio = (double) passed / total;
    System.out.printf(Locale.ROOT, "work IRIs: %d of %d files equal FRBRuri (%.4f); %d files not well-formed: %s%n",
        passed, total, ratio, unreadable.size(), unreadable);
    failuresByCause.forEach((cause, examples) -> System.out.printf(
        Locale.ROOT, "  %d × %s%n      e.g. %s%n", examples.size(), cause, examples.subList(0, Math.min(3, examples.size()))));
    assertTrue(ratio >= 0.97, "only " + passed + " of " + total + " work IRIs equal the file's");
  }

  /** Equal ignoring case, spaces and a part letter that one side drops. */
  static boolean sameSymbol(DocumentSymbol symbol, String printed) {
    String target = normalize(printed);
    return normalize(symbol.canonical()).equals(target)
        || normalize(symbol.withoutPart().canonical()).equals(target);
  }

  private static String normalize(String s) {
    return SPACES.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
