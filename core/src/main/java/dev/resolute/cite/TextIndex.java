package dev.resolute.cite;

import dev.resolute.internal.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * The one pass of an extraction over its text: the text lower-cased, and where resolution and
 * decision words, body names, treaty names, sentences, digit runs and the organs of symbols start.
 * The extractor's patterns run only at these places afterwards; the questions about words that
 * the pass asks (does a name stand as words of its own, does a list go on after a semicolon) are
 * asked by the extractor too, and answered here.
 */
final class TextIndex {
  /** A treaty name printed as words of its own: where it stands, and its gazetteer entry. */
  record Mention(int start, int end, Gazetteer.Entry entry) {}

  final String text;
  /** The text lower-cased, character for character (offsets are the text's). */
  final char[] lower;
  /** {@link #lower} as a string, made where a pattern runs over it ({@link #lowerText()}). */
  private String lowerText;
  private final CiteTables tables;
  /** Resolution and decision words: starts, ends, whether a decision word. */
  final Occurrences keywords = new Occurrences();
  /** Body names, with the body each names. */
  final Occurrences bodyNames = new Occurrences();
  /** Where sentences start. */
  final IntList sentenceStarts = new IntList();
  /** Where digit runs start. */
  final IntList digitRuns = new IntList();
  /** Where the opening word of a Treaty Series or Ibid. pattern stands. */
  final IntList treatyAnchors = new IntList();
  /** Where a run of {@link CiteTables#searchOpenings} stands (in a text with a digit only). */
  final IntList searchAnchors = new IntList();
  /**
   * Where a symbol's organ may start: an ASCII capital glued to nothing before it, with a slash
   * soon after it over letters, digits, full stops and brackets ("A/", "E/CN.15/", "ICCD/COP(14)/").
   */
  final IntList organStarts = new IntList();
  /** Treaty names, in text order; a name inside a longer one is none of its own. */
  final List<Mention> mentions = new ArrayList<>();
  /**
   * Whether the text has a digit. Every citation has one, so a text without one cites nothing: its
   * keywords, sentences and symbols' organs are not looked for, only the treaties and the bodies it
   * names (a later piece of the document may name a body again by a short name).
   */
  final boolean hasDigit;

  /** The treaty names found at one position: where each ends, and its entry (made at the first position tried). */
  private int[] mentionEnds;
  private Object[] mentionsFound;
  /** The end of the last treaty mention. */
  private int mentionEnd;
  /** Whether {@link #scan} saw a digit. */
  private boolean digitSeen;
  /** How many events {@link #scan} found. */
  private int eventCount;
  /** The opening characters of a position, as {@link CiteTables.Openings#mayOpenLonger} reads them. */
  private final char[] opening = new char[CiteTables.OPENING_LENGTH];

  TextIndex(String text, CiteTables tables) {
    this.text = text;
    this.tables = tables;
    this.lower = text.toCharArray();
    int[] events = scan();
    this.hasDigit = digitSeen;
    index(events);
    if (tables.hasBodylessNames) {
      // they kept the bodies' names inside them from being found, and name no body themselves
      bodyNames.removeIf(value -> tables.bodies.get(value).bodyless());
    }
  }

