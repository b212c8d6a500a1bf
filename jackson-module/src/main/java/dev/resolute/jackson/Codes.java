package dev.resolute.jackson;

import java.util.function.Function;

/**
 * The codes of an enumeration as the JSON form writes them, matched against a string value's
 * characters as the parser holds them: a code is read without making a {@code String} of it.
 */
final class Codes<E extends Enum<E>> {
  private final E[] values;
  private final char[][] codes;
  private final String expected;

  private Codes(E[] values, Function<E, String> code) {
    this.values = values;
    this.codes = new char[values.length][];
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      codes[i] = code.apply(values[i]).toCharArray();
      list.append(i == 0 ? "" : ", ").append(codes[i]);
    }
    this.expected = list.toString();
  }

  static <E extends Enum<E>> Codes<E> of(E[] values, Function<E, String> code) {
    return new Codes<>(values, code);
  }

  /** The value whose code is {@code text[offset, offset + length)}, or null. */
  E find(char[] text, int offset, int length) {
    for (int i = 0; i < codes.length; i++) {
      char[] code = codes[i];
      if (code.length == length && same(code, text, offset)) {
        return values[i];
      }
    }
    return null;
  }

  private static boolean same(char[] code, char[] text, int offset) {
    for (int j = 0; j < code.length; j++) {
      if (code[j] != text[offset + j]) {
        return false;
      }
    }
    return true;
  }

  /** The codes, for an error message. */
  @Override
  public String toString() {
    return expected;
  }
}
