package dev.resolute.text;

import dev.resolute.symbol.DocumentSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout pass: one walk over the lines that finds page furniture (running headers, page and
 * job numbers, footnote rules) and footnote blocks (a rule, then {@code N  text} lines, their
 * continuations, until the body resumes), and leaves every other line to the body.
 */
final class Layout {
  private static final Pattern RULE = Pattern.compile("_{5,}");
  /** {@code 311-53519}, {@code 02-72318 (E)}, {@code 11-53519 (F)    *1153519*}. */
  private static final Pattern JOB_NUMBER =
      Pattern.compile("(?:\\d{1,3}\\s?)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\S*\\*\\d+\\*\\S*)?(?:\\s+\\d{6,7})?");
  private static final Pattern PAGE_COUNTER = Pattern.compile("(?:Page\\s+)?\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-");
  private static final Pattern FOOTNOTE_START = Pattern.compile("(\\d{1,3}|\\*{1,3}|[†‡])(?:[ \\t\\u00a0]+)(?=\\S)");

  /** A footnote as the layout finds it: its marker and the lines of its text. */
  static final class Note {
    final String marker;
    final int markerStart;
    final int markerEnd;
    final int blockLine;
    final List<Line> lines = new ArrayList<>();
    boolean anchored;
    boolean passed;
    /**
     * Whether the note stands in a block with no rule above it, after the text, as volumes of
     * resolutions print notes: their markers stand apart from the words ("Sérot, 35 the report").
     */
    boolean spaced;
    /** The text after the marker as read, joined once (the footnote and its citations read it). */
    TextJoiner text;

    Note(String marker, int markerStart, int markerEnd, int blockLine) {
      this.marker = marker;
      this.markerStart = markerStart;
      this.markerEnd = markerEnd;
      this.blockLine = blockLine;
    }
  }

  final List<Line> lines;
  final List<Note> notes = new ArrayList<>();
  String headerSymbol;
  /** The last line found to print {@link #headerSymbol}, as printed. */
  private String headerLine;
  private final Matcher rule = RULE.matcher("");
  private final Matcher jobNumber = JOB_NUMBER.matcher("");
  private final Matcher pageCounter = PAGE_COUNTER.matcher("");
  private final Matcher footnoteStart = FOOTNOTE_START.matcher("");

  private Layout(List<Line> lines) {
    this.lines = lines;
  }

  static Layout of(CharSequence input) {
    Layout layout = new Layout(Line.split(input));
    layout.classify(input);
    return layout;
  }

  private void classify(CharSequence input) {
    boolean inFootnotes = false;
    int blockLine = -1;
    int firstIndent = 0;
    Note current = null;
    for (Line line : lines) {
      if (line.blank()) {
        line.kind = Line.Kind.BLANK;
        continue;
      }
      String content = line.content(input);
      if (content.charAt(0) == '_' && rule.reset(content).matches()) {
        line.kind = Line.Kind.RULE;
        inFootnotes = true;
        blockLine = line.index;
        current = null;
        firstIndent = 0;
        continue;
      }
      if (isFurniture(content)) {
        line.kind = Line.Kind.FURNITURE;
        inFootnotes = false;
        continue;
      }
      if (inFootnotes) {
        Matcher start = footnoteStart.reset(content);
        // where the block's notes open indented (" 1  text"), a line at the margin continues the last
        // one even if it opens with the next number: "… en date du⏎2 décembre 1981."
        boolean continuation = current != null && line.indent() == 0 && firstIndent > 0;
        if (!continuation && start.lookingAt() && follows(start.group(1))) {
          if (current == null) {
            firstIndent = line.indent();
          }
          current = new Note(start.group(1), line.contentStart, line.contentStart + start.group(1).length(), blockLine);
          current.lines.add(line);
          notes.add(current);
          line.kind = Line.Kind.FOOTNOTE;
          continue;
        }
        // a line that opens no note continues the last one: at the margin; or indented no more than
        // the notes open where the note has not ended its sentence (a wrapped Chinese note keeps the
        // space it was broken at: "A/CONF.157/24(PART⏎ I)/Corr.1，第三章。")
        if (current != null && (line.indent() == 0 || line.indent() <= firstIndent && !endsSentence(current, input))) {
          current.lines.add(line);
          line.kind = Line.Kind.FOOTNOTE;
          continue;
        }
        inFootnotes = false;
      }
      line.kind = Line.Kind.BODY;
    }
    trailingNotes(input);
  }