  // What the index asks of a character, as bits above its lower case (the low 16 bits): whether a
  // keyword or name opens with it, whether it is a digit, an ASCII capital, a full stop or
  // semicolon, a slash; and, for the character after it, whether it keeps a name from opening
  // there (a letter, where words open only at word starts) or continues a digit run. Symbols are
  // found from their slashes, not their capitals: a slash is rare in prose, a capital is not.
  private static final int OPENS_SHIFT = 16;
  private static final int OPENS = 1 << OPENS_SHIFT;
  private static final int DIGIT = 1 << 17;
  private static final int SLASH = 1 << 18;
  private static final int STOP = 1 << 19;
  private static final int EVENTS = OPENS | DIGIT | SLASH | STOP;
  /** The blocking bits sit {@link #BLOCKING_SHIFT} above the bits they block. */
  private static final int BLOCKS_OPENING = 1 << 20;
  private static final int CONTINUES_DIGITS = 1 << 21;
  private static final int BLOCKING_SHIFT = 4;
  /**
   * Whether a word of fewer than three characters opens with the character
   * ({@link CiteTables.Starts#shortWords}): the index tries every word start there. Above the
   * blocking bits, so that it blocks nothing.
   */
  private static final int SHORT_WORDS_SHIFT = 24;
  private static final int SHORT_WORDS = 1 << SHORT_WORDS_SHIFT;
  /**
   * Whether a word's opening reads the character as itself ({@link CiteTables#isPlain}), and
   * whether it is white space between a name's words, read as one space
   * ({@link CiteTables#isNameSpace}): what {@link #keepPossible} asks of a word's second and third
   * characters. Above the blocking bits too.
   */
  private static final int PLAIN_SHIFT = 25;
  private static final int PLAIN = 1 << PLAIN_SHIFT;
  private static final int NAME_SPACE_SHIFT = 26;
  private static final int NAME_SPACE = 1 << NAME_SPACE_SHIFT;
  /** The length below which {@link #scan} makes room for an event at every character. */
  private static final int ONE_BLOCK_BELOW = 1 << 15;
  /** How far before its slash an organ may start (the slash at most 23 characters after it). */
  private static final int ORGAN_REACH = 23;

  /** The classes of the characters below {@code limit}, for one language's tables. */
  static int[] characterClasses(CiteTables tables, int limit) {
    int[] classes = new int[limit];
    for (int c = 0; c < limit; c++) { // an int: a char would never pass a limit of 65,536
      classes[c] = classOf((char) c, tables);
    }
    return classes;
  }

  /** A character's lower case and what the index asks of it (see the bits above). */
  private static int classOf(char c, CiteTables tables) {
    char l = Character.toLowerCase(c);
    boolean digit = l < 0x80 ? l >= '0' && l <= '9' : Character.isDigit(l);
    boolean letter = l < 0x80 ? l >= 'a' && l <= 'z' : !digit && Character.isLetter(l);
    int bits = l;
    CiteTables.Starts starts = tables.startsWith(l);
    if (starts != null) {
      bits |= starts.shortWords ? OPENS | SHORT_WORDS : OPENS;
    }
    if (digit) {
      bits |= DIGIT | CONTINUES_DIGITS;
    }
    if (l == '/') {
      bits |= SLASH;
    }
    if (l == ';' || l == '.' || l == '؛' || l == '。' || l == '；') {
      bits |= STOP;
    }
    // a letter keeps a word from opening right after it, but where words open inside written words:
    // Chinese, and Arabic after the conjunctions, prepositions and article it writes onto a word
    // (its clitics, "وبقرارها": bounded() reads the prefix back)
    if (letter && !tables.keywordAfter && tables.clitics.indexOf(l) < 0) {
      bits |= BLOCKS_OPENING;
    }
    if (CiteTables.isPlain(l)) {
      bits |= PLAIN;
    }
    if (CiteTables.isNameSpace(l)) {
      bits |= NAME_SPACE;
    }
    return bits;
  }

  /**
   * Lowers the text in place and returns where something may start: where a name may open (at a
   * character that opens one, after no letter), where a digit run or a sentence may, and where a
   * slash stands (a symbol's organ before it); the list ends with -1. Only positions are kept, at
   * four bytes a character of room: what happens at each is read again from the lowered text
   * ({@link #index}), at the few positions listed. The loop decides without branching on the
   * text, so that the length of words costs no mispredicted branches; the events are looked at
   * afterwards.
   */
  private int[] scan() {
    final char[] chars = lower;
    final int[] classes = tables.characterClasses;
    final int n = chars.length;
    // room for an event at every character where that costs little (a paragraph, a footnote): the
    // loop then runs in one block; a long text starts at a quarter and grows, a block at a time.
    // Small blocks cost more than the room: a paragraph scanned in blocks took 2.7 ns a character, in one 1.7
    int[] events = new int[n < ONE_BLOCK_BELOW ? n + 1 : n / 4];
    int count = 0;
    int previous = 0;
    int seen = 0;
    int i = 0;
    while (i < n) {
      // a character adds one event at most: a block as long as the room left needs no check inside
      if (count == events.length - 1) {
        events = java.util.Arrays.copyOf(events, events.length * 2);
      }
      int blockEnd = Math.min(n, i + (events.length - 1 - count));
      for (; i < blockEnd; i++) {
        char c = chars[i];
        int bits = classes[c];
        chars[i] = (char) bits;
        int event = bits & EVENTS & ~(previous >>> BLOCKING_SHIFT);
        events[count] = i;
        count += (event | -event) >>> 31;
        seen |= event;
        previous = bits;
      }
    }
    digitSeen = (seen & DIGIT) != 0;
    eventCount = count;
    events[count] = -1;
    return events;
  }

