package dev.resolute.symbol;

import dev.resolute.internal.Scripts;
import dev.resolute.symbol.DocumentSymbol.SegmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written scanner for the grammar of UN document symbols. It reads each {@code /}-separated
 * component with the parenthetical groups and part letters glued to it, then classifies the
 * components by position: the last numeric component is the number, numeric components before it
 * are sessions or years, alphabetic ones are the body path. It runs in time linear in the input and
 * never backtracks.
 */
final class SymbolParser {

  /**
   * A component as read, before classification: where its core stands in the input, not a copy of
   * it (the layout writes the core's canonical form straight from the input).
   */
  private static final class Component {
    /** Where the component, and its core, start. */
    final int start;
    /** Where its core ends: digits, or letters with their '.'- and '-'-parts ({@code L.15}, {@code S-26}). */
    final int coreEnd;
    /** Whether the core is digits (of any script). */
    final boolean digits;
    final String part;
    final List<String> parens;
    /** {@link Vocabulary#typedNumberWord} of the core, read once, or -1. */
    final int typed;

    Component(CharSequence input, int start, int coreEnd, boolean digits, String part, List<String> parens) {
      this.start = start;
      this.coreEnd = coreEnd;
      this.digits = digits;
      this.part = part;
      this.parens = parens;
      this.typed = digits ? -1 : Vocabulary.typedNumberWord(input, start, coreEnd);
    }
  }

  private final CharSequence input;
  private final int end;
  private int pos;

  private final CharSequence original;
  /** Whether a failure throws the shared {@link NotASymbol} rather than a {@link SymbolSyntaxException}. */
  private boolean quiet;

  private SymbolParser(CharSequence input) {
    this.original = input;
    this.input = asAscii(input);
    int last = input.length();
    while (last > 0 && isSpace(input.charAt(last - 1))) {
      last--;
    }
    this.end = last;
    int first = 0;
    while (first < end && isSpace(input.charAt(first))) {
      first++;
    }
    this.pos = first;
  }

  static DocumentSymbol parse(CharSequence input) {
    return parse(input, false);
  }

  /**
   * Parses, or returns empty where the input is not a symbol. The extractor asks this of many
   * candidates that are not symbols; a failure here costs no message and no stack trace.
   */
  static java.util.Optional<DocumentSymbol> tryParse(CharSequence input) {
    try {
      return java.util.Optional.of(parse(input, true));
    } catch (NotASymbol e) {
      return java.util.Optional.empty();
    }
  }

  private static DocumentSymbol parse(CharSequence input, boolean quiet) {
    SymbolParser parser = new SymbolParser(input);
    parser.quiet = quiet;
    if (parser.pos >= parser.end) {
      throw parser.error(input.length(), "a symbol cannot be empty");
    }
    SymbolLayout first = parser.symbol();
    List<SymbolLayout> joined = null; // most symbols are not joint: no list is made for them
    while (parser.pos < parser.end && parser.input.charAt(parser.pos) == '-') {
      parser.pos++;
      if (joined == null) {
        joined = new ArrayList<>(2);
      }
      joined.add(parser.symbol());
    }
    if (parser.pos < parser.end) {
      throw parser.error("unexpected character after the symbol");
    }
    DocumentSymbol result = null;
    for (int i = joined == null ? -1 : joined.size() - 1; i >= 0; i--) {
      result = new DocumentSymbol(joined.get(i), result);
    }
    return new DocumentSymbol(first, result);
  }

  /** One symbol of a possibly joint symbol: organ, then {@code /}-separated components. */
  private SymbolLayout symbol() {
    int organStart = pos;
    word();
    int organEnd = pos;
    if (organEnd == organStart || !isLetter(input.charAt(organStart))) {
      throw error(organStart, "a symbol starts with the letters of its organ or series (A, S, E, ST, ...)");
    }
    List<String> organParens = parens();
    List<Component> components = new ArrayList<>(4); // most symbols have two to four
    skipSpaces();
    if (pos >= end || input.charAt(pos) != '/') {
      throw error("expected '/' after the organ " + input.subSequence(organStart, organEnd));
    }
    while (pos < end && (input.charAt(pos) == '/' || suffixGluedAt(pos))) {
      if (input.charAt(pos) == '/') {
        pos++;
      }
      skipSpaces();
      components.add(component());
      skipSpaces();
      if (pos < end && input.charAt(pos) == '-' && !startsJointSymbol(pos + 1)) {
        throw error("a '-' inside a symbol must join two symbols (A/51/113-S/1996/276)");
      }
    }
    return classify(organStart, organEnd, organParens, components);
  }

