package dev.resolute.cite;

import dev.resolute.internal.CharTrie;

/**
 * Names as a trie over their lower-cased characters, so that one walk from a position of a text
 * finds every name printed there, however many names share their opening words ("Convention on
 * the …" opens dozens of treaty names). White space in a name matches any run of white space in
 * the text (a name printed across a line break), and the two apostrophes match each other.
 *
 * @param <T> what a name stands for
 */
final class NameTrie<T> {
  private final CharTrie<T> root = new CharTrie<>();
  private final java.util.List<String> names = new java.util.ArrayList<>();

  /**
   * Adds a name; where the same name was added before, the first one keeps it.
   *
   * @param lowerName the name, lower-cased
   * @param value what it stands for
   */
  void put(String lowerName, T value) {
    names.add(lowerName);
    CharTrie<T> node = root;
    boolean space = false;
    for (int i = 0; i < lowerName.length(); i++) {
      char c = lowerName.charAt(i);
      if (CiteTables.isNameSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        node = node.childOrAdd(' ');
        space = false;
      }
      node = node.childOrAdd(normal(c));
    }
    if (node != root) {
      node.setValueIfAbsent(value);
    }
  }

  /** The names added, in order. */
  java.util.List<String> names() {
    return java.util.Collections.unmodifiableList(names);
  }

  /**
   * Every name the text holds from {@code from}, shortest first.
   *
   * @param lower the text, lower-cased
   * @param ends where each name found ends (filled)
   * @param values what each stands for (filled)
   * @return how many were found (at most the arrays' length)
   */
  int matches(char[] lower, int from, int[] ends, Object[] values) {
    CharTrie<T> node = root;
    int i = from;
    int count = 0;
    while (i < lower.length && count < ends.length) {
      char c = lower[i];
      char key;
      if (CiteTables.isNameSpace(c)) {
        key = ' ';
        do {
          i++;
        } while (i < lower.length && CiteTables.isNameSpace(lower[i]));
      } else {
        key = normal(c);
        i++;
      }
      node = node.child(key);
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        ends[count] = i;
        values[count++] = node.value();
      }
    }
    return count;
  }

  private static char normal(char c) {
    return c == '\'' ? '’' : c;
  }
}
