package dev.resolute.text;

import java.util.ArrayList;
import java.util.List;

/** One line of the input: where it starts and ends, and where its content (trimmed) lies. */
final class Line {
  /** What the layout pass made of a line. */
  enum Kind { BLANK, BODY, FURNITURE, RULE, FOOTNOTE }

  final int index;
  final int start;
  final int end;
  final int next;
  final int contentStart;
  final int contentEnd;
  Kind kind = Kind.BODY;
  private String content;

  private Line(int index, int start, int end, int next, int contentStart, int contentEnd) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.next = next;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
  }

  boolean blank() {
    return contentStart >= contentEnd;
  }

  /**
   * How many parentheses (Latin or full-width) the lines' content leaves open, counted from
   * {@code from} on: a full stop inside them ("(A/75/5 (Vol.⏎ I))", "(… Treaty Series, vol.⏎ 989,
   * No. 14458)") ends no sentence.
   */
  static int parenthesesOpen(CharSequence input, List<Line> lines, int from) {
    int open = 0;
    for (Line line : lines) {
      for (int i = Math.max(line.contentStart, from); i < line.contentEnd; i++) {
        char c = input.charAt(i);
        open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
      }
    }
    return open;
  }

  int indent() {
    return contentStart - start;
  }

  /**
   * The content as a string, cut once: the layout and the parser each ask for it (the input is
   * the one the line was split from).
   */
  String content(CharSequence input) {
    if (content == null) {
      content = input.subSequence(contentStart, contentEnd).toString();
    }
    return content;
  }

  /** Splits at {@code \n}, {@code \r\n} and {@code \r}; a form feed is white space inside a line. */
  static List<Line> split(CharSequence input) {
    // line ends are found with String.indexOf, many times faster than a loop over the characters;
    // a carriage return is rare, and looked for again only once the lines have passed the last one found
    String text = input.toString();
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int newline = -1;
    int carriageReturn = -1;
    while (start < n || start == 0 && n == 0) {
      if (newline < start) {
        newline = indexOrEnd(text, '\n', start);
      }
      if (carriageReturn < start) {
        carriageReturn = indexOrEnd(text, '\r', start);
      }
      int end = Math.min(newline, carriageReturn);
      int next = end;
      if (next < n && text.charAt(next) == '\r') {
        next++;
      }
      if (next < n && text.charAt(next) == '\n' && (next == end || text.charAt(end) == '\r')) {
        next++;
      }
      int cs = start;
      while (cs < end && isSpace(text.charAt(cs))) {
        cs++;
      }
      int ce = end;
      while (ce > cs && isSpace(text.charAt(ce - 1))) {
        ce--;
      }
      lines.add(new Line(lines.size(), start, end, next, cs, ce));
      if (next == start) {
        break;
      }
      start = next;
    }
    return lines;
  }

  /** Where {@code c} next stands from {@code from} on, or the text's length. */
  private static int indexOrEnd(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
        || c == '\u000b' || c == '\u200b' || c == '\ufeff' || c == '\u3000'
        // direction marks and the word joiner: invisible, yet they hide a clause's final comma
        || c == '\u200e' || c == '\u200f' || c == '\u2060';
  }
}
