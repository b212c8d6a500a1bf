package dev.resolute.cite;

import java.util.Collection;
import java.util.List;

/**
 * The slashed shape of a resolution or decision number ({@code 65/232}, {@code 2011/33},
 * {@code S-26/2}, {@code 75/245 B}), read by hand where a run of digits starts: what
 * {@link CitationExtractor#SLASHED_TEMPLATE} with a language's session prefixes and part words
 * matches, found as that pattern finds it (its alternatives in its order, its greedy parts first);
 * {@code SlashedNumbersProperties} holds the two to the same matches. The shape is tried at every
 * number of a text that a slash follows; with its look-behind, named groups and backtracking the
 * pattern took 150-430 ns a try, the reader takes 57-117 (benchmarks/RESULTS.md, session 40).
 */
final class SlashedNumbers {
  /** A match: where it and each of its groups start and end; -1 for a group that took no part. */
  record Match(int start, int end, int sessionStart, int sessionEnd, int firstStart, int firstEnd,
      int secondStart, int secondEnd, int partStart, int partEnd) {}

  /** The most digits of a session (or year) and of the number within it. */
  private static final int MAX_DIGITS = 4;

  /** The special-session prefixes ({@code S}, {@code ES}, Arabic {@code دإ}), longest first, as the pattern tries them. */
  private final String[] sessionPrefixes;
  /** The words that print a part ({@code ألف} for A), in the order of the table. */
  private final String[] partWords;

  SlashedNumbers(List<String> sessionPrefixesLongestFirst, Collection<String> partWords) {
    this.sessionPrefixes = sessionPrefixesLongestFirst.toArray(new String[0]);
    this.partWords = partWords.toArray(new String[0]);
  }

  /** The number whose match starts at {@code from} (its special-session prefix, or its digits), or null. */
  Match at(String text, int from) {
    if (from > 0 && CiteTables.glues(text.charAt(from - 1))) {
      return null;
    }
    for (String prefix : sessionPrefixes) {
      int dash = from + prefix.length();
      if (text.startsWith(prefix, from) && dash < text.length() && isDash(text.charAt(dash))) {
        Match m = numberAt(text, from, from, dash, dash + 1);
        if (m != null) {
          return m;
        }
      }
    }
    return numberAt(text, from, -1, -1, from);
  }

  /** The session (or year), its slash and the number from {@code first} on, then a part where one stands. */
  private Match numberAt(String text, int start, int sessionStart, int sessionEnd, int first) {
    int firstEnd = asciiDigitsEnd(text, first);
    if (firstEnd == first || firstEnd - first > MAX_DIGITS || firstEnd >= text.length() || text.charAt(firstEnd) != '/') {
      return null;
    }
    int second = firstEnd + 1;
    int secondEnd = asciiDigitsEnd(text, second);
    if (secondEnd == second || secondEnd - second > MAX_DIGITS) {
      return null;
    }
    if (secondEnd < text.length()) {
      int next = text.codePointAt(secondEnd);
      if (next == '/' || CiteTables.isNumber(next)) {
        return null;
      }
    }
    // a space before the part is tried first, then none: "75/245 B", "75/245B"
    int partStart = secondEnd;
    int partEnd = -1;
    if (partStart < text.length() && (text.charAt(partStart) == ' ' || text.charAt(partStart) == '\u00a0')) {
      partEnd = partEndAt(text, partStart + 1);
      partStart = partEnd >= 0 ? partStart + 1 : partStart;
    }
    if (partEnd < 0) {
      partEnd = partEndAt(text, partStart);
    }
    if (partEnd < 0) {
      return new Match(start, secondEnd, sessionStart, sessionEnd, first, firstEnd, second, secondEnd, -1, -1);
    }
    return new Match(start, partEnd, sessionStart, sessionEnd, first, firstEnd, second, secondEnd, partStart, partEnd);
  }

  /**
   * Where a part that starts at {@code at} ends, or -1: a letter, doubled after Z ({@code AA}), or
   * a part word, with no letter or digit after it but a Chinese character ({@code 第69/274 A号决议}).
   */
  private int partEndAt(String text, int at) {
    if (at < text.length() && CiteTables.isPartLetter(text.charAt(at))) {
      if (at + 1 < text.length() && text.charAt(at + 1) == text.charAt(at) && partEndsAt(text, at + 2)) {
        return at + 2;
      }
      if (partEndsAt(text, at + 1)) {
        return at + 1;
      }
    }
    for (String word : partWords) {
      if (text.startsWith(word, at) && partEndsAt(text, at + word.length())) {
        return at + word.length();
      }
    }
    return -1;
  }

  /** No letter or number at {@code at}, but a Chinese character. */
  private static boolean partEndsAt(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    int c = text.codePointAt(at);
    return !(Character.isLetter(c) || CiteTables.isNumber(c)) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** What joins a special-session prefix to its session: a hyphen, a no-break hyphen, an en dash. */
  private static boolean isDash(char c) {
    return c == '-' || c == '\u2011' || c == '\u2013';
  }

  /** Where the ASCII digits from {@code from} end. */
  private static int asciiDigitsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