  /**
   * The second pass, over the events of the first: keywords, body names, treaty names, sentence
   * starts, and the anchors where numbers and symbols may start (in a text without a digit, the
   * treaty and body names and treaty anchors only: see {@link #hasDigit}). Patterns run only at anchors afterwards.
   * What {@link #scan} found at a position is read again from the lowered text: a character's bits
   * are those of its lower case, which lower-cases to itself ({@code CiteTablesTest} holds this
   * for every char and language).
   */
  private void index(int[] events) {
    final char[] lowered = lower;
    final int[] classes = tables.characterClasses;
    // a text without a digit is indexed for its treaty and body names only (see indexAt)
    final CiteTables.Openings openings = hasDigit ? tables.openings : tables.mentionOpenings;
    // where events are dense (one character in four or more: the digits, slashes and stops of
    // citation-dense text, footnote blocks), few are word starts to drop, and the pass cost the
    // footnote blocks more than it saved
    if (eventCount * 4 < lowered.length) {
      keepPossible(events, openings);
    }
    for (int k = 0; events[k] >= 0; k++) {
      int i = events[k];
      char ch = lowered[i];
      int bits = classes[ch];
      int event = eventAt(i, bits); // as scan found it
      // the opening's characters are looked at before the words that open with its first
      if ((event & OPENS) != 0
          && ((bits & SHORT_WORDS) != 0 || mayOpen(openings, i) && openings.mayOpenLonger(lowered, i, opening))) {
        indexAt(i, tables.startsWith(ch));
      }
      if ((event & DIGIT) != 0) {
        digitRuns.add(i);
      }
      if ((event & SLASH) != 0 && hasDigit) {
        organsBefore(i);
      }
      if ((event & STOP) != 0 && hasDigit && i + 1 < lowered.length
          && (CiteTables.isNameSpace(lowered[i + 1]) || ch == '。' || ch == '；') && !abbreviation(i)
          && !(ch != '.' && ch != '。' && listGoesOn(i + 1))) {
        sentenceStarts.add(i + 1);
      }
    }
  }

  /**
   * The events {@link #scan} found at {@code i}, whose character's class is {@code bits}: read again
   * from the lowered text, the character before blocking as it did in the scan.
   */
  private int eventAt(int i, int bits) {
    return bits & EVENTS & ~((i > 0 ? tables.characterClasses[lower[i - 1]] : 0) >>> BLOCKING_SHIFT);
  }