  private Component component() {
    int start = pos;
    if (pos >= end) {
      throw error("expected a component after '/'");
    }
    char c = input.charAt(pos);
    boolean digits = isDigit(c);
    String part = null;
    int coreEnd;
    if (digits) {
      skipDigits();
      coreEnd = pos;
      int afterNumber = pos;
      skipSpaces();
      if (pos < end && isLetter(input.charAt(pos)) && isPartLetterAt(pos)) {
        part = partLetters();
      } else {
        pos = afterNumber;
      }
    } else if (isLetter(c)) {
      word();
      coreEnd = pos;
      if (pos < end && isDigit(input.charAt(pos))) {
        throw error("letters and digits in one component are separated by '.' (L.15, PV.117)");
      }
    } else {
      throw error("expected a component: digits or letters");
    }
    List<String> parens = parens();
    return new Component(input, start, coreEnd, digits, part, parens);
  }

  /**
   * Reads letters or digits, with {@code .}-separated parts and a {@code -} range or session
   * prefix: a run of the input as printed, read by position and not cut.
   */
  private void word() {
    int start = pos;
    while (pos < end) {
      char c = input.charAt(pos);
      if (isLetter(c) || isDigit(c)) {
        pos++;
      } else if (c == '.' && pos + 1 < end && isAlnum(input.charAt(pos + 1)) && pos > start) {
        pos++;
      } else if (c == '-' && pos > start && pos + 1 < end && isAlnum(input.charAt(pos + 1))
          && isSessionPrefixOrRange(start, pos) && !startsJointSymbol(pos + 1)) {
        pos++;
      } else {
        break;
      }
      if (isLetter(c) && pos < end && isDigit(input.charAt(pos)) && !endsWithDottedPart(start, pos)) {
        break; // "RES9": reported by the caller
      }
    }
  }

