package dev.resolute.text;

import dev.resolute.text.Layout.Note;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds footnote markers glued to the text ({@code afférents1}, {@code 20063} = 2006 + 3,
 * {@code 65/23211} = 65/232 + 11), deciding with the footnote sequence: a new marker must be the
 * next footnote not yet anchored, and must come before the block that holds its text; a marker seen
 * before may be repeated after a word.
 */
final class Markers {
  /** A marker found in the text. */
  record Anchor(String marker, int start, int end, boolean repeat) {}

  private final CharSequence input;
  private final Deque<Note> expected;
  private final Set<String> seen = new HashSet<>();
  private final List<Note> notes;
  final List<Anchor> anchors = new ArrayList<>();
  final List<Note> unanchored = new ArrayList<>();
  private int passedNotes;

  Markers(CharSequence input, List<Note> notes) {
    this.input = input;
    this.notes = notes;
    this.expected = new ArrayDeque<>(notes);
  }

  /** Scans one body line; lines must come in input order. */
  void scan(Line line) {
    passBlocksBefore(line.index);
    int i = line.contentStart;
    int end = line.contentEnd;
    while (i < end) {
      char c = input.charAt(i);
      if (!isAsciiDigit(c)) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < end && isAsciiDigit(input.charAt(i))) {
        i++;
      }
      int runEnd = i;
      if (runEnd < end && Character.isLetterOrDigit(input.charAt(runEnd))) {
        continue;
      }
      char before = runStart > line.contentStart ? input.charAt(runStart - 1) : ' ';
      char beforeThat = runStart - 1 > line.contentStart ? input.charAt(runStart - 2) : ' ';
      if (before == '(' && runEnd < end && input.charAt(runEnd) == ')'
          && (Character.isLetter(beforeThat) || isClosing(beforeThat) || ",.;:،؛".indexOf(beforeThat) >= 0)) {
        // Arabic prints markers in brackets glued to the word: "العام(11)"
        considerBracketed(runStart, runEnd);
        continue;
      }
      consider(runStart, runEnd, before, beforeThat);
    }
  }

  /** All blocks are behind once the text is read: their unmatched notes have no anchor. */
  void finish() {
    passBlocksBefore(Integer.MAX_VALUE);
  }

  private void passBlocksBefore(int lineIndex) {
    while (passedNotes < notes.size() && notes.get(passedNotes).blockLine < lineIndex) {
      Note note = notes.get(passedNotes++);
      seen.add(note.marker);
      if (!note.anchored) {
        note.passed = true;
        unanchored.add(note);
      }
    }
  }

  private void consider(int start, int end, char before, char beforeThat) {
    String digits = input.subSequence(start, end).toString();
    while (!expected.isEmpty() && expected.peekFirst().passed) {
      expected.removeFirst();
    }
    Note head = expected.peekFirst();
    boolean afterWord = Character.isLetter(before) || isClosing(before);
    boolean afterPunctuation = ",.;:，。；：、،؛".indexOf(before) >= 0
        && (Character.isLetterOrDigit(beforeThat) || isClosing(beforeThat))
        && !(before == '.' && abbreviationBefore(start - 1));
    if (afterWord || afterPunctuation) {
      if (head != null && head.marker.equals(digits)) {
        anchor(head, start, end);
        return;
      }
      if (afterWord && seen.contains(digits)) {
        anchors.add(new Anchor(digits, start, end, true));
        return;
      }
    }
    if (head == null || Character.isLetter(before) || digits.length() <= head.marker.length()
        || !digits.endsWith(head.marker)) {
      return;
    }
    String rest = digits.substring(0, digits.length() - head.marker.length());
    boolean year = rest.length() == 4 && (rest.startsWith("19") || rest.startsWith("20"));
    boolean symbolNumber = before == '/' && rest.length() <= 3 && digits.length() >= 4
        && Character.isDigit(beforeThat);
    if (year || symbolNumber) {
      anchor(head, start + rest.length(), end);
    }
  }

  private void considerBracketed(int start, int end) {
    String digits = input.subSequence(start, end).toString();
    while (!expected.isEmpty() && expected.peekFirst().passed) {
      expected.removeFirst();
    }
    Note head = expected.peekFirst();
    if (head != null && head.marker.equals(digits)) {
      anchor(head, start, end);
    } else if (seen.contains(digits)) {
      anchors.add(new Anchor(digits, start, end, true));
    }
  }

  /** {@code Rev.1}, {@code L.23}, {@code No.5}: a short word before the full stop makes it part of a reference. */
  private boolean abbreviationBefore(int dot) {
    int i = dot;
    while (i > 0 && Character.isLetter(input.charAt(i - 1))) {
      i--;
    }
    return dot - i > 0 && dot - i <= 5;
  }

  private void anchor(Note note, int start, int end) {
    expected.removeFirst();
    note.anchored = true;
    seen.add(note.marker);
    anchors.add(new Anchor(note.marker, start, end, false));
  }

  private static boolean isClosing(char c) {
    return ")]’”»\"'》」）".indexOf(c) >= 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