  /**
   * The notes that volumes of resolutions print after the text with no rule above them (crunsc/: a
   * Council resolution's notes follow its adoption line): from a group of lines after a blank line
   * that opens with a numbered note to the end of the text, every group opening with the next note
   * (or a starred one, or one a few numbers on: {@link #nextInVolume}), the lines inside a group
   * opening later notes or continuing the last. A group that opens no note in sequence ends what
   * came before it: the block can only start after it, so that the last paragraphs of a text are
   * never taken for notes unless all that follows them is. Each line is looked at once as a start
   * and once inside a block tried: the pass is linear.
   */
  private void trailingNotes(CharSequence input) {
    int n = lines.size();
    int tail = n;
    while (tail > 0 && (lines.get(tail - 1).kind == Line.Kind.BODY || lines.get(tail - 1).kind == Line.Kind.BLANK)) {
      tail--;
    }
    int first = -1; // the first line of the block being tried
    int expected = 0; // the number its next note must have
    for (int i = Math.max(tail, 1); i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Line.Kind.BLANK) {
        continue;
      }
      boolean opensGroup = lines.get(i - 1).kind == Line.Kind.BLANK;
      String marker = noteMarker(line, input);
      if (first >= 0 && marker != null && nextInVolume(marker, expected)) {
        expected = numberAfter(marker, expected);
        continue; // the next note
      }
      if (first >= 0 && !opensGroup) {
        continue; // a line of the last note
      }
      // no block yet, or this group breaks the one tried: a block may start here, at a numbered note
      first = opensGroup && marker != null && Character.isDigit(marker.charAt(0)) ? i : -1;
      expected = first >= 0 ? Integer.parseInt(marker) + 1 : 0;
    }
    if (first < 0 || !textEndedBefore(input, first) || !markersPrinted(input, first)) {
      return;
    }
    Note current = null;
    expected = 0;
    for (int i = first; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Line.Kind.BLANK) {
        continue;
      }
      String marker = noteMarker(line, input);
      if (marker != null && (current == null || nextInVolume(marker, expected))) {
        expected = numberAfter(marker, expected);
        current = new Note(marker, line.contentStart, line.contentStart + marker.length(), first);
        current.spaced = true;
        notes.add(current);
      }
      current.lines.add(line);
      line.kind = Line.Kind.FOOTNOTE;
    }
  }

  /**
   * Whether the text ended before the block from line {@code first}: where page furniture stands
   * between them (a page break), the body line before it must end a sentence ("Adopted at the 367th
   * meeting. 38", "abstentions (France, Italy).", a marker after it left aside), as a paragraph that
   * a page break cuts goes on after it ("… decision 74/408 of⏎[page]⏎3 December 2019, and …"), and
   * its next line is no note. Volumes print no furniture there, and their adoption lines may end
   * without a stop ("Adopted unanimously at the⏎1243rd meeting").
   */
  private boolean textEndedBefore(CharSequence input, int first) {
    int i = first - 1;
    boolean pageBreak = false;
    while (i >= 0 && (lines.get(i).kind == Line.Kind.BLANK || lines.get(i).kind == Line.Kind.FURNITURE)) {
      pageBreak |= lines.get(i).kind == Line.Kind.FURNITURE;
      i--;
    }
    if (i < 0 || lines.get(i).kind != Line.Kind.BODY) {
      return false;
    }
    if (!pageBreak) {
      return true;
    }
    String last = lines.get(i).content(input).strip();
    int end = last.length();
    // a marker at the end of the line, apart or glued to the stop: "meeting. 38", "meeting.40"
    int digits = end;
    while (digits > 0 && Character.isDigit(last.charAt(digits - 1))) {
      digits--;
    }
    if (digits < end && end - digits <= 3 && digits > 0 && !Character.isLetterOrDigit(last.charAt(digits - 1))) {
      end = digits;
      while (end > 0 && last.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return end > 0 && ".;:)”’»\"".indexOf(last.charAt(end - 1)) >= 0;
  }

  /**
   * Whether the text before the block from line {@code first} printed at least half its notes'
   * numbers as markers stand (OCR loses some): a paragraph's number opens its line, and the last
   * paragraphs of a text numbered without a full stop ("2 Rappelle que …", "3 -\tتقرر") are no
   * notes; nor is a date closing the text ("15 December 2020"), whose day the text printed before a
   * month's capital.
   */
  private boolean markersPrinted(CharSequence input, int first) {
    int blockStart = lines.get(first).start;
    int[] printedAt = numbersPrintedAsMarkers(input, blockStart);
    int numbered = 0;
    int printed = 0;
    for (int i = first; i < lines.size(); i++) {
      Line line = lines.get(i);
      String marker = line.kind == Line.Kind.BLANK ? null : noteMarker(line, input);
      if (marker != null && Character.isDigit(marker.charAt(0))) {
        numbered++;
        printed += marker.length() <= 3 && printedAt[Integer.parseInt(marker)] < blockStart ? 1 : 0;
      }
    }
    return 2 * printed >= numbered;
  }

  /**
   * Where each number of one to three digits is first printed as a marker stands before {@code end}:
   * after something else on its line (a word, punctuation, a year: "Sérot, 35 the report",
   * "negotiations 15 and", "1948 44 will"), apart from it or glued to a word or punctuation, and
   * before the line's end or lower-case words ("meeting. 38"). A number before a capital ("on 15
   * December 2020") or opening its line (a paragraph's) is none. {@code Integer.MAX_VALUE} where a
   * number is not printed so.
   */
  private static int[] numbersPrintedAsMarkers(CharSequence input, int end) {
    int[] first = new int[1000];
    java.util.Arrays.fill(first, Integer.MAX_VALUE);
    boolean contentBefore = false;
    int i = 0;
    while (i < end) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        contentBefore = false;
        i++;
        continue;
      }
      if (c < '0' || c > '9') {
        contentBefore |= !Character.isWhitespace(c);
        i++;
        continue;
      }
      int start = i;
      while (i < end && input.charAt(i) >= '0' && input.charAt(i) <= '9') {
        i++;
      }
      char before = start > 0 ? input.charAt(start - 1) : ' ';
      // not glued to a full stop: a decimal's or an abbreviation's number ("1.5", "para.3")
      boolean placed = before == ' ' || before == '\t' || Character.isLetter(before) || ",;:)”’»".indexOf(before) >= 0;
      if (contentBefore && placed && i - start <= 3 && wordsGoOnInLowerCase(input, i)) {
        int number = Integer.parseInt(input, start, i, 10);
        first[number] = Math.min(first[number], start);
      }
      contentBefore = true;
    }
    return first;
  }

  /** Whether the line ends at {@code at} (past spaces), or a space and a lower-case letter follow. */
  static boolean wordsGoOnInLowerCase(CharSequence input, int at) {
    int i = at;
    while (i < input.length() && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) {
      i++;
    }
    return i == input.length() || input.charAt(i) == '\n' || input.charAt(i) == '\r'
        || i > at && Character.isLowerCase(input.charAt(i));
  }

  /**
   * The marker that a line opens with as the first line of a note printed after the text
   * ({@code 35 Official Records …}, {@code 36 [bid., document S/1022.}), or null: the marker and
   * spaces, no tab (a paragraph's number: "2 \t تقر"), then a capital, "ibid." (or "fbid.", as OCR
   * reads it) or what is no letter, digit or dash. A lower-case word ("31 de diciembre de 2020", a
   * text's closing date) or a dash ("3 -\tتقرر", a paragraph) opens none; nor, in scripts without
   * capitals, does a word at all: notes after the text are looked for in cased scripts only.
   */
  private String noteMarker(Line line, CharSequence input) {
    if (line.blank()) {
      return null;
    }
    char opening = input.charAt(line.contentStart);
    if (opening != '*' && opening != '†' && opening != '‡' && (opening < '0' || opening > '9')) {
      return null; // most lines: no marker, and no copy of the line made to find none
    }
    String content = line.content(input);
    Matcher start = footnoteStart.reset(content);
    if (!start.lookingAt() || content.substring(start.group(1).length(), start.end()).indexOf('\t') >= 0) {
      return null;
    }
    char first = content.charAt(start.end());
    boolean opens = Character.isUpperCase(first)
        || !Character.isLetterOrDigit(first) && first != '-' && first != '\u2013' && first != '\u2014'
        // "Ibid." as OCR reads it too: "fbid.", "[bid."
        || content.regionMatches(true, start.end() + 1, "bid", 0, 3);
    return opens ? start.group(1) : null;
  }

  /**
   * Whether the note's last line ends with a full stop (or a semicolon) outside parentheses: "(A/75/5
   * (Vol.⏎ I))。" is still open.
   */
  private static boolean endsSentence(Note note, CharSequence input) {
    String last = note.lines.get(note.lines.size() - 1).content(input).strip();
    if (last.isEmpty() || ".。;；".indexOf(last.charAt(last.length() - 1)) < 0) {
      return false;
    }
    return Line.parenthesesOpen(input, note.lines, 0) <= 0;
  }

  /** How many numbers a volume's notes after a text may skip: those of the texts printed beside it. */
  private static final int VOLUME_SKIP = 2;

  /**
   * Whether a note printed after the text continues the block's sequence: a starred one, or the
   * next number, or one of the {@link #VOLUME_SKIP} after it (S/RES/397 (1976) prints its notes 75
   * and 78: 76 and 77 are another text's).
   */
  private static boolean nextInVolume(String marker, int expected) {
    if (!Character.isDigit(marker.charAt(0))) {
      return true;
    }
    int number = Integer.parseInt(marker);
    return number >= expected && number <= expected + VOLUME_SKIP;
  }

  /** The number a note after {@code marker} is expected to have: a starred note leaves it as it was. */
  private static int numberAfter(String marker, int expected) {
    return Character.isDigit(marker.charAt(0)) ? Integer.parseInt(marker) + 1 : expected;
  }

  /** A footnote marker continues the sequence: the next number, or any first one. */
  private boolean follows(String marker) {
    if (!Character.isDigit(marker.charAt(0))) {
      return true;
    }
    int number = Integer.parseInt(marker);
    for (int i = notes.size() - 1; i >= 0; i--) {
      String previous = notes.get(i).marker;
      if (Character.isDigit(previous.charAt(0))) {
        return number == Integer.parseInt(previous) + 1;
      }
    }
    return number > 0;
  }

  /** Job numbers, page counters, and a line holding nothing but a UN symbol (a running header). */
  /**
   * Whether a line that opens with a digit may be a job number or a page counter: a hyphen where a
   * job number has one ({@code 311-53519}: third to seventh character) or a slash after the first
   * digits and spaces ({@code 3/12}). Every numbered paragraph opens with a digit, and is turned away
   * here before the patterns run.
   */
  private static boolean mayBeNumbered(String content) {
    for (int i = 2; i <= 6 && i < content.length(); i++) {
      if (content.charAt(i) == '-') {
        return true;
      }
    }
    int i = 0;
    while (i < content.length() && i < 3 && Character.isDigit(content.charAt(i))) {
      i++;
    }
    while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    return i < content.length() && content.charAt(i) == '/';
  }

  private boolean isFurniture(String content) {
    char first = content.charAt(0);
    if ((Character.isDigit(first) && mayBeNumbered(content) || first == 'P' || first == '-')
        && (jobNumber.reset(content).matches() || pageCounter.reset(content).matches())) {
      return true;
    }
    if (content.indexOf('/') < 0 || content.length() > 60 || !Character.isLetter(content.charAt(0))) {
      return false;
    }
    if (headerSymbol != null) {
      // a running header is printed alike on every page: the line is parsed once
      if (content.equals(headerLine)) {
        return true;
      }
      boolean header = headerSymbol.equals(symbolOrNull(content));
      if (header) {
        headerLine = content;
      }
      return header;
    }
    String symbol = symbolOrNull(content);
    // the symbol of a document of the Assembly, the Security Council or the Economic and Social Council
    if (symbol != null && symbol.length() > 1 && "ASE".indexOf(symbol.charAt(0)) >= 0 && symbol.charAt(1) == '/') {
      headerSymbol = symbol;
      headerLine = content;
      return true;
    }
    return false;
  }

  private static String symbolOrNull(String content) {
    return DocumentSymbol.tryParse(content).map(DocumentSymbol::canonical).orElse(null);
  }
}