  /** Whether the word read so far ({@code from} to {@code to}) ends in letters after a '.' or '-'. */
  private boolean endsWithDottedPart(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = input.charAt(i);
      if (c == '.' || c == '-') {
        return true;
      }
      if (!isLetter(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code S-26}, {@code ES-10}, {@code S-IV}, or a range after a dotted number: {@code SR.1-28};
   * the word read so far runs from {@code from} to {@code to}.
   */
  private boolean isSessionPrefixOrRange(int from, int to) {
    int length = to - from;
    if (length == 1 && (input.charAt(from) | 0x20) == 's'
        || length == 2 && (input.charAt(from) | 0x20) == 'e' && (input.charAt(from + 1) | 0x20) == 's') {
      return true;
    }
    int dot = to - 1;
    while (dot >= from && input.charAt(dot) != '.') {
      dot--;
    }
    if (dot < from || dot == to - 1) {
      return false;
    }
    for (int i = dot + 1; i < to; i++) {
      if (!isDigit(input.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Reads digits of any script: the layout writes them as ASCII ones. */
  private void skipDigits() {
    while (pos < end && isDigit(input.charAt(pos))) {
      pos++;
    }
  }

  /**
   * A part letter is one letter, a doubled one after Z ({@code AA}), or a range ({@code A-C}),
   * standing alone after the number.
   */
  private boolean isPartLetterAt(int at) {
    int next = at + 1;
    if (next < end && doubles(at)) {
      next++;
    }
    if (next < end && input.charAt(next) == '-' && next + 1 < end && isLetter(input.charAt(next + 1))
        && !startsJointSymbol(next + 1)) {
      next += 2;
    }
    return next >= end || !isAlnum(input.charAt(next)) && input.charAt(next) != '.';
  }

  /** Whether the letter at {@code at} is doubled: the parts after Z are AA, BB, … */
  private boolean doubles(int at) {
    return at + 1 < end && Character.toUpperCase(input.charAt(at + 1)) == Character.toUpperCase(input.charAt(at));
  }

  private String partLetters() {
    StringBuilder out = new StringBuilder();
    if (doubles(pos)) {
      out.append(Character.toUpperCase(input.charAt(pos++)));
    }
    out.append(Character.toUpperCase(input.charAt(pos++)));
    if (pos < end && input.charAt(pos) == '-' && pos + 1 < end && isLetter(input.charAt(pos + 1))
        && !startsJointSymbol(pos + 1)) {
      out.append('-').append(Character.toUpperCase(input.charAt(pos + 1)));
      pos += 2;
    }
    return out.toString();
  }

  /** Parenthetical groups glued to a component: {@code (2001)}, {@code (XXI)}, {@code (Part I)}. */
  private List<String> parens() {
    List<String> out = List.of(); // most components have none: no list is made for them
    while (true) {
      int save = pos;
      skipSpaces();
      if (pos >= end || input.charAt(pos) != '(') {
        pos = save;
        return out;
      }
      if (out.isEmpty()) {
        out = new ArrayList<>(2);
      }
      int open = pos++;
      StringBuilder content = new StringBuilder();
      while (pos < end && input.charAt(pos) != ')') {
        char c = input.charAt(pos);
        if (c == '(' || c == '/') {
          throw error("unexpected '" + c + "' inside the parentheses opened at " + open);
        }
        content.append(c);
        pos++;
      }
      if (pos >= end) {
        throw error(open, "unclosed '('");
      }
      pos++;
      String normalized = normalizeParenthetical(content);
      if (normalized.isEmpty()) {
        throw error(open, "empty parentheses");
      }
      out.add(normalized);
    }
  }

  /** {@code Part I} → {@code PartI}, {@code vol. iii} → {@code Vol.III}, {@code supp} → {@code Supp}. */
  private static String normalizeParenthetical(CharSequence content) {
    StringBuilder out = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= content.length(); i++) {
      char c = i < content.length() ? content.charAt(i) : ' ';
      if (isLetter(c)) {
        word.append(c);
      } else {
        if (word.length() > 0) {
          out.append(Vocabulary.qualifierWord(word.toString()));
          word.setLength(0);
        }
        if (!isSpace(c)) {
          out.append(Scripts.asciiDigit(c));
        }
      }
    }
    return out.toString();
  }

  private SymbolLayout classify(int organStart, int organEnd, List<String> organParens, List<Component> components) {
    // sized for the segments: the arrays grow only for a symbol of many parts
    int count = 1 + organParens.size();
    int length = organEnd - organStart;
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      count += (c.typed >= 0 || c.part != null ? 2 : 1) + c.parens.size();
      length += c.coreEnd - c.start + 4;
    }
    SymbolLayout segments = new SymbolLayout(count, length);
    segments.addUpper(SegmentKind.ORGAN, input, organStart, organEnd);
    for (int p = 0; p < organParens.size(); p++) {
      qualifier(segments, organParens.get(p));
    }
    int numberIndex = -1;
    for (int i = components.size() - 1; i >= 0 && numberIndex < 0; i--) {
      Component c = components.get(i);
      if (c.digits || c.typed >= 0) {
        numberIndex = i;
      }
    }
    boolean anySuffix = false;
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      if (c.part != null && i != numberIndex) {
        throw error(c.start, "only the number of a symbol takes a part letter");
      }
      if (c.typed >= 0) {
        String type = Vocabulary.typedWord(c.typed);
        segments.add(SegmentKind.TYPE, '/', type);
        segments.add(i == numberIndex ? SegmentKind.NUMBER : SegmentKind.OTHER, '.', input,
            c.start + type.length() + 1, c.coreEnd);
      } else if (c.digits) {
        SegmentKind kind =
            i == numberIndex
                ? SegmentKind.NUMBER
                : Scripts.isYear(input, c.start, c.coreEnd) ? SegmentKind.YEAR : SegmentKind.SESSION;
        segments.addDigits(kind, '/', input, c.start, c.coreEnd);
        if (c.part != null) {
          segments.add(SegmentKind.PART, "", c.part, "");
        }
      } else {
        int suffix = Vocabulary.suffixWord(input, c.start, c.coreEnd);
        if (suffix >= 0) {
          // "rev.1", "REV.1": the suffix as the UN prints it, "Rev.1"
          String word = Vocabulary.suffixPrinted(suffix);
          segments.add(SegmentKind.SUFFIX, '/', word, '.', input, c.start + word.length() + 1, c.coreEnd);
          anySuffix = true;
        } else {
          String core = SymbolLayout.upper(input, c.start, c.coreEnd);
          segments.add(kindOfWord(core, i, numberIndex), '/', core);
        }
      }
      for (int p = 0; p < c.parens.size(); p++) {
        String paren = c.parens.get(p);
        if (i == numberIndex) {
          numberParenthetical(segments, paren);
        } else {
          qualifier(segments, paren);
        }
      }
    }
    if (numberIndex < 0 && !anySuffix && count < 2) {
      throw error("a symbol has at least one component after its organ");
    }
    return segments;
  }

  /** What a word component that is no suffix is. */
  private static SegmentKind kindOfWord(String core, int index, int numberIndex) {
    if (DocumentType.ofCode(core) != null) {
      return SegmentKind.TYPE;
    }
    if (Vocabulary.isSession(core)) {
      return SegmentKind.SESSION;
    }
    return numberIndex >= 0 && index > numberIndex ? SegmentKind.OTHER : SegmentKind.BODY;
  }

  private static void numberParenthetical(SymbolLayout segments, String paren) {
    SegmentKind kind = Scripts.isYear(paren, 0, paren.length())
        ? SegmentKind.YEAR
        : Vocabulary.isRomanSession(paren) ? SegmentKind.SESSION : SegmentKind.QUALIFIER;
    segments.add(kind, "(", paren, ")");
  }

  private static void qualifier(SymbolLayout segments, String paren) {
    segments.add(SegmentKind.QUALIFIER, "(", paren, ")");
  }

  /**
   * Whether a suffix with its number is glued to the number before it, its slash left out by the
   * source ("A/75/7Add.2", "E/CN.4/1998/53Add.2"): it reads as if the slash were printed.
   */
  private boolean suffixGluedAt(int at) {
    return at > 0 && isDigit(input.charAt(at - 1)) && Vocabulary.suffixNumberAt(input, at, end);
  }

  /** Whether a joint symbol's second symbol starts here: an organ followed by {@code /}. */
  private boolean startsJointSymbol(int at) {
    int i = at;
    while (i < end && isSpace(input.charAt(i))) {
      i++;
    }
    int letters = i;
    while (i < end && (isLetter(input.charAt(i)) || input.charAt(i) == '.' && i > letters)) {
      i++;
    }
    if (i == letters) {
      return false;
    }
    while (i < end && isSpace(input.charAt(i))) {
      i++;
    }
    return i < end && input.charAt(i) == '/';
  }

  private void skipSpaces() {
    while (pos < end && isSpace(input.charAt(pos))) {
      pos++;
    }
  }

  private RuntimeException error(String reason) {
    return error(pos, reason);
  }

  private RuntimeException error(int at, String reason) {
    return quiet ? NotASymbol.INSTANCE : new SymbolSyntaxException(original, at, reason);
  }

  /** What a quiet parse throws: one shared instance, with neither message nor stack trace. */
  private static final class NotASymbol extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final NotASymbol INSTANCE = new NotASymbol();

    private NotASymbol() {
      super(null, null, false, false);
    }
  }

  /**
   * The typographic hyphens and the en dash that texts print inside symbols read as '-', and the
   * Cyrillic capitals typed for their Latin lookalikes ({@link Scripts#latinLookalike}) as those.
   */
  private static CharSequence asAscii(CharSequence input) {
    for (int i = 0; i < input.length(); i++) {
      if (asciiFor(input.charAt(i)) != 0) {
        StringBuilder out = new StringBuilder(input);
        for (int j = i; j < out.length(); j++) {
          char ascii = asciiFor(out.charAt(j));
          if (ascii != 0) {
            out.setCharAt(j, ascii);
          }
        }
        return out;
      }
    }
    return input;
  }

  /** What a character that a symbol prints for an ASCII one stands for, or 0. */
  private static char asciiFor(char c) {
    if (c < 0x80) {
      return 0;
    }
    return Scripts.isHyphen(c) ? '-' : Scripts.latinLookalike(c);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t' || c == '\n' || c == '\r'
        || c == '\u2009';
  }

  static boolean isDigit(char c) {
    return Scripts.isDigit(c);
  }

  /** ASCII letters only: an Arabic letter inside a symbol is a defect of the source. */
  static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isAlnum(char c) {
    return isLetter(c) || isDigit(c);
  }
}
