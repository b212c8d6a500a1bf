package dev.resolute.internal;

import java.util.Arrays;

/**
 * A node of a trie over characters, with the value of what ends there: the walk that the citation
 * extractor's treaty names and the parser's lead phrases both take, each over characters it has
 * normalized its own way. Children are kept sorted by character.
 *
 * @param <T> what a key that ends at a node stands for
 */
public final class CharTrie<T> {
  private char[] keys = new char[0];
  private Object[] children = new Object[0];
  /**
   * The children under the characters below {@link #DENSE_BELOW}, by character, where a node has
   * more than {@link #LINEAR_UP_TO} (a root, most often): walks start at a root at every word, and
   * its search was most of their time.
   */
  private Object[] dense;
  private T value;

  private static final int LINEAR_UP_TO = 8;
  private static final int DENSE_BELOW = 0x250;

  /**
   * The child under a character.
   *
   * @param key the character
   * @return the child, or null where no key goes on so
   */
  @SuppressWarnings("unchecked")
  public CharTrie<T> child(char key) {
    Object[] d = dense;
    if (d != null && key < DENSE_BELOW) {
      return (CharTrie<T>) d[key];
    }
    char[] k = keys;
    if (k.length <= LINEAR_UP_TO) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == key) {
          return (CharTrie<T>) children[i];
        }
      }
      return null;
    }
    int at = Arrays.binarySearch(k, key);
    return at >= 0 ? (CharTrie<T>) children[at] : null;
  }

  /**
   * The child under a character, added where there is none.
   *
   * @param key the character
   * @return the child
   */
  @SuppressWarnings("unchecked")
  public CharTrie<T> childOrAdd(char key) {
    int at = Arrays.binarySearch(keys, key);
    if (at >= 0) {
      return (CharTrie<T>) children[at];
    }
    int insert = -at - 1;
    char[] moreKeys = new char[keys.length + 1];
    Object[] more = new Object[keys.length + 1];
    System.arraycopy(keys, 0, moreKeys, 0, insert);
    System.arraycopy(children, 0, more, 0, insert);
    System.arraycopy(keys, insert, moreKeys, insert + 1, keys.length - insert);
    System.arraycopy(children, insert, more, insert + 1, keys.length - insert);
    moreKeys[insert] = key;
    CharTrie<T> child = new CharTrie<>();
    more[insert] = child;
    keys = moreKeys;
    children = more;
    if (keys.length > LINEAR_UP_TO) {
      if (dense == null) {
        dense = new Object[DENSE_BELOW];
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] < DENSE_BELOW) {
            dense[keys[i]] = children[i];
          }
        }
      } else if (key < DENSE_BELOW) {
        dense[key] = child;
      }
    }
    return child;
  }

  /**
   * Adds a key below this node, each of its characters a child of the one before, with what it
   * stands for where nothing was set for it before: the first key added keeps its place.
   *
   * @param key the key, its characters as the walks will ask them
   * @param value what it stands for
   */
  public void putIfAbsent(CharSequence key, T value) {
    CharTrie<T> node = this;
    for (int i = 0; i < key.length(); i++) {
      node = node.childOrAdd(key.charAt(i));
    }
    node.setValueIfAbsent(value);
  }

  /**
   * What the key that ends here stands for.
   *
   * @return the value, or null where no key ends here
   */
  public T value() {
    return value;
  }

  /**
   * Sets what the key that ends here stands for, where nothing was set before: the first key
   * added keeps its place.
   *
   * @param value the value
   */
  public void setValueIfAbsent(T value) {
    if (this.value == null) {
      this.value = value;
    }
  }
}
