package dev.resolute.text;

import dev.resolute.internal.Scripts;
import dev.resolute.text.Layout.Note;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds footnote markers glued to the text ({@code afférents1}, {@code 20063} = 2006 + 3,
 * {@code 65/23211} = 65/232 + 11), deciding with the footnote sequence: a new marker must be the
 * next footnote not yet anchored, and must come before the block that holds its text; a marker seen
 * before may be repeated after a word.
 */
final class Markers {
  /** A marker found in the text. */
  record Anchor(String marker, int start, int end, boolean repeat) {}

  private final String input;
  /** The input's characters, for the one loop that reads every character of every body line. */
  private final char[] chars;
  private final Deque<Note> expected;
  private final Set<String> seen = new HashSet<>();
  private final List<Note> notes;
  /** How the text's language prints its markers and numbers (its table's {@code [markers]}). */
  private final Style style;
  /** The marks that close a word's quotation or bracket in every language ({@link Style#closes} adds the language's own). */
  private static final String CLOSING = ")]’”»\"'》」）";
  final List<Anchor> anchors = new ArrayList<>();
  final List<Note> unanchored = new ArrayList<>();
  private int passedNotes;
  /** An ambiguous place for the expected note, taken only if no better one comes before its block. */
  private final Map<Note, Fallback> fallbacks = new IdentityHashMap<>();

  /**
   * An ambiguous place ({@code 72/211}) for a note, ranked: {@link #IMPLAUSIBLE} where the whole is
   * no plausible number, {@link #PRINTED} where the number without the marker was printed before
   * alone, {@link #PLAUSIBLE} otherwise.
   */
  private record Fallback(int start, int end, int rank) {}

  private static final int PLAUSIBLE = 0;
  private static final int PRINTED = 1;
  private static final int IMPLAUSIBLE = 2;
  /** The numbers printed after a session so far, as {@code 73/10}: a later {@code 73/101} may be 73/10 and a note. */
  private final Set<String> numbersPrinted = new HashSet<>();

  Markers(String input, List<Note> notes, Style style) {
    this.input = input;
    this.chars = input.toCharArray();
    this.notes = notes;
    this.expected = new ArrayDeque<>(notes);
    this.style = style;
  }

