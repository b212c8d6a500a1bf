package dev.resolute.model;

import org.immutables.value.Value;

/**
 * A range of characters of the input as read: Java {@code String} indices, end exclusive. Every
 * clause, footnote and citation carries one, so a user can always go back to the exact characters
 * it came from.
 */
@Value.Immutable
abstract class SpanDef implements Comparable<Span> {
  /** The first character, inclusive. */
  @Value.Parameter
  public abstract int start();

  /** The end, exclusive. */
  @Value.Parameter
  public abstract int end();

  /**
   * The number of characters covered.
   *
   * @return {@code end - start}
   */
  public final int length() {
    return end() - start();
  }

  /**
   * Whether this span lies wholly within another.
   *
   * @param other the outer span
   * @return true when {@code other.start <= start && end <= other.end}
   */
  public final boolean isWithin(Span other) {
    return other.start() <= start() && end() <= other.end();
  }

  /**
   * Whether the two spans share at least one character.
   *
   * @param other the other span
   * @return true when they overlap
   */
  public final boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /**
   * The characters of the input this span covers.
   *
   * @param input the input the span points into
   * @return {@code input.subSequence(start, end)}
   */
  public final String of(CharSequence input) {
    return input.subSequence(start(), end()).toString();
  }

  @Override
  public final int compareTo(Span other) {
    int byStart = Integer.compare(start(), other.start());
    return byStart != 0 ? byStart : Integer.compare(end(), other.end());
  }

  @Value.Check
  final void check() {
    if (start() < 0) {
      // not InvalidValueException.check: that would box the start at every span built
      throw InvalidValueException.of("Span", "start", start(), "must not be negative");
    }
    if (end() < start()) {
      throw InvalidValueException.of("Span", "end", end(), "must not be before start " + start());
    }
  }

  @Override
  public final String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
