package dev.resolute.cite;

import dev.resolute.internal.Scripts;

/**
 * The bracketed shapes of a resolution number, read by hand where a run of digits starts: a year,
 * the Security Council's {@code 1373 (2001)} and {@code 161 A (1961)}, or a roman session, the
 * older numbering's {@code 2200 A (XXI)}, {@code 1874 (S-IV)} and {@code 186 (S-2)}. What
 * {@link CitationExtractor#NUMBER_AND_YEAR} and {@link CitationExtractor#NUMBER_AND_ROMAN} match,
 * found as those patterns find it (a line break or space before the part letter tried first, then
 * none, then no part; the same before the bracket); {@code BracketedNumbersProperties} holds the
 * reader and the patterns to the same matches, as {@link SlashedNumbers} is held to its pattern.
 */
final class BracketedNumbers {
  /**
   * A match: where it, the number, the part letter and what the brackets hold start and end (-1
   * for a part that is not printed), and whether they hold a year or a roman session.
   */
  record Match(int start, int end, int numberStart, int numberEnd, int partStart, int partEnd,
      int insideStart, int insideEnd, boolean year) {}

  /** The most digits of a number. */
  private static final int MAX_DIGITS = 4;
  /** The most roman letters of a session ({@code XXXVIII}, 38, has seven). */
  private static final int MAX_ROMAN = 8;

  private BracketedNumbers() {}

  /** A number and the year in brackets after it, whose match starts at {@code from}, or null. */
  static Match withYearAt(String text, int from) {
    return at(text, from, true);
  }

  /** A number and the roman session in brackets after it, whose match starts at {@code from}, or null. */
  static Match withRomanSessionAt(String text, int from) {
    return at(text, from, false);
  }

  /**
   * Whether a bracket whose first character is {@code c} may hold a roman session: a roman letter,
   * or the {@code S} or {@code ES} of a special or emergency session. Asked before the reader runs.
   */
  static boolean mayOpenRomanSession(char c) {
    return Scripts.ROMAN_LETTERS.indexOf(c) >= 0 || c == 'S' || c == 'E';
  }

  /** Whether a bracket whose first character is {@code c} may hold a year (1946 to 2049). */
  static boolean mayOpenYear(char c) {
    return c == '1' || c == '2';
  }

  private static Match at(String text, int from, boolean year) {
    // the patterns' look-behind: a no-break hyphen before the digits glues them to nothing here
    if (from > 0 && text.charAt(from - 1) != '\u2011' && CiteTables.glues(text.charAt(from - 1))) {
      return null;
    }
    int numberEnd = from;
    while (numberEnd < text.length() && text.charAt(numberEnd) >= '0' && text.charAt(numberEnd) <= '9') {
      numberEnd++;
    }
    if (numberEnd == from || numberEnd - from > MAX_DIGITS) {
      return null;
    }
    if (isBreak(text, numberEnd) && isPartLetter(text, numberEnd + 1)) {
      Match m = bracketAt(text, from, numberEnd, numberEnd + 1, year);
      if (m != null) {
        return m;
      }
    }
    if (isPartLetter(text, numberEnd)) {
      Match m = bracketAt(text, from, numberEnd, numberEnd, year);
      if (m != null) {
        return m;
      }
    }
    return bracketAt(text, from, numberEnd, -1, year);
  }

  /** The bracket after the part letter at {@code part} (-1: after the number), a break before it or none. */
  private static Match bracketAt(String text, int from, int numberEnd, int part, boolean year) {
    int at = part < 0 ? numberEnd : part + 1;
    if (isBreak(text, at)) {
      Match m = insideAt(text, from, numberEnd, part, at + 1, year);
      if (m != null) {
        return m;
      }
    }
    return insideAt(text, from, numberEnd, part, at, year);
  }

  private static Match insideAt(String text, int from, int numberEnd, int part, int open, boolean year) {
    if (open >= text.length() || text.charAt(open) != '(') {
      return null;
    }
    int end = year ? yearEnd(text, open + 1) : romanSessionEnd(text, open + 1);
    if (end < 0) {
      return null;
    }
    return new Match(from, end + 1, from, numberEnd, part, part < 0 ? -1 : part + 1, open + 1, end, year);
  }

  /** Where a year from 1940 to 2049 that the closing bracket follows ends, or -1. */
  private static int yearEnd(String text, int at) {
    if (at + 4 >= text.length()) {
      return -1;
    }
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    char c = text.charAt(at + 2);
    char d = text.charAt(at + 3);
    boolean year = (a == '1' && b == '9' && c >= '4' && c <= '9' || a == '2' && b == '0' && c >= '0' && c <= '4')
        && d >= '0' && d <= '9';
    return year && text.charAt(at + 4) == ')' ? at + 4 : -1;
  }

  /**
   * Where a roman session that the closing bracket follows ends, or -1: with a special or
   * emergency session's prefix ({@code S-IV}, {@code ES-X}, a hyphen or a no-break hyphen) or
   * without, or a special session printed in arabic figures ({@code S-1}, {@code S-2}).
   */
  private static int romanSessionEnd(String text, int at) {
    if (startsPrefix(text, at, "S")) {
      int end = romanEnd(text, at + 2);
      if (closes(text, end)) {
        return end;
      }
    }
    if (startsPrefix(text, at, "ES")) {
      int end = romanEnd(text, at + 3);
      if (closes(text, end)) {
        return end;
      }
    }
    int end = romanEnd(text, at);
    if (closes(text, end)) {
      return end;
    }
    if (startsPrefix(text, at, "S") && at + 2 < text.length() && (text.charAt(at + 2) == '1' || text.charAt(at + 2) == '2')
        && closes(text, at + 3)) {
      return at + 3;
    }
    return -1;
  }

  /** Whether {@code prefix} and a hyphen or a no-break hyphen stand at {@code at}. */
  private static boolean startsPrefix(String text, int at, String prefix) {
    int dash = at + prefix.length();
    return text.startsWith(prefix, at) && dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '\u2011');
  }

  /** Where one to eight roman letters from {@code at} end, all of the run; -1 where the run is empty or longer. */
  private static int romanEnd(String text, int at) {
    int i = at;
    while (i < text.length() && Scripts.ROMAN_LETTERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i == at || i - at > MAX_ROMAN ? -1 : i;
  }

  private static boolean closes(String text, int at) {
    return at >= 0 && at < text.length() && text.charAt(at) == ')';
  }

  /** A space, a no-break space or a line break: what may stand before a part letter or the bracket. */
  private static boolean isBreak(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c == ' ' || c == '\u00a0' || c == '\n';
  }

  private static boolean isPartLetter(String text, int at) {
    return at < text.length() && CiteTables.isPartLetter(text.charAt(at));
  }
}
