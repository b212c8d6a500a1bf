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
}
