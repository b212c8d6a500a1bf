package dev.resolute.symbol;

import com.google.common.collect.ImmutableMap;
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
  private static final Pattern TYPED_NUMBER =
      Pattern.compile("(PV|L|SR|CRP|WP|MISC|RES|INF|DEC)\\.(\\d+(?:-\\d+)?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUFFIX =
      Pattern.compile("(REV|ADD|CORR|AMEND)\\.(\\d+(?:-\\d+)?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED_SESSION = Pattern.compile("(?:S|ES)-\\d+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROMAN = Pattern.compile("(?:(?:S|ES)-)?[IVXLC]+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** Words of parenthetical parts, in the case the UN prints them; any other word is upper-cased. */
  private static final ImmutableMap<String, String> QUALIFIER_WORDS =
      ImmutableMap.<String, String>builder()
          .put("part", "Part")
          .put("parts", "Parts")
          .put("vol", "Vol")
          .put("vols", "Vols")
          .put("sect", "Sect")
          .put("supp", "Supp")
          .put("and", "and")
          .put("add", "Add")
          .put("rev", "Rev")
          .put("corr", "Corr")
          .put("amend", "Amend")
          .buildOrThrow();

  /** Suffix words in the case the UN prints them. */
  private static final ImmutableMap<String, String> SUFFIX_WORDS =
      ImmutableMap.of("REV", "Rev", "ADD", "Add", "CORR", "Corr", "AMEND", "Amend");

  private Vocabulary() {}

  /** {@code PV.117} → {@code [PV, 117]}; null where the component is no typed number. */
  static String[] typedNumber(String core) {
    Matcher m = TYPED_NUMBER.matcher(core);
    return m.matches() ? new String[] {m.group(1).toUpperCase(Locale.ROOT), m.group(2)} : null;
  }

  /** {@code rev.1} → {@code Rev.1}; any other component upper-cased. */
  static String canonicalComponent(String core) {
    Matcher m = SUFFIX.matcher(core);
    if (m.matches()) {
      return SUFFIX_WORDS.get(m.group(1).toUpperCase(Locale.ROOT)) + "." + m.group(2);
    }
    return core.toUpperCase(Locale.ROOT);
  }

  static boolean isSuffix(String core) {
    return SUFFIX.matcher(core).matches();
  }

  /** {@code S-26}, {@code ES-10}, or a roman session standing as a component ({@code XII}). */
  static boolean isSession(String canonical) {
    return NUMBERED_SESSION.matcher(canonical).matches()
        || ROMAN.matcher(canonical).matches()
            && (canonical.length() > 1 || "IVX".indexOf(canonical.charAt(0)) >= 0);
  }

  /** A session in parentheses after an old GA or ECOSOC number: {@code XXI}, {@code S-IV}. */
  static boolean isRomanSession(String canonical) {
    return ROMAN.matcher(canonical).matches();
  }

  static boolean isYear(String digits) {
    return YEAR.matcher(digits).matches();
  }

  static String qualifierWord(String word) {
    String known = QUALIFIER_WORDS.get(word.toLowerCase(Locale.ROOT));
    return known != null ? known : word.toUpperCase(Locale.ROOT);
  }
}
