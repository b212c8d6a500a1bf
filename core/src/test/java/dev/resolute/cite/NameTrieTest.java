package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How the trie of treaty names finds the names printed at a position of a text. */
class NameTrieTest {
  private static final NameTrie<String> NAMES = names(
      "convention on the rights of the child", "convention on the rights of persons with disabilities",
      "convention on the rights", "pacte international relatif aux droits de l’homme");

  @Test
  void everyNameOpeningThereIsFoundShortestFirst() {
    String text = "convention on the rights of the child, 1989";
    assertArrayEquals(new String[] {"convention on the rights", "convention on the rights of the child"},
        found(text, 0));
  }

  @Test
  void aNameMayBreakAcrossLinesAndSpaces() {
    assertArrayEquals(new String[] {"convention on the rights"}, found("convention on\n  the\u00a0rights", 0));
  }

  @Test
  void theNameEndsWhereItsLastCharacterDoes() {
    String text = "la convention on the rights, ";
    int[] ends = new int[4];
    Object[] values = new Object[4];
    assertEquals(1, NAMES.matches(text.toCharArray(), 3, ends, values));
    assertEquals(text.indexOf(','), ends[0]);
  }

  @Test
  void eitherApostropheMatches() {
    assertArrayEquals(new String[] {"pacte international relatif aux droits de l’homme"},
        found("pacte international relatif aux droits de l'homme", 0));
  }

  @Test
  void aWordThatOnlyOpensLikeANameFindsNothing() {
    assertArrayEquals(new String[0], found("conventional arms", 0));
    assertArrayEquals(new String[0], found("convention on the right", 0));
  }

  @Test
  void noSpaceInTheTextWhereTheNameHasOne() {
    assertArrayEquals(new String[0], found("conventionon the rights", 0));
  }

  private static String[] found(String text, int from) {
    int[] ends = new int[8];
    Object[] values = new Object[8];
    int n = NAMES.matches(text.toCharArray(), from, ends, values);
    return Arrays.stream(values, 0, n).map(String.class::cast).toArray(String[]::new);
  }

  private static NameTrie<String> names(String... names) {
    NameTrie<String> trie = new NameTrie<>();
    for (String name : names) {
      trie.put(name, name);
    }
    return trie;
  }
}
