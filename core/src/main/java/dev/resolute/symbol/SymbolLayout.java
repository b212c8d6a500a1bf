package dev.resolute.symbol;

import dev.resolute.internal.Scripts;
import dev.resolute.symbol.DocumentSymbol.Segment;
import dev.resolute.symbol.DocumentSymbol.SegmentKind;
import java.util.Arrays;
import java.util.List;

/**
 * A symbol's canonical form as it is written, segment by segment, with where each segment's
 * printed form and value stand in it: what a {@link DocumentSymbol} keeps instead of a list of
 * {@link Segment}s. The extractor parses symbols by the thousand and asks each for its canonical
 * form, part and number only; a segment's strings are cut from the canonical form when asked for.
 */
final class SymbolLayout {
  private final StringBuilder text;
  /** Per segment: its kind's ordinal. */
  private byte[] kinds;
  /** Per segment, three offsets into {@link #text}: where its printed form starts, where its value starts and ends. */
  private int[] marks;
  private int count;

  /**
   * An empty layout.
   *
   * @param expectedSegments room for this many segments
   * @param expectedLength room for a canonical form this long
   */
  SymbolLayout(int expectedSegments, int expectedLength) {
    this.text = new StringBuilder(expectedLength);
    this.kinds = new byte[expectedSegments];
    this.marks = new int[3 * expectedSegments];
  }

  /** The layout of segments as given (a symbol rebuilt without its part, or one part of a joint symbol). */
  static SymbolLayout of(List<Segment> segments) {
    SymbolLayout out = new SymbolLayout(segments.size(), 32);
    for (Segment s : segments) {
      int at = s.printed().indexOf(s.value());
      out.add(s.kind(), s.printed().substring(0, at), s.value(), s.printed().substring(at + s.value().length()));
    }
    return out;
  }

  /** Appends a segment printed as {@code before + value + after}. */
  void add(SegmentKind kind, String before, String value, String after) {
    open(kind);
    text.append(before);
    close(value);
    text.append(after);
  }

  /** Appends a segment printed as a character and its value ({@code /66}, {@code .117}). */
  void add(SegmentKind kind, char before, String value) {
    open(kind);
    text.append(before);
    close(value);
  }

  /** Appends a segment printed as its value, the characters of {@code source} from {@code from} to {@code to} upper-cased (ASCII letters). */
  void addUpper(SegmentKind kind, CharSequence source, int from, int to) {
    open(kind);
    valueStarts();
    for (int i = from; i < to; i++) {
      text.append(upper(source.charAt(i)));
    }
    valueEnds();
  }

  /** Appends a segment printed as a character and the characters of {@code source} from {@code from} to {@code to}. */
  void add(SegmentKind kind, char before, CharSequence source, int from, int to) {
    open(kind);
    text.append(before);
    valueStarts();
    text.append(source, from, to);
    valueEnds();
  }

  /** Appends a segment printed as a character and digits of any script, written as ASCII ones. */
  void addDigits(SegmentKind kind, char before, CharSequence source, int from, int to) {
    open(kind);
    text.append(before);
    valueStarts();
    for (int i = from; i < to; i++) {
      text.append(Scripts.asciiDigit(source.charAt(i)));
    }
    valueEnds();
  }

  /**
   * Appends a segment printed as a character and a value made of a word, a separator and the
   * characters of {@code source} from {@code from} to {@code to} ({@code /Rev.1}).
   */
  void add(SegmentKind kind, char before, String word, char separator, CharSequence source, int from, int to) {
    open(kind);
    text.append(before);
    valueStarts();
    text.append(word).append(separator).append(source, from, to);
    valueEnds();
  }

  /**
   * A symbol's character upper-cased: its components hold ASCII letters only (and digits, full
   * stops, hyphens, which stay as they are), so the ASCII rule is the whole rule.
   */
  static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
  }

  /** The characters of {@code source} from {@code from} to {@code to}, upper-cased as {@link #upper(char)}. */
  static String upper(CharSequence source, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = upper(source.charAt(i));
    }
    return new String(out);
  }

  /** Starts a segment where the text stands. */
  private void open(SegmentKind kind) {
    if (count == kinds.length) {
      kinds = Arrays.copyOf(kinds, Math.max(4, count * 2));
      marks = Arrays.copyOf(marks, 3 * kinds.length);
    }
    kinds[count] = (byte) kind.ordinal();
    marks[3 * count] = text.length();
  }

  /** Writes the segment's value after what precedes it, and ends the segment but for what follows the value. */
  private void close(String value) {
    valueStarts();
    text.append(value);
    valueEnds();
  }

  /** Marks where the open segment's value starts. */
  private void valueStarts() {
    marks[3 * count + 1] = text.length();
  }

  /** Marks where the open segment's value ends, and ends the segment but for what follows the value. */
  private void valueEnds() {
    marks[3 * count + 2] = text.length();
    count++;
  }

  int size() {
    return count;
  }

  /** The kinds' ordinals, one per segment (the array may be longer than {@link #size()}). */
  byte[] kinds() {
    return kinds;
  }

  /** The offsets, three per segment (the array may be longer). */
  int[] marks() {
    return marks;
  }

  int length() {
    return text.length();
  }

  /** The segments' printed forms, one after the other. */
  StringBuilder text() {
    return text;
  }
}
