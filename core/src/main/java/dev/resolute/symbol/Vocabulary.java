package dev.resolute.symbol;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words of the symbol grammar: document types that carry a number ({@code PV.117}),
 * suffixes ({@code Rev.1}, {@code Add.2}, {@code Corr.1}, {@code Amend.1}), the words of
 * parenthetical parts and the shapes of sessions and years. Symbols are language-neutral, so this
 * is the only table the grammar needs.
 */
final class Vocabulary {
  /** Document types that carry a number after a full stop: {@code PV.117}, {@code L.15}. */
  private static final String[] TYPED_NUMBER_WORDS = {"PV", "L", "SR", "CRP", "WP", "MISC", "RES", "INF", "DEC"};
  /** Suffixes with their number: {@code Rev.1}, {@code Add.2}. */
  private static final String[] SUFFIX_NUMBER_WORDS = {"REV", "ADD", "CORR", "AMEND"};
  private static final Pattern NUMBERED_SESSION = Pattern.compile("(?:S|ES)-\\d+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROMAN = Pattern.compile("(?:(?:S|ES)-)?[IVXLC]+");

  /**
   * Words of parenthetical parts, lower-cased, longest first, and in the case the UN prints them
   * ({@link #QUALIFIER_PRINTED}, by index): canonical forms glue them to what follows
   * ({@code PartsIandII}), so they are also recognised as prefixes.
   */
  private static final String[] QUALIFIER_WORDS = {"parts", "part", "vols", "vol", "sect", "supp", "amend", "corr", "add", "rev"};

  private static final String[] QUALIFIER_PRINTED = {"Parts", "Part", "Vols", "Vol", "Sect", "Supp", "Amend", "Corr", "Add", "Rev"};

  private static final Pattern ROMANS_JOINED =
      Pattern.compile("([IVXLC]+)AND([IVXLC]+)", Pattern.CASE_INSENSITIVE);

  /** {@link #SUFFIX_NUMBER_WORDS} in the case the UN prints them. */
  private static final String[] SUFFIX_PRINTED = {"Rev", "Add", "Corr", "Amend"};

  private Vocabulary() {}

  /**
   * Which document type with a number ({@code PV.117}, {@code l.15}) stands in {@code text} from
   * {@code from} to {@code to}: its index for {@link #typedWord}, or -1. The parser asks this of
   * every component, in place.
   */
  static int typedNumberWord(CharSequence text, int from, int to) {
    return wordDotNumber(text, from, to, TYPED_NUMBER_WORDS);
  }

  /** The word of a typed number as the UN prints it, by its {@link #typedNumberWord} index. */
  static String typedWord(int k) {
    return TYPED_NUMBER_WORDS[k];
  }

  /** Which suffix with its number ({@code Rev.1}, {@code ADD.2}) stands from {@code from} to {@code to}: its index for {@link #suffixPrinted}, or -1. */
  static int suffixWord(CharSequence text, int from, int to) {
    return wordDotNumber(text, from, to, SUFFIX_NUMBER_WORDS);
  }

  /** A suffix word as the UN prints it ({@code Rev}, {@code Add}), by its {@link #suffixWord} index. */
  static String suffixPrinted(int k) {
    return SUFFIX_PRINTED[k];
  }

  /**
   * Whether a suffix word with its number ({@code Add.2}, {@code corr.1}) stands in {@code text}
   * from {@code at}, before {@code end}: a word of {@link #SUFFIX_NUMBER_WORDS} in any case, a full
   * stop and a digit.
   */
  static boolean suffixNumberAt(CharSequence text, int at, int end) {
    for (String word : SUFFIX_NUMBER_WORDS) {
      int dot = at + word.length();
      if (dot + 1 < end && text.charAt(dot) == '.' && text.charAt(dot + 1) >= '0' && text.charAt(dot + 1) <= '9'
          && regionMatchesIgnoringCase(text, at, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds {@code word} (upper-case ASCII) at {@code at}, in any case. */
  private static boolean regionMatchesIgnoringCase(CharSequence text, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if ((text.charAt(at + i) & ~0x20) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code WORD.N} or {@code WORD.N-M} from {@code from} to {@code to}, the word one of
   * {@code words} in any case of its ASCII letters, N and M ASCII digits: the word's index in
   * {@code words}; -1 for any other component. Read in place: symbols are parsed by the thousand
   * in extraction, and this is asked of every component.
   */
  private static int wordDotNumber(CharSequence text, int from, int to, String[] words) {
    int dot = from;
    while (dot < to && text.charAt(dot) != '.') {
      dot++;
    }
    if (dot == from || dot == to || !digitsWithRange(text, dot + 1, to)) {
      return -1;
    }
    for (int i = from; i < dot; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return -1;
      }
    }
    // ASCII letters: comparing ignoring case is comparing the upper-cased word, without making it
    for (int k = 0; k < words.length; k++) {
      if (words[k].length() == dot - from && regionMatchesIgnoringCase(text, from, words[k])) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code text} from {@code from} to {@code to} is digits, or digits, '-' and digits. */
  private static boolean digitsWithRange(CharSequence text, int from, int to) {
    int i = from;
    int start = i;
    while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == to) {
      return true;
    }
    if (text.charAt(i) != '-') {
      return false;
    }
    start = ++i;
    while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > start && i == to;
  }

  /** {@code S-26}, {@code ES-10}, or a roman session standing as a component ({@code XII}). */
  static boolean isSession(String canonical) {
    return canonical.indexOf('-') > 0 && NUMBERED_SESSION.matcher(canonical).matches()
        || romanLetters(canonical) && ROMAN.matcher(canonical).matches()
            && (canonical.length() > 1 || "IVX".indexOf(canonical.charAt(0)) >= 0);
  }

  /** A session in parentheses after an old GA or ECOSOC number: {@code XXI}, {@code S-IV}. */
  static boolean isRomanSession(String canonical) {
    return romanLetters(canonical) && ROMAN.matcher(canonical).matches();
  }

  /** Only the letters a roman session may have: a quick no before the pattern. */
  private static boolean romanLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("IVXLCSE-".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** {@code part} → {@code Part}, {@code PARTSIANDII} → {@code PartsIandII}, others upper-cased. */
  static String qualifierWord(String word) {
    if (word.equalsIgnoreCase("and")) {
      return "and";
    }
    for (int k = 0; k < QUALIFIER_WORDS.length; k++) {
      String keyword = QUALIFIER_WORDS[k];
      if (word.regionMatches(true, 0, keyword, 0, keyword.length())) {
        return QUALIFIER_PRINTED[k] + qualifierRest(word.substring(keyword.length()));
      }
    }
    return qualifierRest(word);
  }

  private static String qualifierRest(String rest) {
    // the shortest join is five letters ("IandV"); a qualifier's rest is mostly a roman number alone
    Matcher joined = rest.length() < 5 ? null : ROMANS_JOINED.matcher(rest);
    if (joined != null && joined.matches()) {
      return joined.group(1).toUpperCase(Locale.ROOT) + "and" + joined.group(2).toUpperCase(Locale.ROOT);
    }
    return rest.equalsIgnoreCase("and") ? "and" : rest.toUpperCase(Locale.ROOT);
  }
}
