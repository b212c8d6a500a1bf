package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * What a hand reader of a pattern ({@link SlashedNumbers}, {@link BracketedNumbers}) owes the
 * pattern it stands for: at every position of a text, a match where the pattern matches there and
 * nothing where it does not, with the pattern's span and groups.
 */
final class HandReaders {
  private HandReaders() {}

  /**
   * Compares what a reader read at a position with the pattern's match there.
   *
   * @param <M> the reader's match
   */
  interface Groups<M> {
    /**
     * @param pattern the pattern, matched at the position
     * @param read what the reader read there
     * @param where the position and text, for a failure's message
     */
    void compare(Matcher pattern, M read, String where);
  }

  /**
   * Holds the reader to the pattern at every position of the text.
   *
   * @param pattern the pattern's matcher over the text
   * @param text the text
   * @param label what a failure's message names first ("" or " (year)")
   * @param read the reader at a position: its match, or null
   * @param groups the comparison of a match with the pattern's
   * @return whether the pattern matched anywhere in the text
   */
  static <M> boolean agreeAtEveryPosition(Matcher pattern, String text, String label, IntFunction<M> read,
      Groups<M> groups) {
    pattern.useTransparentBounds(true).useAnchoringBounds(false);
    boolean matched = false;
    for (int at = 0; at < text.length(); at++) {
      M found = read.apply(at);
      String where = label + " at " + at + " of \"" + text + "\"";
      if (!pattern.region(at, text.length()).lookingAt()) {
        assertNull(found, "read where the pattern matches nothing" + where);
        continue;
      }
      matched = true;
      assertNotNull(found, "nothing read" + where);
      groups.compare(pattern, found, where);
    }
    return matched;
  }
}
