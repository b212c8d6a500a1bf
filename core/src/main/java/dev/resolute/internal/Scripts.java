package dev.resolute.internal;

/**
 * Facts of the writing systems that the parser and the citation extractor both read by: one
 * definition, so that a word compared in one package is compared the same way in the other.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * An Arabic tatweel (ـ, which only stretches a letter: "قـــرارات") or short vowel mark
   * (harakat, optional in print: "إنَّ" and "إن" are one word): a character that leaves an Arabic word
   * what it is.
   *
   * @param c a character
   * @return whether a comparison of Arabic words passes it over
   */
  public static boolean isArabicMark(char c) {
    return c == '\u0640' || c >= '\u064b' && c <= '\u065f' || c == '\u0670';
  }

  /**
   * A Chinese book title mark (《 》 〈 〉), printed around a treaty's title inside a body's name
   * ("《联合国反腐败公约》缔约国会议", the Conference of the States Parties to the Convention against
   * Corruption) or not: a comparison of names passes it over.
   *
   * @param c a character
   * @return whether it marks a title
   */
  public static boolean isBookTitleMark(char c) {
    return c == '\u300a' || c == '\u300b' || c == '\u3008' || c == '\u3009';
  }

  /**
   * A decimal digit of any script, as {@link Character#isDigit(char)} answers: ASCII digits, which
   * almost every number and symbol prints, are answered without Character's tables, asked of
   * every character of a symbol and of the digit runs that extraction reads.
   *
   * @param c a character
   * @return whether it is a decimal digit
   */
  public static boolean isDigit(char c) {
    return c <= '9' ? c >= '0' : c > 0x7f && Character.isDigit(c);
  }

  /**
   * A digit of any script as the ASCII digit of its value ({@code ٣} → {@code 3}); any other
   * character as it is.
   *
   * @param c a character
   * @return the ASCII digit, or {@code c}
   */
  public static char asciiDigit(char c) {
    return c <= '9' || !isDigit(c) ? c : (char) ('0' + Character.digit(c, 10));
  }

  /**
   * Whether the text from {@code from} to {@code to} is a year a resolution may print: four digits
   * of any script, 1900 to 2099. One rule for the symbol parser (a symbol's year, "S/RES/1373
   * (2001)") and the footnote markers (a marker glued to a year, "20063").
   *
   * @param text the text
   * @param from where the digits start
   * @param to where they end
   * @return whether they are such a year
   */
  public static boolean isYear(CharSequence text, int from, int to) {
    if (to - from != 4) {
      return false;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(text.charAt(i), 10);
      if (digit < 0) {
        return false;
      }
      value = value * 10 + digit;
    }
    return value >= 1900 && value <= 2099;
  }

  /**
   * A hyphen as a UN symbol reads it: the hyphen-minus, or the hyphen (U+2010), no-break hyphen
   * (U+2011) or en dash that texts print for it inside symbols ("GOV/INF/2005/10‑GC(49)/INF/6").
   *
   * @param c a character
   * @return whether it stands for '-'
   */
  public static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  /**
   * The Latin capital that a Cyrillic capital is printed alike to (А В Е К М Н О Р С Т Х), or 0
   * for any other character: Russian texts type them for Latin ones inside UN symbols
   * ("A/CONF.192/PС/23", "CBD/СОР/14/14", "А/75/182"), which read as if printed in Latin.
   *
   * @param c a character
   * @return the Latin capital, or 0
   */
  public static char latinLookalike(char c) {
    if (c < '\u0410' || c > '\u0425') {
      return 0;
    }
    int k = CYRILLIC_LOOKALIKES.indexOf(c);
    return k < 0 ? 0 : LATIN_LOOKALIKES.charAt(k);
  }

  /**
   * An ASCII capital, or a Cyrillic capital typed for one ({@link #latinLookalike}): what may open
   * a symbol's organ or stand as a resolution's part letter.
   *
   * @param c a character
   * @return whether it reads as a Latin capital
   */
  public static boolean isLatinCapital(char c) {
    return c >= 'A' && c <= 'Z' || latinLookalike(c) != 0;
  }

  /**
   * The text with each Cyrillic capital typed for a Latin one ({@link #latinLookalike}) as that one.
   *
   * @param text a text
   * @return the text, Latin where it looked so
   */
  public static String withLatinLookalikes(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char latin = latinLookalike(text.charAt(i));
      if (latin != 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, latin);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The letters of the roman numbers the texts print for sessions and parts ({@code XXI},
   * {@code VIII}): I, V, X, L and C.
   */
  public static final String ROMAN_LETTERS = "IVXLC";

  /** The Cyrillic capitals printed alike to Latin ones: А В Е К М Н О Р С Т Х. */
  public static final String CYRILLIC_LOOKALIKES = "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425";

  /** The Latin capital each of {@link #CYRILLIC_LOOKALIKES} is printed alike to, in the same order. */
  private static final String LATIN_LOOKALIKES = "ABEKMHOPCTX";

  /**
   * The Cyrillic capitals printed alike to a roman figure ({@code Х}, {@code С}): a Russian text may
   * type a roman session with them ({@code решение Х/2}).
   */
  public static final String CYRILLIC_ROMAN_LETTERS = CYRILLIC_LOOKALIKES.chars()
      .filter(c -> ROMAN_LETTERS.indexOf(latinLookalike((char) c)) >= 0)
      .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

  /**
   * The value of a roman number written in capitals ({@code XIII} is 13, {@code IX} 9), the
   * Cyrillic capitals typed for roman figures read as those; -1 where it is none.
   */
  public static int romanValue(String roman) {
    int total = 0;
    int next = 0; // the value of the figure after, read right to left
    for (int i = roman.length() - 1; i >= 0; i--) {
      int value = figureValue(latinLookalike(roman.charAt(i)) != 0 ? latinLookalike(roman.charAt(i)) : roman.charAt(i));
      if (value < 0) {
        return -1;
      }
      total += value < next ? -value : value; // IV: the I before the V is taken away
      next = Math.max(next, value);
    }
    return roman.isEmpty() ? -1 : total;
  }

  private static int figureValue(char c) {
    switch (c) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      case 'D':
        return 500;
      case 'M':
        return 1000;
      default:
        return -1;
    }
  }

  /** A roman figure ({@link #ROMAN_LETTERS}), or a Cyrillic capital typed for one. */
  public static boolean isRomanLetter(char c) {
    return ROMAN_LETTERS.indexOf(c) >= 0 || CYRILLIC_ROMAN_LETTERS.indexOf(c) >= 0;
  }

}
