package dev.resolute.internal;

/**
 * Which paragraph numbers count in a sequence, for the parser and the Akoma Ntoso reader alike:
 * both warn where an operative number does not follow the one before it.
 */
public final class ParagraphNumbers {
  private ParagraphNumbers() {}

  /**
   * One to nine ASCII digits: a number that counts in sequence (not "3 bis", not "A"). Asked of
   * every numbered paragraph: read by hand, not by a pattern compiled for each.
   *
   * @param number a paragraph's number as printed
   * @return whether it is plain digits
   */
  public static boolean isPlain(String number) {
    if (number.isEmpty() || number.length() > 9) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
