package dev.resolute.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts benchmarks read: the seed from the repository, the corpus from the shared folder beside
 * it (system property {@code resolute.shared}, default {@code ../shared}), run from the repository
 * root.
 */
final class Inputs {
  private Inputs() {}

  static String seed() {
    return read(Path.of(System.getProperty("resolute.root", "."), "seeds", "A_C.3_66_L.15.fr.txt"));
  }

  /** Every corpus text, separated by form feeds. */
  static String corpusMix() {
    Path folder = Path.of(System.getProperty("resolute.shared", "../shared"), "corpus");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
      StringBuilder out = new StringBuilder();
      for (Path p : texts) {
        out.append(read(p)).append("\n\f\n");
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the corpus is read from " + folder + " (set -Dresolute.shared)", e);
    }
  }

  /**
   * The footnote blocks (the lines after a footnote rule) or the rest of the corpus texts whose
   * names end so.
   */
  static String corpusPart(String suffix, boolean footnotes) {
    Path folder = Path.of(System.getProperty("resolute.shared", "../shared"), "corpus");
    try (Stream<Path> files = Files.list(folder)) {
      StringBuilder out = new StringBuilder();
      for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().collect(Collectors.toList())) {
        boolean inNotes = false;
        for (String line : read(p).split("\n", -1)) {
          if (line.strip().matches("_{5,}")) {
            inNotes = true;
            continue;
          }
          if (inNotes == footnotes) {
            out.append(line).append('\n');
          }
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the corpus is read from " + folder + " (set -Dresolute.shared)", e);
    }
  }

  /** The text repeated up to the given number of characters. */
  static String repeatedTo(String text, int characters) {
    StringBuilder out = new StringBuilder(characters + text.length());
    while (out.length() < characters) {
      out.append(text).append("\n\f\n");
    }
    out.setLength(characters);
    return out.toString();
  }

  static String named(String name) {
    switch (name) {
      case "seed":
        return seed();
      case "corpus":
        return corpusMix();
      case "corpus-1MB":
        return repeatedTo(corpusMix(), 1_000_000);
      case "corpus-10MB":
        return repeatedTo(corpusMix(), 10_000_000);
      default:
        throw new IllegalArgumentException("no input named " + name);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
