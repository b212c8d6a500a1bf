package dev.resolute.text;

import dev.resolute.testing.Lossless;
import dev.resolute.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the text — arbitrary strings, binary, truncated, shuffled or mutated real resolutions —
 * the parser returns a resolution with diagnostics, and its regions give back the input.
 */
class BadInputProperties {
  private static List<String> corpus = List.of();

  @BeforeContainer
  static void readCorpus() throws Exception {
    String root = System.getProperty(SharedData.PROPERTY);
    Path folder = root == null ? null : Path.of(root, "corpus");
    if (folder != null && Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(BadInputProperties::read).toList();
      }
    }
    if (corpus.isEmpty()) {
      corpus = List.of("The General Assembly,\n\nRecalling its resolution 65/232,\n\n1.\tDecides to remain seized of the matter.\n");
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property
  void arbitraryStringsGiveAResultThatAccountsForEveryCharacter(@ForAll String text) {
    assertLossless(text);
  }

  @Property
  void documentLikeStringsGiveAResultThatAccountsForEveryCharacter(@ForAll("documentLike") String text) {
    assertLossless(text);
  }

  @Property
  void mutatedRealResolutionsGiveAResultThatAccountsForEveryCharacter(@ForAll("mutated") String text) {
    assertLossless(text);
  }

  /** Lines made of the pieces real resolutions are made of, in any order. */
  @Provide
  Arbitrary<String> documentLike() {
    Arbitrary<String> piece = Arbitraries.of("The General Assembly,", "L’Assemblée générale,", "1.", "2.\t", "(a)", "a)",
        "Recalling", "Prie", "__________________", " 1  Nations Unies, Recueil des Traités, vol. 2225, no 39574.",
        "A/C.3/66/L.15", "311-53519", "Annex", "20063", "65/23211", "afférents1,", "\f", "\t", " ", "A.", "I.",
        "46th plenary meeting", "7 December 2022", "Resolution 1373 (2001)", "é", "\u00a0", "-", ";", ",", ".");
    return piece.list().ofMaxSize(60).map(pieces -> {
      StringBuilder out = new StringBuilder();
      Random random = new Random(pieces.hashCode());
      for (String p : pieces) {
        out.append(p).append(random.nextInt(3) == 0 ? "\n\n" : random.nextBoolean() ? "\n" : " ");
      }
      return out.toString();
    });
  }

  /** A real resolution, truncated, with lines shuffled, deleted or duplicated, or bytes flipped. */
  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(Arbitraries.of(corpus), Arbitraries.integers().between(0, 4), Arbitraries.longs())
        .as((text, kind, seed) -> mutate(text, kind, new Random(seed)));
  }

  private static String mutate(String text, int kind, Random random) {
    switch (kind) {
      case 0:
        return text.substring(0, random.nextInt(text.length() + 1));
      case 1: {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        java.util.Collections.shuffle(lines, random);
        return String.join("\n", lines);
      }
      case 2: {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < 5 && !lines.isEmpty(); i++) {
          int at = random.nextInt(lines.size());
          if (random.nextBoolean()) {
            lines.remove(at);
          } else {
            lines.add(at, lines.get(at));
          }
        }
        return String.join("\n", lines);
      }
      case 3: {
        char[] chars = text.toCharArray();
        for (int i = 0; i < 20 && chars.length > 0; i++) {
          chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
        }
        return new String(chars);
      }
      default:
        return text.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
    }
  }

  static void assertLossless(String text) {
    Lossless.assertAccountsForEveryCharacter(ResolutionParser.create().parse(text), text);
  }
}
