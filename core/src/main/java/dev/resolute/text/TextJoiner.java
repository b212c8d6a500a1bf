package dev.resolute.text;

import java.util.List;
import java.util.Locale;

/**
 * Builds the text a reader sees from pieces of the input: lines joined with one space (with nothing
 * between Chinese characters), runs of
 * layout white space as one space, footnote markers left out, and a line-end hyphen kept only where
 * the word is a real compound ({@code sous-régionales}, {@code soixante-deuxième}: the part before
 * it is in the language's table of compound parts, or the next part starts with a capital or a
 * digit). It keeps where each run of the text stands in the input ({@link #inputAt}), so that a
 * span found in the text is a span of the input.
 */
final class TextJoiner {
  private final String input;
  private final List<String> compounds;
  /**
   * The text so far, in {@code out[0, length)}: a char array, so that each word is copied from the
   * input in bulk ({@link String#getChars}), as a builder of a text with accents does not. Null
   * once the text is read ({@link #toString}) until anything more is appended.
   */
  private char[] out;
  private int length;
  private boolean pendingSpace;
  private boolean pendingBreak;
  /**
   * The text as runs copied from the input unchanged: run k starts at {@code textStarts[k]} in the
   * text and {@code inputStarts[k]} in the input. A run starts where the distance between the two
   * changes (a space left out or added, a hyphen dropped, a marker skipped), not at every word.
   */
  private int[] textStarts = new int[8];
  private int[] inputStarts = new int[8];
  private int runs;
  /** The input's offset minus the text's in the last run. */
  private int shift = Integer.MIN_VALUE;
  /** {@link #toString}, made once. */
  private String text;

  TextJoiner(String input, List<String> compounds) {
    this(input, compounds, 16);
  }

  /** A joiner that expects about {@code capacity} characters: the pieces' total length, which joining only shortens. */
  TextJoiner(String input, List<String> compounds, int capacity) {
    this.input = input;
    this.compounds = compounds;
    this.out = new char[Math.max(16, capacity)];
  }

  /** Appends the input from start to end, skipping the given marker ranges (sorted). */
  TextJoiner append(int start, int end, List<int[]> skipped) {
    int i = start;
    for (int[] skip : skipped) {
      if (skip[1] <= i || skip[0] >= end) {
        continue;
      }
      appendRaw(i, Math.max(i, skip[0]));
      i = Math.max(i, skip[1]);
    }
    appendRaw(i, end);
    return this;
  }

  /**
   * Appends what another joiner read, as if its pieces were appended here: the space pending here
   * joins its first word as {@link #append} would (one space; nothing between wide characters; a
   * word broken by a hyphen whole), and its text and its runs into the input are copied. The other
   * joiner read its own words: where its first word continues one of the text so far (after a
   * hyphen, or wide characters joined), a compound in that word was decided without the letters
   * before it. Paragraphs, which this joins, break no word between them.
   */
  TextJoiner append(TextJoiner other) {
    String piece = other.toString();
    if (piece.isEmpty()) {
      return this;
    }
    reopen(piece.length());
    text = null;
    room(piece.length() + 1);
    spaceBefore(piece.charAt(0));
    int base = length;
    piece.getChars(0, piece.length(), out, base);
    for (int k = 0; k < other.runs; k++) {
      length = base + other.textStarts[k];
      if (other.inputStarts[k] - length != shift) {
        startRun(other.inputStarts[k]);
      }
    }
    length = base + piece.length();
    pendingSpace = other.pendingSpace;
    pendingBreak = other.pendingBreak;
    return this;
  }

  /** Marks a line break: a space, unless the text so far ends in a hyphen joining a word. */
  TextJoiner lineBreak() {
    pendingSpace = true;
    pendingBreak = true;
    return this;
  }