  /**
   * Drops the word starts whose first three characters open no word (as {@link #mayOpen} would
   * find, where each is read as itself or the third is white space), keeping every other event in
   * order. Most word starts of a text are dropped here, in a loop that decides each by arithmetic
   * rather than by branches: asked one by one in {@link #index}, whose next step depends on the
   * answer, they cost a mispredicted branch each.
   */
  private void keepPossible(int[] events, CiteTables.Openings openings) {
    final char[] lowered = lower;
    final int[] classes = tables.characterClasses;
    final long[] openingBits = openings.openingBits;
    final int last = lowered.length - 1;
    int kept = 0;
    for (int k = 0; events[k] >= 0; k++) {
      int i = events[k];
      char ch = lowered[i];
      int bits = classes[ch];
      int event = eventAt(i, bits);
      char b = lowered[Math.min(i + 1, last)];
      char c = lowered[Math.min(i + 2, last)];
      // 1 where the test below cannot tell: the text ends, or a character is not read as itself (an
      // Arabic mark is passed over, white space after the first ends the word); white space third,
      // after a two-letter word ("of", "de", most of which open no word), is read as one space
      int third = classes[c];
      int space = (third & NAME_SPACE) >>> NAME_SPACE_SHIFT;
      int untold = (i + 2 - last - 1) >>> 31 ^ 1
          | (classes[b] & (third | space << PLAIN_SHIFT) & PLAIN) >>> PLAIN_SHIFT ^ 1;
      int bit = CiteTables.openingBit(CiteTables.Starts.normal(ch), b, (char) (c ^ (c ^ ' ') & -space));
      int opens = (int) (openingBits[bit >>> 6] >>> bit) & 1 | untold | (bits & SHORT_WORDS) >>> SHORT_WORDS_SHIFT;
      int keep = event & ~OPENS | event & (opens << OPENS_SHIFT);
      events[kept] = i;
      kept += (keep | -keep) >>> 31;
    }
    events[kept] = -1;
  }

