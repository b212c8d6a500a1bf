package dev.resolute.cite;

import java.util.Arrays;

/**
 * Names as a trie over their lower-cased characters, so that one walk from a position of a text
 * finds every name printed there, however many names share their opening words ("Convention on
 * the …" opens dozens of treaty names). White space in a name matches any run of white space in
 * the text (a name printed across a line break), and the two apostrophes match each other.
 *
 * @param <T> what a name stands for
 */
final class NameTrie<T> {
  private final Node root = new Node();
  private final java.util.List<String> names = new java.util.ArrayList<>();

  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private Object value;

    Node child(char key) {
      char[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == key) {
            return children[i];
          }
        }
        return null;
      }
      int at = Arrays.binarySearch(k, key);
      return at >= 0 ? children[at] : null;
    }

    Node addChild(char key) {
      int at = Arrays.binarySearch(keys, key);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      char[] newKeys = new char[keys.length + 1];
      Node[] newChildren = new Node[keys.length + 1];
      System.arraycopy(keys, 0, newKeys, 0, insert);
      System.arraycopy(children, 0, newChildren, 0, insert);
      System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
      System.arraycopy(children, insert, newChildren, insert + 1, keys.length - insert);
      newKeys[insert] = key;
      Node child = new Node();
      newChildren[insert] = child;
      keys = newKeys;
      children = newChildren;
      return child;
    }
  }

  /**
   * Adds a name; where the same name was added before, the first one keeps it.
   *
   * @param lowerName the name, lower-cased
   * @param value what it stands for
   */
  void put(String lowerName, T value) {
    names.add(lowerName);
    Node node = root;
    boolean space = false;
    for (int i = 0; i < lowerName.length(); i++) {
      char c = lowerName.charAt(i);
      if (CiteTables.isNameSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        node = node.addChild(' ');
        space = false;
      }
      node = node.addChild(normal(c));
    }
    if (node.value == null && node != root) {
      node.value = value;
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
    Node node = root;
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
      if (node.value != null) {
        ends[count] = i;
        values[count++] = node.value;
      }
    }
    return count;
  }

  private static char normal(char c) {
    return c == '\'' ? '’' : c;
  }
}