  private void appendRaw(int start, int end) {
    int n = end - start;
    if (n <= 0) {
      return;
    }
    reopen(n);
    text = null;
    // the piece is copied in bulk one place after the text so far, then compacted in place: the
    // text grows by a space only where the piece had layout space, or by the one space a line
    // break leaves pending before it (the place left free), so it never overtakes the reading
    room(n + 1);
    int r = length + 1;
    int rawEnd = r + n;
    int inputShift = start - r; // the input's offset of out[r] is r + inputShift
    input.getChars(start, end, out, r);
    while (r < rawEnd) {
      char c = out[r];
      if (isLayoutSpace(c)) {
        pendingSpace = true;
        r++;
        continue;
      }
      spaceBefore(c);
      pendingSpace = false;
      pendingBreak = false;
      if (r + inputShift - length != shift) {
        startRun(r + inputShift);
      }
      if (r == length) {
        // the word already stands where the text goes on (the piece was copied one place on, and
        // the space before the word took that place): it is passed over, not moved
        do {
          r++;
        } while (r < rawEnd && !isLayoutSpace(out[r]));
        length = r;
      } else {
        do {
          out[length++] = out[r++];
        } while (r < rawEnd && !isLayoutSpace(out[r]));
      }
    }
  }

  /**
   * Before a word that starts with {@code next}, the space that is pending, if any: one space, none
   * between wide characters after a line break, none where the word continues one broken by a hyphen.
   */
  private void spaceBefore(char next) {
    if (pendingSpace && length > 0) {
      boolean wideJoin = pendingBreak && isWide(out[length - 1]) && isWide(next);
      if (!wideJoin && !(pendingBreak && joinsHyphenatedWord(next))) {
        out[length++] = ' ';
      }
    }
  }

  /** Appended to after it was read: the text so far back in a buffer, with room for {@code more}. */
  private void reopen(int more) {
    if (out == null) {
      out = new char[Math.max(16, 2 * length + more + 1)];
      text.getChars(0, length, out, 0);
    }
  }

  /** Starts a run at the end of the text, at {@code inputOffset} in the input. */
  private void startRun(int inputOffset) {
    if (runs == textStarts.length) {
      textStarts = java.util.Arrays.copyOf(textStarts, runs * 2);
      inputStarts = java.util.Arrays.copyOf(inputStarts, runs * 2);
    }
    textStarts[runs] = length;
    inputStarts[runs++] = inputOffset;
    shift = inputOffset - length;
  }

  /**
   * Where a character of the text stands in the input: a character of a word, where it was
   * copied from; a space the text put in or kept, the input's character after the word before it.
   *
   * @param offset an offset into the text
   * @return the input's offset
   */
  int inputAt(int offset) {
    if (runs == 0) {
      return 0;
    }
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (textStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return inputStarts[lo] + (offset - textStarts[lo]);
  }

  /** Makes room for {@code more} characters after the text so far. */
  private void room(int more) {
    if (length + more > out.length) {
      out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
  }

  private static boolean isLayoutSpace(char c) {
    // one comparison for the letters, nearly every character asked
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\u000b');
  }

  /** At a space after a word ending in '-': join without a space, dropping the hyphen unless compound. */
  private boolean joinsHyphenatedWord(char next) {
    int last = length - 1;
    if (last < 1 || out[last] != '-' || !Character.isLetter(out[last - 1]) || !Character.isLetterOrDigit(next)) {
      return false;
    }
    int wordStart = last;
    while (wordStart > 0 && Character.isLetter(out[wordStart - 1])) {
      wordStart--;
    }
    String part = new String(out, wordStart, last - wordStart).toLowerCase(Locale.ROOT);
    boolean compound = compounds.contains(part) || Character.isUpperCase(next) || Character.isDigit(next)
        || isCompoundTail(wordStart);
    if (!compound) {
      length = last;
    }
    return true;
  }

  /** A hyphen already inside the word ({@code vingt-quatre-}) makes the next part a compound too. */
  private boolean isCompoundTail(int wordStart) {
    return wordStart > 0 && out[wordStart - 1] == '-';
  }

  /**
   * A Chinese character or full-width punctuation: Chinese is written without spaces, so a line
   * break between two of them joins them with nothing.
   */
  static boolean isWide(char c) {
    // ranges, not Character.UnicodeScript.of: this runs at every line break of every text
    return c >= '\u3000' && (c <= '\u303f' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u4e00' && c <= '\u9fff'
        || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uffef');
  }

  boolean isEmpty() {
    return length == 0;
  }

  @Override
  public String toString() {
    if (text == null) {
      text = new String(out, 0, length);
      // a paragraph's joiner is kept for the extraction of its citations, after the clause is made:
      // its buffer, as long as the text, is not (a large document kept every one until the end of the parse)
      out = null;
    }
    return text;
  }
}