  /**
   * How a language prints its markers and numbers, from its table's {@code [markers]}: every marker
   * in brackets ({@code bracketed}, Arabic {@code (3)}); a quotation closed by a mark of its own
   * ({@code closing-quote “}, Arabic); decimals with a comma ({@code decimal-comma}: French
   * {@code 1,4 milliard}, where an English {@code 2010,3} is a year, a comma and note 3).
   *
   * @param bracketed whether every marker is bracketed
   * @param closingQuotes the language's own closing quotation marks
   * @param decimalComma whether a comma between digits is a decimal one
   * @param numberedNames names that end with a number ({@code numbered-name Action 21}): a marker
   *     glued to one is read off it ({@code Action 214}: Action 21, note 4)
   * @param counters characters that count, number or date the digits before them ({@code counters
   *     年月日号次…}): digits before one are no marker
   * @param dateMarks a date's marks in order ({@code date-marks 年月日}): digits after a year's or a
   *     month's mark, its next mark after them, are the date going on ({@code 2004年1⏎月})
   * @param ordinalMarks marks before an ordinal's digits ({@code ordinal-marks 第}): no marker follows one
   * @param numberWords words, in lower case, that a number after them goes with ({@code number-word
   *     paragraph}, {@code with}: "with 2 abstentions"): no marker printed apart stands after one
   */
  record Style(boolean bracketed, String closingQuotes, boolean decimalComma, List<String> numberedNames, String counters,
      String dateMarks, String ordinalMarks, Set<String> numberWords) {
    static Style of(List<String> lines) {
      return new Style(lines.contains("bracketed"), String.join("", valuesOf(lines, "closing-quote ")),
          lines.contains("decimal-comma"), valuesOf(lines, "numbered-name "), String.join("", valuesOf(lines, "counters ")),
          String.join("", valuesOf(lines, "date-marks ")), String.join("", valuesOf(lines, "ordinal-marks ")),
          Set.copyOf(valuesOf(lines, "number-word ")));
    }

    /**
     * Whether a character closes a quotation or a bracket: a mark of every language's, or one of
     * this language's closing quotes. The markers glued after one and the sentence ended inside one
     * ({@code paragraph.”}) both read this.
     */
    boolean closes(char c) {
      return CLOSING.indexOf(c) >= 0 || closingQuotes.indexOf(c) >= 0;
    }

    static List<String> valuesOf(List<String> lines, String key) {
      return lines.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(key.length()).trim()).toList();
    }
  }

  /** Scans one body line; lines must come in input order. */
  void scan(Line line) {
    passBlocksBefore(line.index);
    lineStart = line.contentStart;
    scanDigits(line);
    previousLineEnd = line.contentEnd;
  }

  /** Where the body line being scanned starts, and where the one scanned before it ended (-1: none). */
  private int lineStart;
  private int previousLineEnd = -1;

  private void scanDigits(Line line) {
    int i = line.contentStart;
    int end = line.contentEnd;
    final char[] chars = this.chars;
    while (i < end) {
      i = nextAsciiDigit(chars, i, end);
      if (i == end) {
        break;
      }
      int runStart = i;
      while (i < end && isAsciiDigit(chars[i])) {
        i++;
      }
      int runEnd = i;
      if (runEnd < end && (Character.isLetterOrDigit(input.charAt(runEnd)) && !beforeIdeograph(runEnd)
          || "%％‰°".indexOf(input.charAt(runEnd)) >= 0)) {
        continue; // "仅有5%可以": a percentage; "2°C", a measure
      }
      // what stands before the digits, past the invisible direction marks a text may hold there
      // ("Derechos Humanos\u200e1", "والسياسية\u200f(3)")
      int visible = visibleBefore(runStart, line.contentStart);
      char before = visible >= line.contentStart ? input.charAt(visible) : ' ';
      int visibleThat = visibleBefore(visible, line.contentStart);
      char beforeThat = visibleThat >= line.contentStart ? input.charAt(visibleThat) : ' ';
      if (before == '(' && runEnd < end && input.charAt(runEnd) == ')'
          && (Character.isLetter(beforeThat) || style.closes(beforeThat) || ",.;:،؛".indexOf(beforeThat) >= 0
              || style.bracketed() && (isAsciiDigit(beforeThat) || spacedExpectedMarker(runStart, runEnd, beforeThat)))) {
        // Arabic prints markers in brackets glued to the word: "العام(11)"; and, a language whose
        // markers are all bracketed (its table says so), glued to a number too: "في عام 2016(3)",
        // "بالقرار 74/57(5)", "القرن 21(3)" (where another language's "14(1)" is a paragraph)
        considerBracketed(runStart, runEnd, isAsciiDigit(beforeThat));
        continue;
      }
      consider(runStart, runEnd, before, beforeThat);
    }
  }

  /**
   * A bracketed marker printed after a space ("لعام 2009 (32)، والبيان", "(خطة جوهانسبرغ للتنفيذ) (9)"),
   * where the language brackets every marker: only the expected note's own marker, as a bracketed
   * number after a space may be one the text enumerates.
   */
  private boolean spacedExpectedMarker(int start, int end, char beforeThat) {
    if (beforeThat != ' ' && beforeThat != '\u00a0') {
      return false;
    }
    Note head = expectedHead();
    return head != null && head.marker.contentEquals(input.subSequence(start, end));
  }

  /** The last character before {@code at} that is no direction mark nor word joiner, from {@code from} on; below {@code from} where none is. */
  private int visibleBefore(int at, int from) {
    int i = at - 1;
    while (i >= from && (input.charAt(i) == '\u200e' || input.charAt(i) == '\u200f' || input.charAt(i) == '\u2060')) {
      i--;
    }
    return i;
  }

  /** All blocks are behind once the text is read: their unmatched notes have no anchor. */
  void finish() {
    passBlocksBefore(Integer.MAX_VALUE);
    // places decided late (an ambiguous "72/211") join the list in input order
    anchors.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /** {@code No. 20378}, {@code n° 42146}, {@code vol. 2017}: a number sign before the digits, so no year. */
  private boolean numberSignBefore(int start) {
    int i = start;
    while (i > lineStart && (Character.isWhitespace(input.charAt(i - 1)) || input.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    if (i == lineStart && previousLineEnd >= 0) {
      // "No.⏎20378": the sign may end the body line before, across a page's notes and furniture
      i = previousLineEnd;
      while (i > 0 && (Character.isWhitespace(input.charAt(i - 1)) || input.charAt(i - 1) == '\u00a0')) {
        i--;
      }
    }
    int end = i;
    while (i > 0 && (Character.isLetter(input.charAt(i - 1)) || input.charAt(i - 1) == '.' || input.charAt(i - 1) == '°'
        || input.charAt(i - 1) == 'º' || input.charAt(i - 1) == '№')) {
      i--;
    }
    String word = input.subSequence(i, end).toString().toLowerCase(java.util.Locale.ROOT).replace(".", "");
    return LanguageTables.NUMBER_SIGNS.contains(word);
  }

  private void passBlocksBefore(int lineIndex) {
    while (passedNotes < notes.size() && notes.get(passedNotes).blockLine < lineIndex) {
      Note note = notes.get(passedNotes++);
      seen.add(note.marker);
      Fallback fallback = fallbacks.remove(note);
      if (!note.anchored && fallback != null && !expected.isEmpty() && expected.peekFirst() == note) {
        // the block holding the note is reached and "72/211" was where it could stand: 72/21 + 1
        anchor(note, fallback.start(), fallback.end());
      }
      if (!note.anchored && !note.passed) {
        note.passed = true;
        unanchored.add(note);
      }
    }
  }

  private void consider(int start, int end, char before, char beforeThat) {
    considerDigits(start, end, before, beforeThat);
    String numbered = numberedPrinted(start, end, before, beforeThat);
    if (numbered != null) {
      numbersPrinted.add(numbered); // after the digits are decided: they corroborate later places only
    }
  }

  /** {@code 73/10} where the digits follow a session and its slash; null otherwise. */
  private String numberedPrinted(int start, int end, char before, char beforeThat) {
    if (before != '/' || !isAsciiDigit(beforeThat)) {
      return null;
    }
    int i = start - 1;
    while (i > 0 && isAsciiDigit(input.charAt(i - 1)) && start - 1 - i < 6) {
      i--;
    }
    return input.subSequence(i, end).toString();
  }

  private void considerDigits(int start, int end, char before, char beforeThat) {
    if (style.ordinalMarks().indexOf(before) >= 0 || Character.isDigit(beforeThat) && dateGoesOn(end, before)) {
      return; // a Chinese date or ordinal goes on: "2004年1⏎月14日"; not a decade: "国际十年6 的背景下"
    }
    String digits = input.subSequence(start, end).toString();
    Note head = expectedHead();
    // the whole part of a decimal number is no marker: "超过6.17亿", "具体目标4.1", "1.4 billion"
    // ("1,4 milliard" where the language writes decimals with a comma), nor its fraction
    boolean decimal = end + 1 < input.length() && (input.charAt(end) == '.' || style.decimalComma() && input.charAt(end) == ',')
        && isAsciiDigit(input.charAt(end + 1))
        || style.decimalComma() && before == ',' && isAsciiDigit(beforeThat);
    boolean afterWord = !decimal && (Character.isLetter(before) || style.closes(before));
    boolean afterPunctuation = ",.;:，。；：、،؛".indexOf(before) >= 0
        && (Character.isLetterOrDigit(beforeThat) || style.closes(beforeThat) || beforeThat == '%')
        // "(目标9、11、16、17)": the enumeration comma after a number lists numbers; but digits
        // that a space parts from the next number are no item of the list: "2006、2 2011年" (note 2)
        && !(before == '、' && isAsciiDigit(beforeThat) && !numberAfterSpace(end))
        && !(before == '.' && abbreviationBefore(start - 1))
        && !(before == '.' && decimalBefore(start - 1)) && !decimal;
    // a note whose marker stands where no reader could tell it ("Agenda 21" and note 4: "Agenda 214",
    // "objectif no 148" and note 8) holds up no later one: a later note's marker, one of the next
    // few, exact after a word or a clause's punctuation or glued to a year ("juillet 20159"),
    // settles that the notes before it have no place in the text
    boolean apart = standsApart(start, end, before, beforeThat);
    if (head != null && !fallbacks.containsKey(head) && !digits.equals(head.marker)
        && (afterWord || afterPunctuation || digits.length() > 4 && !Character.isLetter(before) || apart && head.spaced)) {
      Note later = laterMarkedHere(start, digits, before, afterWord || afterPunctuation,
          afterPunctuation && !afterWord && isAsciiDigit(beforeThat), apart);
      if (later != null && !(ideographBefore(start) && markerAhead(head.marker, end))) {
        skipTo(later);
        head = later;
      }
    }
    // a later note's marker comes: the ambiguous places before it were the earlier notes' after all
    for (Note note : expected) {
      if (note == head || note.passed) {
        if (!fallbacks.containsKey(note)) {
          break;
        }
        continue;
      }
      boolean exact = (afterWord || afterPunctuation) && digits.equals(note.marker);
      boolean afterYear = !Character.isLetter(before) && digits.length() == 4 + note.marker.length()
          && digits.endsWith(note.marker) && Scripts.isYear(digits, 0, 4) && !numberSignBefore(start);
      boolean afterNumber = before == '/' && digits.length() >= 4 && digits.length() > note.marker.length()
          && digits.endsWith(note.marker);
      if (exact || afterYear || afterNumber) {
        resolveBefore(note);
        head = note;
        break;
      }
      if (!fallbacks.containsKey(note)) {
        break;
      }
    }
    if (afterWord || afterPunctuation || spacedAtLineEnd(start, end, before, beforeThat)
        || apart && head != null && head.spaced) {
      if (head != null && head.marker.equals(digits)) {
        anchor(head, start, end);
        return;
      }
      // a note referred to again; after an ideograph, where Chinese glues its numbers to words
      // ("千年发展目标6中", Goal 6; "下午3时", 3 p.m.; "目标1，"), only with white space after it, as
      // its markers stand ("呼吁13 协调"); never the first digits of a number grouped by spaces ("有1 516人")
      if (afterWord && seen.contains(digits) && !(ideographBefore(start) && !spaceOrLineEndAt(end))
          && !groupedNumber(end)) {
        anchors.add(new Anchor(digits, start, end, true));
        return;
      }
    }
    if (head == null || Character.isLetter(before) || digits.length() <= head.marker.length()
        || !digits.endsWith(head.marker)) {
      chainFallback(start, end, before, beforeThat, digits);
      return;
    }
    String rest = digits.substring(0, digits.length() - head.marker.length());
    boolean year = Scripts.isYear(rest, 0, rest.length()) && !numberSignBefore(start);
    boolean symbolNumber = before == '/' && rest.length() <= 3 && digits.length() >= 4
        && Character.isDigit(beforeThat);
    if (year || symbolNumber || numberedNameBefore(start, rest)) {
      anchor(head, start + rest.length(), end);
    } else if (numberedAfter(start, before, beforeThat)) {
      // "72/211": resolution 72/211, or 72/21 and footnote 1; decided when the note's block is reached
      // or the next note's marker comes. The first such place is kept, unless a later one ranks
      // higher: no number as a whole ("2010/211": ECOSOC numbers its resolutions by the dozen), or
      // its number without the marker printed before ("73/10 of 26 November 2018", then "73/101")
      int rank = rank(start, digits, beforeThat, rest);
      Fallback existing = fallbacks.get(head);
      if (existing == null || rank > existing.rank()) {
        fallbacks.put(head, new Fallback(start + rest.length(), end, rank));
      }
    }
    chainFallback(start, end, before, beforeThat, digits);
  }

  /** Whether white space on the line, then a digit, follows {@code end}: a number of its own after the digits before it. */
  private boolean numberAfterSpace(int end) {
    int i = end;
    while (i < input.length() && isSpaceInLine(input.charAt(i))) {
      i++;
    }
    return i > end && i < input.length() && isAsciiDigit(input.charAt(i));
  }

  /** A space that parts numbers on a line: the space, the no-break space and the narrow one. */
  private static boolean isSpaceInLine(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  /** Whether white space or the end of the input stands at {@code at}. */
  private boolean spaceOrLineEndAt(int at) {
    return at >= input.length() || Character.isWhitespace(input.charAt(at)) || input.charAt(at) == '\u00a0';
  }

  /** Whether a space and three digits follow {@code end}, and no digit after them: {@code 1 516}, a number grouped by spaces. */
  private boolean groupedNumber(int end) {
    int i = end;
    if (i >= input.length() || !isSpaceInLine(input.charAt(i))) {
      return false;
    }
    int digits = 0;
    for (i++; i < input.length() && isAsciiDigit(input.charAt(i)); i++) {
      digits++;
    }
    return digits == 3;
  }

  /** The first note expected whose block is not behind (those passed leave the queue). */
  private Note expectedHead() {
    while (!expected.isEmpty() && expected.peekFirst().passed) {
      expected.removeFirst();
    }
    return expected.peekFirst();
  }

  /** How many notes after the expected one a marker may skip to: a lost marker, not a lost page. */
  private static final int SKIP_WINDOW = 5;

  /**
   * The note, one of the {@link #SKIP_WINDOW} after the expected one, whose marker these digits
   * are beyond doubt: the marker exact after a word or punctuation, or glued to a year; null where
   * none is, or where a note before it holds an ambiguous place (the chain of fallbacks decides).
   * Where a number glued to a word is common, none is after an ideograph ("目标4", Goal 4; a
   * cover's "议程项目3", agenda item 3); only the next note, by its exact marker, in a language that
   * brackets its markers (after a conjunction: "و5/2", and 5/2) or after a comma between digits
   * ("2/7,14" is a marker in English, but "5,6" may be a number); none after a full stop between
   * digits ("200.4 million"); for a note printed after the text, its marker apart after
   * punctuation, a word or a long number ({@code apart}: see {@link #standsApart}).
   */
  private Note laterMarkedHere(int start, String digits, char before, boolean afterWordOrPunctuation,
      boolean betweenDigits, boolean apart) {
    int window;
    if (betweenDigits) {
      window = before == '.' ? 0 : 1;
    } else if (ideographBefore(start)) {
      window = 0;
    } else {
      window = style.bracketed() ? 1 : SKIP_WINDOW;
    }
    boolean yearsToo = window > 1;
    return laterNote(window, note -> (afterWordOrPunctuation || apart && note.spaced) && digits.equals(note.marker)
        || yearsToo && !Character.isLetter(before) && digits.length() == 4 + note.marker.length()
            && digits.endsWith(note.marker) && Scripts.isYear(digits, 0, 4) && !numberSignBefore(start));
  }

  /**
   * The first of the {@code window} notes after the expected one that {@code markedHere} accepts;
   * null where none does, or where one before it holds an ambiguous place (the chain of fallbacks
   * decides) or its block is behind.
   */
  private Note laterNote(int window, java.util.function.Predicate<Note> markedHere) {
    int skipped = 0;
    for (Note note : expected) {
      if (skipped++ == 0) {
        continue; // the expected note itself
      }
      if (skipped > window + 1 || note.passed) {
        return null;
      }
      if (markedHere.test(note)) {
        return note;
      }
      if (fallbacks.containsKey(note)) {
        return null;
      }
    }
    return null;
  }

  /** The notes expected before {@code later} have no place in the text. */
  private void skipTo(Note later) {
    while (expected.peekFirst() != later) {
      Note skipped = expected.removeFirst();
      skipped.passed = true;
      unanchored.add(skipped);
    }
  }

  /**
   * Whether {@code digits} at {@code start} complete a name of the language that ends with a number
   * ({@code Action 21} before {@code 4} in {@code Action 214}; {@code COVID-19}), its hyphens and
   * spaces as printed or their no-break forms, letters in any case.
   */
  private boolean numberedNameBefore(int start, String digits) {
    for (String name : style.numberedNames()) {
      if (!name.endsWith(digits)) {
        continue;
      }
      int from = start - (name.length() - digits.length());
      if (from < 0 || from > 0 && Character.isLetterOrDigit(input.charAt(from - 1))) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < name.length() - digits.length() && same; k++) {
        same = sameInName(input.charAt(from + k), name.charAt(k));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameInName(char printed, char named) {
    if (named == '-') {
      return printed == '-' || printed == '\u2010' || printed == '\u2011';
    }
    if (named == ' ') {
      return printed == ' ' || printed == '\u00a0';
    }
    return Character.toLowerCase(printed) == Character.toLowerCase(named);
  }

  /**
   * Digits printed apart, as the markers of notes printed after the text stand
   * ({@link Layout.Note#spaced}): after punctuation ({@code Sérot, 35 the report}, {@code Adopted at
   * the 367th meeting. 38}), a word ({@code negotiations 15 and}) or a year or symbol's number
   * ({@code 11 December 1948 44 will}, {@code S/10182 11 and}). Read as a marker only for such a
   * note, and only for its own number. Not as an item of a list of numbers ({@code paragraphs 2, 3
   * and 4}: a number of one to three digits before the punctuation or the space), nor after a word
   * that a number goes with ({@code with 2 abstentions}, the language's {@code number-word}s); and
   * only where the line ends or lower-case words go on after the digits.
   */
  private boolean standsApart(int start, int end, char before, char beforeThat) {
    if (before != ' ' || start < 2) {
      return false;
    }
    if (",.;:)”’»".indexOf(beforeThat) >= 0) {
      if (shortNumberEndsAt(start - 2)) {
        return false;
      }
    } else if (isAsciiDigit(beforeThat)) {
      if (shortNumberEndsAt(start - 1)) {
        return false;
      }
    } else if (!Character.isLetter(beforeThat) || numberWordEndsAt(start - 1)) {
      return false;
    }
    // the words go on after it in lower case, or its line ends: "Sérot, 35 the report", "meeting. 38"
    return Layout.wordsGoOnInLowerCase(input, end);
  }

  /** Whether a number of one to three digits ends at {@code end} (not a year's, not a symbol's). */
  private boolean shortNumberEndsAt(int end) {
    int i = end;
    while (i > 0 && isAsciiDigit(input.charAt(i - 1))) {
      i--;
    }
    return i < end && end - i <= 3 && (i == 0 || input.charAt(i - 1) != '/');
  }

  /** Whether the word ending at {@code end} is one of the language's {@code number-word}s. */
  private boolean numberWordEndsAt(int end) {
    int i = end;
    while (i > 0 && Character.isLetter(input.charAt(i - 1))) {
      i--;
    }
    return style.numberWords().contains(input.substring(i, end).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * {@code …for trade and development”, 11} closing a paragraph: a copy that keeps the space before
   * the superscript. Only at the end of a line, after a clause's punctuation or a closing quote, so
   * that a list ({@code paragraphs 9, 11 and 12}) keeps its numbers.
   */
  private boolean spacedAtLineEnd(int start, int end, char before, char beforeThat) {
    if (before != ' ' && before != '\u00a0' || ",;:”’»)".indexOf(beforeThat) < 0) {
      return false;
    }
    for (int i = end; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the digits ending at {@code end}, after a date's mark ({@code before}) that has a next,
   * are the date going on: the next mark follows them, maybe across a line break ("2004年1⏎月");
   * "2000年3 和" is the year 2000 and note 3.
   */
  private boolean dateGoesOn(int end, char before) {
    int k = style.dateMarks().indexOf(before);
    if (k < 0 || k + 1 >= style.dateMarks().length()) {
      return false;
    }
    int i = end;
    while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
      i++;
    }
    return i >= input.length() || input.charAt(i) == style.dateMarks().charAt(k + 1);
  }

  private boolean ideographBefore(int start) {
    return start > 0 && Character.UnicodeScript.of(input.charAt(start - 1)) == Character.UnicodeScript.HAN;
  }

  /**
   * Whether {@code marker} stands glued after a word, a closing mark or a clause's punctuation
   * within the next {@link #LOOKAHEAD} characters ({@code 《…宣言》3 所述}): Chinese glues numbers to
   * words ({@code 可持续发展目标4}, Goal 4), so a number after an ideograph that matches the next note
   * settles nothing while the expected note's marker still comes. Bounded, so scanning stays linear.
   */
  private boolean markerAhead(String marker, int from) {
    // what was scanned for this marker is not scanned again: each character once per expected note
    if (!marker.equals(aheadMarker)) {
      aheadMarker = marker;
      aheadFound = -1;
      aheadScanned = from;
    }
    if (aheadFound >= from) {
      return true;
    }
    int limit = Math.min(input.length(), from + LOOKAHEAD);
    int i = Math.max(from, aheadScanned);
    aheadScanned = Math.max(aheadScanned, limit);
    for (; i < limit; i++) {
      if (!isAsciiDigit(input.charAt(i)) || isAsciiDigit(input.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < input.length() && isAsciiDigit(input.charAt(end))) {
        end++;
      }
      char before = input.charAt(i - 1);
      boolean glued = Character.isLetter(before) && Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN
          || style.closes(before) || "，。；：、".indexOf(before) >= 0;
      if (glued && end - i == marker.length() && input.subSequence(i, end).toString().equals(marker)
          && (end == input.length() || !Character.isLetterOrDigit(input.charAt(end)))) {
        aheadFound = i;
        return true;
      }
      i = end;
    }
    return false;
  }

  /** How far {@link #markerAhead} looks: a few paragraphs. */
  private static final int LOOKAHEAD = 2_000;
  private String aheadMarker;
  private int aheadFound = -1;
  private int aheadScanned;

  /** Anchors the notes expected before this one at their ambiguous places, in order. */
  private void resolveBefore(Note note) {
    while (!expected.isEmpty() && expected.peekFirst() != note) {
      Note earlier = expected.peekFirst();
      Fallback fallback = fallbacks.remove(earlier);
      if (fallback == null || earlier.passed) {
        expected.removeFirst();
        continue;
      }
      anchor(earlier, fallback.start(), fallback.end());
    }
  }

  /**
   * An ambiguous place for a note after the head, along the chain of notes holding one
   * ({@code 8/402 … 28/153}): the first note without a place takes it, and a note holding a
   * plausible one gives it up for a place that is no number as a whole ({@code 2000/566}).
   */
  private void chainFallback(int start, int end, char before, char beforeThat, String digits) {
    if (!numberedAfter(start, before, beforeThat)) {
      return;
    }
    Note head = expected.peekFirst();
    for (Note note : expected) {
      if (note.passed || note == head) {
        if (note == head && !fallbacks.containsKey(note)) {
          return;
        }
        continue;
      }
      Fallback existing = fallbacks.get(note);
      if (digits.length() > note.marker.length() && digits.endsWith(note.marker)) {
        int rank = rank(start, digits, beforeThat, digits.substring(0, digits.length() - note.marker.length()));
        if (existing == null || rank > existing.rank()) {
          fallbacks.put(note, new Fallback(end - note.marker.length(), end, rank));
          return;
        }
      }
      if (existing == null) {
        return;
      }
    }
  }

  /**
   * Digits right before a Chinese character may be a marker ({@code 国际合作1宪章}), unless the
   * character counts or dates them ({@code 2010年}, {@code 第1969次}, {@code 第2号}).
   */
  private boolean beforeIdeograph(int next) {
    char c = input.charAt(next);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && style.counters().indexOf(c) < 0;
  }

  /**
   * Whether the digits at {@code start} number what stands before them, so that a marker glued to
   * them is a place a note may fall back to: a resolution's number after its session
   * ({@code 72/211}), a symbol's number after a numbered component ({@code DEC/2/714}: decision 2/7
   * and note 14), a decision's after its roman session ({@code VII/1112}, {@code CBD/CP/MOP/VIII/1913})
   * or a typed number's after its word ({@code 1/CP.2125}, {@code EC-94/DEC.210}; Russian
   * {@code 1/СP.1929} with a Cyrillic С).
   */
  private boolean numberedAfter(int start, char before, char beforeThat) {
    if (before == '/' && Character.isDigit(beforeThat)) {
      return componentBefore(start - 1, c -> isAsciiDigit((char) c), true);
    }
    if (before == '/') {
      return componentBefore(start - 1, c -> Scripts.ROMAN_LETTERS.indexOf(c) >= 0, true);
    }
    return before == '.' && componentBefore(start - 1, c -> Scripts.isLatinCapital((char) c), false);
  }

  /**
   * Whether the characters that end at {@code end} are of {@code kind}, at least one, and open a
   * number or symbol component: after a {@code /}, or where {@code standing} (a session, a roman
   * session) after the text's start, white space (a no-break space too: Russian texts print one
   * between a word and its number), {@code (} or the language's ordinal mark (Chinese
   * {@code 第39/176 号}); not {@code C.3/}.
   */
  private boolean componentBefore(int end, IntPredicate kind, boolean standing) {
    int i = end;
    while (i > 0 && kind.test(input.charAt(i - 1))) {
      i--;
    }
    if (end - i < 1) {
      return false;
    }
    char opening = i == 0 ? ' ' : input.charAt(i - 1);
    return opening == '/' || standing && (i == 0 || Character.isWhitespace(opening) || opening == '\u00a0'
        || opening == '\u202f' || opening == '(' || style.ordinalMarks().indexOf(opening) >= 0);
  }

  /** How an ambiguous place ranks ({@link Fallback}): {@code rest} is the number without the marker. */
  private int rank(int start, String digits, char beforeThat, String rest) {
    if (wholeImplausible(start, digits, beforeThat)) {
      return IMPLAUSIBLE;
    }
    String session = numberedPrinted(start, start + rest.length(), '/', beforeThat);
    return session != null && numbersPrinted.contains(session) ? PRINTED : PLAUSIBLE;
  }

  /**
   * {@code 2010/211}: a year before the slash numbers by the dozen; {@code 72/4412}: a session
   * numbers its resolutions and decisions (401 on) below 600. A symbol's number ({@code A/51/891},
   * a report), a decision's after its roman session or a typed number ({@code S/PV.2603}) may be
   * of any size.
   */
  private boolean wholeImplausible(int start, String digits, char beforeThat) {
    if (!isAsciiDigit(beforeThat)) {
      return false;
    }
    int i = start - 1;
    int sessionEnd = i;
    while (i > 0 && isAsciiDigit(input.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && input.charAt(i - 1) == '/') {
      return false;
    }
    String session = input.subSequence(i, sessionEnd).toString();
    int number = Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
    return session.length() == 4 ? number > 99 : number > 600;
  }

  private void considerBracketed(int start, int end, boolean afterNumber) {
    String digits = input.subSequence(start, end).toString();
    Note head = expectedHead();
    // a bracketed marker glued to a word is beyond doubt, and the notes before it have no place;
    // glued to a number it may be the number's paragraph ("المادة 24(2)", article 24 (2))
    Note later = head == null || afterNumber || head.marker.equals(digits) || fallbacks.containsKey(head)
        ? null : laterNote(SKIP_WINDOW, note -> digits.equals(note.marker));
    if (later != null) {
      skipTo(later);
      head = later;
    }
    if (head != null && head.marker.equals(digits)) {
      anchor(head, start, end);
    } else if (seen.contains(digits)) {
      anchors.add(new Anchor(digits, start, end, true));
    }
  }

  /**
   * {@code 1.4 billion}, {@code 3.5 per cent}: one or two digits, standing alone, before the full
   * stop make a decimal number, not a number and a marker ({@code 60/288.3} and {@code 2002.1} still are).
   */
  private boolean decimalBefore(int dot) {
    int i = dot;
    while (i > 0 && isAsciiDigit(input.charAt(i - 1))) {
      i--;
    }
    int digits = dot - i;
    return digits >= 1 && digits <= 2 && (i == 0 || !isAsciiDigit(input.charAt(i - 1)) && input.charAt(i - 1) != '/'
        && input.charAt(i - 1) != '.');
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
    fallbacks.remove(note);
    note.anchored = true;
    seen.add(note.marker);
    anchors.add(new Anchor(note.marker, start, end, false));
  }

  /**
   * The first ASCII digit in {@code chars[from, end)}, or {@code end}: the loop that reads every
   * character of the body, a method of its own so that it is compiled alone, as a tight loop.
   */
  private static int nextAsciiDigit(char[] chars, int from, int end) {
    for (int i = from; i < end; i++) {
      if (isAsciiDigit(chars[i])) {
        return i;
      }
    }
    return end;
  }

  private static boolean isAsciiDigit(char c) {
    // one unsigned comparison: the test the marker scan makes at every character of the body
    return (char) (c - '0') <= 9;
  }
}