  /**
   * The organs that a slash at {@code slash} may end, in text order: the ASCII capitals glued to
   * nothing (no ASCII letter or digit, "/", "." or "-" before them) in the run of letters, digits,
   * full stops and brackets before it. A capital's first slash is the only one whose run reaches
   * it, so each is added once, and in order.
   */
  private void organsBefore(int slash) {
    int first = slash;
    while (first > 0 && slash - (first - 1) <= ORGAN_REACH && inOrgan(text.charAt(first - 1))) {
      first--;
    }
    for (int i = first; i < slash; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z' && (i == 0 || !gluesCapital(text.charAt(i - 1)))
          || Scripts.latinLookalike(c) != 0 && (i == 0 || !gluesLookalike(text.charAt(i - 1)))) {
        organStarts.add(i);
      }
    }
  }

  /**
   * What may stand between an organ's capital and its slash: ASCII letters and digits (or the
   * Cyrillic capitals typed for Latin ones, {@link Scripts#latinLookalike}), full stops, brackets.
   */
  private static boolean inOrgan(char c) {
    return c < 0x7f && Character.isLetterOrDigit(c) || c == '.' || c == '(' || c == ')'
        || Scripts.latinLookalike(c) != 0;
  }

  /**
   * What a Cyrillic capital typed for a Latin one cannot follow to open an organ: any letter or
   * digit ("ЮНЕСКО/…" is a word, not the organ "НЕСКО"), or what glues an ASCII capital.
   */
  private static boolean gluesLookalike(char c) {
    return Character.isLetterOrDigit(c) || gluesCapital(c);
  }

  /** An ASCII letter or digit, "/", "." or "-": glued to a word or symbol, a capital after it opens no organ. */
  private static boolean gluesCapital(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-';
  }

  /**
   * Whether a keyword, body name or treaty name may start at {@code i}, by its first three
   * characters (past Arabic marks); where white space follows the first, the index tries anyway.
   */
  private boolean mayOpen(CiteTables.Openings openings, int i) {
    if (i + 2 < lower.length) {
      // most words are of ASCII letters, which the keys hold as they are
      char b = lower[i + 1];
      char c = lower[i + 2];
      if (b <= 'z' && b >= 'a' && c <= 'z' && c >= 'a'
          // so are the other plain characters (neither white space, an Arabic mark nor the apostrophe)
          || (tables.characterClasses[b] & tables.characterClasses[c] & PLAIN) != 0) {
        return openings.mayOpenAsKeys(CiteTables.Starts.normal(lower[i]), b, c);
      }
    }
    int second = i + 1;
    while (second < lower.length && Scripts.isArabicMark(lower[second])) {
      second++;
    }
    if (second >= lower.length || CiteTables.isNameSpace(lower[second])) {
      return true;
    }
    int third = second + 1;
    while (third < lower.length && Scripts.isArabicMark(lower[third])) {
      third++;
    }
    return third >= lower.length || openings.mayOpen(lower[i], lower[second], lower[third]);
  }

  /** The keywords, body names and treaty names that may start at {@code i}. */
  private void indexAt(int i, CiteTables.Starts starts) {
    for (int k = 0; k < starts.treatyOpenings.length; k++) {
      if (startsWith(starts.treatyOpenings[k], i) && starts.treatyPrefixes[k].mayMatchAt(text, i)) {
        treatyAnchors.add(i);
        break;
      }
    }
    if (i >= mentionEnd) {
      // the longest name printed here that stands as words of its own
      if (mentionEnds == null) {
        mentionEnds = new int[32];
        mentionsFound = new Object[32];
      }
      int found = tables.mentionNames.matches(lower, i, mentionEnds, mentionsFound);
      for (int k = found - 1; k >= 0; k--) {
        int end = mentionEnds[k];
        if (bounded(i, end)) {
          mentions.add(new Mention(i, end, (Gazetteer.Entry) mentionsFound[k]));
          mentionEnd = end;
          break;
        }
      }
    }
    if (hasDigit) {
      for (String run : starts.searchOpenings) {
        if (startsWith(run, i)) {
          searchAnchors.add(i);
          break;
        }
      }
    }
    // the second character, past the marks an Arabic word may carry (regionEnd passes over them)
    int j = i + 1;
    while (j < lower.length && Scripts.isArabicMark(lower[j])) {
      j++;
    }
    // a text without a digit cites nothing, but names bodies that a later piece may name again by
    // a short name: it is indexed for their names, not for keywords
    CiteTables.Words words = j < lower.length ? starts.bySecond(lower[j]) : null;
    if (words == null && starts.single.isEmpty()) {
      return; // only a treaty name or a Treaty Series pattern opens here ("Nations Unies", "Ibid."): no word to compare
    }
    long opening = CiteTables.openingKey(lower, i);
    if (words != null) {
      indexWords(i, words, opening);
    }
    indexWords(i, starts.single, opening);
  }

  /**
   * The keywords (in a text with a digit: see {@link #hasDigit}) and body names of {@code words}
   * that stand at {@code i}, whose opening is keyed {@code opening} ({@link CiteTables#openingKey}):
   * only the words whose keyed opening it holds are compared, all where it is -1.
   */
  private void indexWords(int i, CiteTables.Words words, long opening) {
    boolean keyed = opening != -1;
    for (int k = 0; hasDigit && k < words.keywords.length; k++) {
      if (keyed && (opening & words.keywordMasks[k]) != words.keywordOpenings[k]) {
        continue;
      }
      int end = regionEnd(i, words.keywords[k]);
      if (end > 0 && bounded(i, end)) {
        keywords.add(i, end, words.decision[k] ? 1 : 0);
      }
    }
    for (int k = 0; k < words.bodies.length; k++) {
      if (keyed && (opening & words.bodyMasks[k]) != words.bodyOpenings[k]) {
        continue;
      }
      int end = regionEnd(i, words.bodyNames[k]);
      if (end > 0 && bounded(i, end)) {
        addBodyName(i, end, words.bodies[k]);
      }
    }
  }

  /**
   * Adds a body name; where it starts inside the last one found (or where it starts) and ends
   * beyond it, the last one was the opening of a longer name and is dropped: "l’Assemblée" (the
   * General Assembly) opens "l’Assemblée des Nations Unies pour l’environnement", whose name starts
   * after the article; Russian "Ассамблеи" opens "Ассамблеи Организации Объединенных Наций по
   * окружающей среде" at the same place.
   * Where it ends inside the last one too, it is a name inside a longer one and none of its own:
   * Chinese "大会" (the General Assembly) ends "联合国环境大会" (the Environment Assembly).
   */
  private void addBodyName(int start, int end, int body) {
    int last = bodyNames.size() - 1;
    if (last >= 0 && bodyNames.start(last) <= start && start < bodyNames.end(last)) {
      if (end <= bodyNames.end(last)) {
        return;
      }
      bodyNames.removeLast();
    }
    bodyNames.add(start, end, body);
  }

  /** Whether [start, end) stands as words of its own: no letter glued before (but a clitic) or after. */
  boolean bounded(int start, int end) {
    return bounded(start, end, true);
  }

  /**
   * Whether [start, end) stands as words of its own: no letter glued before or after it (Chinese,
   * which writes no spaces, asks nothing of them); before it, an Arabic clitic only where
   * {@code cliticsBefore}.
   */
  boolean bounded(int start, int end, boolean cliticsBefore) {
    boolean zh = tables.keywordAfter;
    boolean left = start == 0 || !Character.isLetter(text.charAt(start - 1)) || zh || cliticsBefore && clitics(start);
    boolean right = end >= text.length() || !Character.isLetter(text.charAt(end)) || zh;
    return left && right;
  }

  /** A semicolon inside a list of references: the next item is a number, or a connector and a number. */
  boolean listGoesOn(int from) {
    int i = skipSpaces(from);
    if (i < text.length() && Character.isLetter(text.charAt(i))) {
      // "…, paras. 66–80; and 61/121 B, sect. IV": a connector before the list's last item
      int connector = wordOf(tables.connectors, i);
      if (connector == 0) {
        return false;
      }
      i = skipSpaces(i + connector);
    }
    return i < text.length() && Scripts.isDigit(text.charAt(i));
  }

  /** {@code vol.}, {@code No.}, {@code p.}: a full stop inside a sentence. */
  boolean abbreviation(int dot) {
    int i = wordStartBefore(dot);
    // "paras." and "párrs." are five letters long
    return dot - i <= 5 && dot - i >= 1 && (Character.isUpperCase(text.charAt(i)) && dot - i <= 3
        || CiteTables.isAbbreviation(text, i, dot));
  }

  /** Arabic writes conjunctions, prepositions and the article onto the word: {@code بقرارات}, {@code للقرار}. */
  boolean clitics(int start) {
    if (tables.clitics.isEmpty()) {
      return false;
    }
    String prefix = text.substring(wordStartBefore(start), start);
    return prefix.length() <= 4 && prefix.chars().allMatch(ch -> tables.clitics.indexOf(ch) >= 0);
  }

  /** Where the letters that end at {@code at} start ({@code at} where no letter stands before it). */
  int wordStartBefore(int at) {
    int i = at;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The text lower-cased, as a string for the patterns that run over it: made at the first call,
   * which most texts, having no digit, never make.
   */
  String lowerText() {
    if (lowerText == null) {
      lowerText = new String(lower);
    }
    return lowerText;
  }

  /**
   * The text lower-cased, as a view of {@link #lower} for patterns tried at a few places: a long
   * text's copy as a string cost more than the matches.
   */
  CharSequence lowerView() {
    return java.nio.CharBuffer.wrap(lower).asReadOnlyBuffer();
  }

  /** Whether the lower-cased word stands at {@code at}, character for character ({@link String#startsWith(String, int)} of {@link #lowerText()}). */
  boolean startsWith(String lowerWord, int at) {
    if (at < 0 || at > lower.length - lowerWord.length()) {
      return false;
    }
    for (int k = 0; k < lowerWord.length(); k++) {
      if (lower[at + k] != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last place from {@code from} to {@code atMost} where the lower-cased word stands, or -1:
   * {@link String#lastIndexOf(String, int)} bounded below, so that a look back over a window costs
   * the window and not the text before it.
   */
  int lastIndexOf(String lowerWord, int from, int atMost) {
    for (int i = Math.min(atMost, lower.length - lowerWord.length()); i >= Math.max(0, from); i--) {
      if (startsWith(lowerWord, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Where the spaces (no-break spaces, line breaks) that end at {@code at} start. */
  int spacesBefore(int at) {
    int i = at;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0' || text.charAt(i - 1) == '\n')) {
      i--;
    }
    return i;
  }

  /** The first position at or after {@code from} that is no white space (nor a no-break space). */
  int skipSpaces(int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  /** After the white space and commas ({@link CiteTables#isComma}) from {@code from} on. */
  int skipSpacesAndCommas(int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0'
        || CiteTables.isComma(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** The letters from {@code from} on, lower-cased. */
  String wordAt(int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return new String(lower, from, i - from);
  }

  /**
   * The length of the letters from {@code at} on where, lower-cased, they are one of {@code words},
   * else 0: {@code words.contains(wordAt(at))}, read in place (asked after every item of a list).
   */
  int wordOf(java.util.Collection<String> words, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    for (String word : words) {
      if (word.length() == end - at && end > at && startsWith(word, at)) {
        return word.length();
      }
    }
    return 0;
  }

  /**
   * Where a keyword or name matched at {@code at} ends, or -1: character for character as the
   * index's keys compare them ({@link CiteTables#keyed}: either apostrophe, a line break or a
   * no-break space for a space, a typographic hyphen for the hyphen-minus), and a
   * tatweel of the text (ـ, U+0640, which only stretches an Arabic letter: "قـــرارات مجلــس")
   * or a short vowel mark is passed over, as is a Chinese book title mark inside a name
   * ({@link Scripts#isBookTitleMark}).
   */
  int regionEnd(int at, String lowerWord) {
    int i = at;
    for (int k = 0; k < lowerWord.length(); k++) {
      char b = lowerWord.charAt(k);
      if (i >= lower.length) {
        return -1;
      }
      char a = lower[i];
      if (a != b && CiteTables.keyed(a) != CiteTables.keyed(b)) {
        if (k > 0 && (Scripts.isArabicMark(a) && !Scripts.isArabicMark(b) || Scripts.isBookTitleMark(a))) {
          i++; // passed over; the same letter of the word is tried at the next character
          k--;
          continue;
        }
        return -1;
      }
      i++;
    }
    return i;
  }

  /** Whether the lower-cased word stands at {@code at}, as {@link #regionEnd} compares. */
  boolean regionEquals(int at, String lowerWord) {
    // the same comparison as regionEnd, where no Arabic mark was passed over
    return at >= 0 && regionEnd(at, lowerWord) == at + lowerWord.length();
  }

  /** A growable list of ints, sorted by the order of addition. */
  static final class IntList {
    /** Most lists of a paragraph's index stay empty or short: none is made before a first value. */
    private int[] values = NONE;
    private int size;
    private static final int[] NONE = {};

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, Math.max(8, size * 2));
      }
      values[size++] = v;
    }

    int get(int k) {
      return values[k];
    }

    void removeLast() {
      size--;
    }

    void set(int k, int v) {
      values[k] = v;
    }

    /** Keeps the first {@code n} values. */
    void truncate(int n) {
      size = n;
    }

    int size() {
      return size;
    }

    /** The index of the last value at or below {@code v}, or -1. */
    int lastBelowOrAt(int v) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo - 1;
    }
  }

  /** Occurrences of words in the text, in order of their start: start, end and a value. */
  static final class Occurrences {
    private final IntList starts = new IntList();
    private final IntList ends = new IntList();
    private final IntList values = new IntList();

    void add(int start, int end, int value) {
      starts.add(start);
      ends.add(end);
      values.add(value);
    }

    int size() {
      return starts.size();
    }

    void removeLast() {
      starts.removeLast();
      ends.removeLast();
      values.removeLast();
    }

    /** Drops the occurrences whose value {@code drop} accepts, keeping the order of the others. */
    void removeIf(java.util.function.IntPredicate drop) {
      int kept = 0;
      for (int k = 0; k < size(); k++) {
        if (!drop.test(values.get(k))) {
          starts.set(kept, starts.get(k));
          ends.set(kept, ends.get(k));
          values.set(kept++, values.get(k));
        }
      }
      starts.truncate(kept);
      ends.truncate(kept);
      values.truncate(kept);
    }

    int start(int k) {
      return starts.get(k);
    }

    int end(int k) {
      return ends.get(k);
    }

    int value(int k) {
      return values.get(k);
    }

    /** The last occurrence starting before {@code position}, or -1. */
    int lastStartingBefore(int position) {
      return starts.lastBelowOrAt(position - 1);
    }

    /** The first occurrence starting at or after {@code position}. */
    int firstStartingAtOrAfter(int position) {
      return starts.lastBelowOrAt(position - 1) + 1;
    }
  }
}
