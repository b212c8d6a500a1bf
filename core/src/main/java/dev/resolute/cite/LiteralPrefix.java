package dev.resolute.cite;

/**
 * The literal opening of a pattern ({@code United\s+Nations\s*,\s*Treaty\s+Series\s*,}), read off
 * its source and tested by hand where the pattern would run: a regular expression that fails after
 * a few characters still costs its set-up, and most places a Treaty Series pattern opens at ("United
 * Nations" in "the United Nations system") fail so. The test says no only where the pattern
 * certainly cannot match; a character it cannot judge (any beyond ASCII, which case-insensitive and
 * Unicode matching may equate with others) lets the pattern decide.
 */
final class LiteralPrefix {
  /** A token for {@code \s+}. */
  private static final char SPACES = '\u0000';
  /** A token for {@code \s*}. */
  private static final char MAYBE_SPACES = '\u0001';
  /** Before a token: the token may be absent ({@code \.?}, the {@code s} of {@code vols?}). */
  private static final char OPTIONAL = '\u0002';

  /**
   * One character per token: an ASCII letter or punctuation mark as printed, or a run of white
   * space; {@link #OPTIONAL} before a token that may be absent.
   */
  private final String tokens;

  private LiteralPrefix(String tokens) {
    this.tokens = tokens;
  }

  /**
   * The opening of a pattern's source up to its first construct other than an ASCII letter, an
   * escaped or plain comma or full stop ({@code \.}), {@code \s+} and {@code \s*}, or one of those
   * characters made optional by {@code ?}; any other quantifier ends it before its character, as
   * does a character that follows the same one made optional (where only backtracking could tell
   * which of the two a text's character is).
   */
  static LiteralPrefix of(String source) {
    StringBuilder tokens = new StringBuilder();
    // the optional characters since the last token that must stand: a text's character is read as
    // the first of them it equals, which is right only where no later token equals it too
    StringBuilder mayBeAbsent = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      char token;
      int next;
      if (c == '\\' && i + 2 < source.length() && source.charAt(i + 1) == 's'
          && (source.charAt(i + 2) == '+' || source.charAt(i + 2) == '*')) {
        token = source.charAt(i + 2) == '+' ? SPACES : MAYBE_SPACES;
        next = i + 3;
        if (tokens.length() > 0 && isSpaces(tokens.charAt(tokens.length() - 1))) {
          break; // two runs of white space in a row: the walk below would not be the pattern's
        }
      } else if (c == '\\' && i + 1 < source.length() && (source.charAt(i + 1) == '.' || source.charAt(i + 1) == ',')) {
        token = source.charAt(i + 1);
        next = i + 2;
      } else if (c < 0x80 && Character.isLetter(c) || c == ',') {
        token = Character.toLowerCase(c);
        next = i + 1;
      } else {
        break;
      }
      boolean optional = !isSpaces(token) && next < source.length() && source.charAt(next) == '?'
          && (next + 1 >= source.length() || "?+".indexOf(source.charAt(next + 1)) < 0);
      if (!optional && next < source.length() && "?*+{".indexOf(source.charAt(next)) >= 0) {
        break; // quantified (a \s run's own quantifier was read with it)
      }
      if (!isSpaces(token) && mayBeAbsent.indexOf(String.valueOf(token)) >= 0) {
        break; // the character may be the optional one's: only backtracking could tell
      }
      if (optional) {
        tokens.append(OPTIONAL);
        mayBeAbsent.append(token);
        next++;
      } else if (token != MAYBE_SPACES) {
        mayBeAbsent.setLength(0); // what follows cannot be read as an optional one before this
      }
      tokens.append(token);
      i = next;
    }
    return new LiteralPrefix(tokens.toString());
  }

  /** Whether the pattern may match at {@code at}: false only where its opening certainly does not stand there. */
  boolean mayMatchAt(CharSequence text, int at) {
    int j = at;
    for (int t = 0; t < tokens.length(); t++) {
      char token = tokens.charAt(t);
      if (token == OPTIONAL) {
        // the token after it, where the text has it: no other token reads that character
        char optional = tokens.charAt(++t);
        if (j < text.length()) {
          char c = text.charAt(j);
          if (c >= 0x80) {
            return true;
          }
          if (Character.toLowerCase(c) == optional) {
            j++;
          }
        }
        continue;
      }
      if (isSpaces(token)) {
        if (token == SPACES) {
          if (j >= text.length()) {
            return false;
          }
          char c = text.charAt(j);
          if (c >= 0x80) {
            return true;
          }
          if (!isAsciiSpace(c)) {
            return false;
          }
        }
        for (; j < text.length(); j++) {
          char c = text.charAt(j);
          if (c >= 0x80) {
            return true;
          }
          if (!isAsciiSpace(c)) {
            break;
          }
        }
        continue;
      }
      if (j >= text.length()) {
        return false;
      }
      char c = text.charAt(j);
      if (c >= 0x80) {
        return true;
      }
      if (Character.toLowerCase(c) != token) {
        return false;
      }
      j++;
    }
    return true;
  }

  /** The tokens' length: how much of the pattern is tested by hand. */
  int length() {
    return tokens.length();
  }

  private static boolean isSpaces(char token) {
    return token == SPACES || token == MAYBE_SPACES;
  }

  /** White space among ASCII characters, as Unicode's White_Space has it ({@code \s} of the patterns). */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
