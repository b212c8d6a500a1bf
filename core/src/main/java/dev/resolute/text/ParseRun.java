package dev.resolute.text;

import dev.resolute.cite.CitationContext;
import dev.resolute.cite.CitationExtractor;
import dev.resolute.cite.Extraction;
import dev.resolute.internal.NamedGroups;
import dev.resolute.internal.ParagraphNumbers;
import dev.resolute.internal.Scripts;
import dev.resolute.model.Annex;
import dev.resolute.model.Citation;
import dev.resolute.model.TreatyReference;
import dev.resolute.model.Reference;
import dev.resolute.model.Body;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.text.Diagnostic.Severity;
import dev.resolute.text.Layout.Note;
import dev.resolute.text.Markers.Anchor;
import dev.resolute.text.Paragraph.Kind;
import dev.resolute.text.Paragraph.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parse of one text: layout, markers, segmentation, then the model. Not thread-safe; the
 * {@link ResolutionParser} makes one per call.
 */
final class ParseRun {
  /**
   * An operative number: {@code 1.}, {@code 1,}, Arabic {@code 1 -} or, in some Arabic texts,
   * {@code 2 –} (an en dash); never a decimal a line opens with ({@code 1.6 billion people}).
   */
  private static final Pattern OPERATIVE_NUMBER = Pattern.compile("(\\d{1,3})(\\.|,|\\s*[-\u2013])(?!\\d)[ \\t\\u00a0]*(?=\\S|$)");
  /**
   * A number whose full stop the text dropped, a tab (spaces may come before it: Arabic {@code 71 \t}
   * where the dash is missing) or (before an operative lead) a space after it: taken only as the next
   * operative number.
   */
  private static final Pattern TAB_NUMBER = Pattern.compile("(\\d{1,3})(?:[ \u00a0]*\t[ \t\u00a0]*(?=\\S)|[ \u00a0]+(?=\\p{L}))");
  /** A number misread by OCR: {@code L.} or {@code i.} for {@code 1.}, {@code S.} for {@code 5.}. */
  private static final Pattern OCR_NUMBER = Pattern.compile("([0-9lLiOS]{1,3})[.,][ \\t\\u00a0]+(?=\\S)");
  /**
   * The subparagraph labels every language prints: {@code (a)}, {@code (ii)}, {@code (十一)},
   * {@code (1)}, {@code a)}, {@code 1)}, {@code a.}; each language's table adds its own ({@code subparagraph-labels}). One group a label,
   * the number.
   */
  static final String SUBPARAGRAPH_LABELS =
      "[(（](\\p{L}{1,4}|\\d{1,2})[)）][ \\t\\u00a0]*(?=\\S)|([a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\)[ \\t\\u00a0]+(?=\\S)|([a-z])\\.[ \\t\\u00a0]+(?=\\S)";
  /**
   * {@code A. Title}, {@code II<TAB>Title} (A/RES/75/253 B), {@code I Деятельность …} (a roman
   * numeral, a space and a capital), or a letter or roman numeral alone on its line (its title
   * follows). Labels written in words or other numerals are the language's {@code section-labels}.
   * {@link #mayOpenHeading} tells by a line's first two characters where it may match: the two
   * change together.
   */
  private static final Pattern HEADING = Pattern.compile("([A-Z]|[IVX]{1,5})(?:\\.[ \\t\\u00a0]+\\S.*|\\t[ \\t\\u00a0]*\\S.*|\\.?)"
      + "|([A-H]|[IVX]{1,5}) \\p{Lu}.*");
  private static final Pattern ANNEX_LABEL = Pattern.compile("[A-Z0-9一二三四五六七八九十]{1,4}");
  private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]+");
  private static final Pattern SYMBOL_IN_LINE = Pattern.compile("(?:^|\\s)((?:A|S|E)/[^\\s]+(?:\\s\\(\\d{4}\\))?)");
  private static final String TERMINAL = ",;.:!?،؛，；。：";
  /** The commas of the six languages' scripts: a sentence goes on after them. */
  private static final String COMMAS = ",，،";

  private final String input;
  private final Language language;
  private final LanguageTables tables;
  private final Layout layout;
  private final Markers markers;
  private final List<int[]> markerRanges = new ArrayList<>();
  private int formulaLine = -1;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final Kind[] lineKinds;
  private final java.util.Map<Paragraph, String> locations = new java.util.IdentityHashMap<>();
  private final List<Reference> allReferences = new ArrayList<>();
  private final AnyPattern coverLine;
  private final AnyPattern closingLine;
  private final AnyPattern adoptionStatement;

  ParseRun(String input, Language language) {
    this.input = input;
    this.language = language;
    this.tables = LanguageTables.of(language);
    this.layout = Layout.of(input);
    this.markers = new Markers(input, layout.notes, tables.markerStyle);
    this.lineKinds = new Kind[layout.lines.size()];
    this.coverLine = new AnyPattern(tables.cover);
    this.closingLine = new AnyPattern(tables.closing);
    this.adoptionStatement = new AnyPattern(tables.adoptionStatement);
  }

  ParseResult run() {
    for (Line line : layout.lines) {
      if (line.kind == Line.Kind.BODY) {
        markers.scan(line);
      }
    }
    markers.finish();
    for (Anchor anchor : markers.anchors) {
      markerRanges.add(new int[] {anchor.start(), anchor.end()});
    }
    markerRanges.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (Note note : markers.unanchored) {
      diagnostics.add(new Diagnostic(Severity.WARNING, note.markerStart, "footnote " + note.marker + " has no anchor"));
    }
    List<Line> body = new ArrayList<>();
    for (Line line : layout.lines) {
      if (line.kind == Line.Kind.BODY) {
        body.add(line);
      }
    }
    int formula = findFormula(body);
    Resolution.Builder resolution = Resolution.builder().language(language);
    Body bodyOfText = Body.OTHER;
    if (formula < 0) {
      diagnostics.add(new Diagnostic(Severity.WARNING, 0, "no enacting formula found"));
    } else {
      Line formulaLine = body.get(formula);
      this.formulaLine = formulaLine.index;
      bodyOfText = formulaBody(formulaLine.content(input));
      Paragraph p = new Paragraph(Kind.FORMULA, formulaLine, formulaLine.contentStart);
      paragraphs.add(p);
      resolution.enactingFormula(formulaLine.content(input));
    }
    CoverPage cover = readCover(body.subList(0, Math.max(formula, 0)), bodyOfText);
    segment(body.subList(formula + 1, body.size()));
    classifyUnnumbered();
    unlabelledHeadings();
    operativeIntroduction();
    for (Paragraph p : paragraphs) {
      for (Line line : p.lines) {
        lineKinds[line.index] = p.kind;
      }
    }
    Optional<DocumentSymbol> symbol = cover.symbol;
    Body formulaBody = bodyOfText;
    Body resolvedBody = symbol.map(DocumentSymbol::body)
        .filter(b -> b != Body.OTHER && (b != Body.GA || formulaBody == Body.OTHER || formulaBody == Body.GA))
        .orElse(formulaBody);
    symbol.ifPresent(resolution::symbol);
    resolution.body(resolvedBody);
    symbol.flatMap(s -> s.session().filter(x -> !x.matches("[IVXLC]+")).or(() -> s.year().isPresent()
            && s.body() != Body.SC ? Optional.of(String.valueOf(s.year().getAsInt())) : Optional.empty()))
        .ifPresent(resolution::session);
    cover.title.ifPresent(resolution::title);
    cover.agendaItem.ifPresent(resolution::agendaItem);
    cover.issueDate.ifPresent(resolution::issueDate);
    Optional<LocalDate> adoption = cover.adoptionDate.or(this::closingDate);
    adoption.ifPresent(resolution::adoptionDate);
    buildClauses(resolution);
    citations(resolution, symbol, resolvedBody);
    java.util.Set<String> markersSeen = new java.util.HashSet<>();
    for (Note note : layout.notes) {
      if (markersSeen.add(note.marker)) {
        resolution.addFootnotes(footnote(note));
      } else {
        diagnostics.add(new Diagnostic(Severity.WARNING, note.markerStart, "footnote " + note.marker + " defined twice; the second is kept as text only"));
      }
    }
    Resolution built;
    try {
      built = resolution.build();
    } catch (dev.resolute.model.InvalidValueException e) {
      // the text read as something the model refuses: say so, where, and keep what is certain
      diagnostics.add(new Diagnostic(Severity.ERROR, 0, "the text does not make a valid resolution: " + e.getMessage()));
      built = Resolution.builder().language(language).body(resolvedBody).build();
    }
    return new ParseResult(input, built, diagnostics, regions());
  }

  // ---------------------------------------------------------------- formula and cover page

  /**
   * The enacting formula: the first line that is a formula of the language. Where that line lacks
   * the formula's comma and a later one of the same body has it, the first was the cover page
   * naming the body ("Экономический и Социальный Совет") and the later one is the formula.
   */
  private int findFormula(List<Line> body) {
    int first = -1;
    Body firstBody = null;
    boolean titleSeen = false;
    for (int i = 0; i < body.size(); i++) {
      Line line = body.get(i);
      if (!titleSeen && i < 40 && opensWithNumber(line) && ownNumber(line.content(input)).isPresent()) {
        titleSeen = true;
      }
      if (line.contentEnd - line.contentStart >= 80 || !Character.isLetter(input.charAt(line.contentStart))) {
        continue;
      }
      Optional<LanguageTables.Formula> formula = formulaOf(line.content(input));
      if (formula.isEmpty()) {
        continue;
      }
      boolean comma = COMMAS.indexOf(input.charAt(line.contentEnd - 1)) >= 0;
      if (!comma && !titleSeen && i + 1 < body.size() && coverGoesOn(body.get(i + 1).content(input))) {
        continue; // a cover page names the body, then goes on with its distribution, date, session
      }
      if (first < 0) {
        if (comma) {
          return i;
        }
        first = i;
        firstBody = formula.get().body();
      } else if (comma && (formula.get().body() == firstBody || i == first + 1)) {
        // the body named alone, then a formula of another right below it: the first was a title
        // ("Экономический и Социальный Совет⏎Генеральная Ассамблея,", A/RES/75/290 A)
        return i;
      }
    }
    return first;
  }

  /**
   * Whether a line opens with a digit, or with a special session's prefix and a digit
   * ({@code S-32/1.}, {@code ES-11/1.}): where a resolution's own number may stand before its title.
   */
  private boolean opensWithNumber(Line line) {
    int i = line.contentStart;
    if (input.startsWith("ES-", i)) {
      i += 3;
    } else if (input.startsWith("S-", i)) {
      i += 2;
    }
    return i < line.contentEnd && Character.isDigit(input.charAt(i));
  }

  /**
   * Whether a line after a body's name goes on with a cover page. A line that ends with a colon
   * introduces what follows ("建议大会通过以下决议草案：", recommends to the Assembly the adoption
   * of the following draft resolution) and so follows an enacting formula, whatever cover words
   * it holds.
   */
  private boolean coverGoesOn(String next) {
    String line = next.strip();
    return !line.isEmpty() && ":：".indexOf(line.charAt(line.length() - 1)) < 0 && coverLine.matches(line);
  }

  private Optional<LanguageTables.Formula> formulaOf(String content) {
    // a formula opens with the first letter of one of the table's: most lines are turned away
    // here, before they are normalized
    int first = 0;
    while (first < content.length() && isFormulaSkipped(content.charAt(first))) {
      first++;
    }
    if (first == content.length() || tables.formulaInitials.indexOf(Character.toLowerCase(content.charAt(first))) < 0) {
      return Optional.empty();
    }
    for (LanguageTables.Formula formula : tables.formulas) {
      if (isFormula(content, first, formula.normalized())) {
        return Optional.of(formula);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line, from its first character that counts, is the formula {@code normalized}
   * ({@link #normalizeFormula} of it) and nothing else: compared character by character as
   * {@link #formulaChar} reads them, without making the line's normalized copy (most lines that open
   * with a formula's letter differ from it in a few characters).
   */
  private static boolean isFormula(String content, int from, String normalized) {
    int k = 0;
    int i = from;
    for (; i < content.length() && k < normalized.length(); i++) {
      char c = formulaChar(content.charAt(i));
      if (c == 0) {
        continue;
      }
      if (c != normalized.charAt(k)) {
        return false;
      }
      k++;
    }
    if (k < normalized.length()) {
      return false;
    }
    // past the formula: nothing, or its closing comma or colon, counts
    boolean closed = false;
    for (; i < content.length(); i++) {
      char c = formulaChar(content.charAt(i));
      if (c == 0) {
        continue;
      }
      if (closed || !closesFormula(c)) {
        return false;
      }
      closed = true;
    }
    return true;
  }

  private Body formulaBody(String content) {
    return formulaOf(content).map(LanguageTables.Formula::body).orElse(Body.OTHER);
  }

  /**
   * A formula as compared: without spaces, Arabic marks ({@link Scripts#isArabicMark}) and its
   * closing comma or colon, lower-cased, with one apostrophe. One pass over the
   * characters: the parser asks it of every short line.
   */
  static String normalizeFormula(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = formulaChar(text.charAt(i));
      if (c != 0) {
        out.append(c);
      }
    }
    int last = out.length() - 1;
    if (last >= 0 && closesFormula(out.charAt(last))) {
      out.setLength(last);
    }
    return out.toString();
  }

  /**
   * A character of a formula as compared: 0 where it is passed over (white space, Arabic marks),
   * otherwise lower-cased, the typographic apostrophe as the straight one.
   */
  private static char formulaChar(char c) {
    if (isFormulaSkipped(c)) {
      return 0;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }

  /** The comma (of any script) or colon that closes a formula. */
  private static boolean closesFormula(char c) {
    return COMMAS.indexOf(c) >= 0 || c == ':';
  }

  /** The characters a formula is compared without: white space and Arabic marks. */
  private static boolean isFormulaSkipped(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || Scripts.isArabicMark(c);
  }

  /** What the cover page says. */
  private static final class CoverPage {
    Optional<DocumentSymbol> symbol = Optional.empty();
    Optional<String> title = Optional.empty();
    Optional<String> agendaItem = Optional.empty();
    Optional<LocalDate> issueDate = Optional.empty();
    Optional<LocalDate> adoptionDate = Optional.empty();
  }

  private CoverPage readCover(List<Line> lines, Body bodyOfText) {
    CoverPage cover = new CoverPage();
    int titleFrom = lines.size();
    Line numbered = null;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String content = lines.get(i).content(input);
      if (ownNumber(content).isPresent() && LanguageTables.findAny(tables.resolutionNumber, content)
          .filter(m -> NamedGroups.group(m, "s") != null).isPresent()) {
        numbered = lines.get(i);
        titleFrom = i;
        break;
      }
      if (coverLine.matches(content)) {
        break;
      }
      titleFrom = i;
    }
    StringBuilder coverText = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean isTitle = i >= titleFrom;
      Paragraph p = new Paragraph(isTitle ? Kind.TITLE : Kind.COVER, line, line.contentStart);
      paragraphs.add(p);
      if (!isTitle) {
        coverText.append(line.content(input)).append('\n');
      }
    }
    if (titleFrom < lines.size()) {
      TextJoiner title = new TextJoiner(input, tables.compounds);
      for (int i = titleFrom; i < lines.size(); i++) {
        Line line = lines.get(i);
        int from = line.contentStart;
        if (line == numbered) {
          Matcher m = LanguageTables.findAny(tables.resolutionNumber, line.content(input)).orElseThrow();
          from += m.end();
        }
        title.append(from, line.contentEnd, markersWithin(line.contentStart, line.contentEnd)).lineBreak();
      }
      if (!title.isEmpty()) {
        cover.title = Optional.of(title.toString());
      }
    }
    String text = coverText.toString();
    cover.symbol = ownSymbol(text, lines, numbered, bodyOfText);
    cover.agendaItem = LanguageTables.findAny(tables.agenda, text).map(m -> m.group("item").strip());
    String flat = text.replace('\n', ' ');
    cover.adoptionDate = adoptionDate(flat, text);
    for (String line : text.split("\n")) {
      Optional<LocalDate> date = tables.findDate(line);
      if (date.isPresent() && line.strip().length() <= 30 && !date.equals(cover.adoptionDate)) {
        cover.issueDate = date;
        break;
      }
    }
    return cover;
  }

  /**
   * The date of the language's first {@code adoption} pattern that finds one, over the cover as one
   * line ("Adopted by the Security Council at its 9643rd meeting, on⏎31 May 2024") or over one of its
   * lines ("of 21 April 1973" under "Resolution 332 (1973)", as volumes of resolutions print it).
   */
  private Optional<LocalDate> adoptionDate(String flat, String coverText) {
    String[] lines = coverText.split("\n");
    for (java.util.regex.Pattern pattern : tables.adoption) {
      Matcher m = pattern.matcher(flat);
      if (m.find()) {
        return tables.findDate(m.group("date"));
      }
      for (String line : lines) {
        m = pattern.matcher(line.strip());
        if (m.find()) {
          return tables.findDate(m.group("date"));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<DocumentSymbol> ownSymbol(String coverText, List<Line> coverLines, Line numbered, Body bodyOfText) {
    if (layout.headerSymbol != null) {
      return DocumentSymbol.tryParse(layout.headerSymbol);
    }
    Matcher inLine = SYMBOL_IN_LINE.matcher(coverText);
    while (inLine.find()) {
      Optional<DocumentSymbol> symbol = DocumentSymbol.tryParse(inLine.group(1));
      if (symbol.isPresent()) {
        return symbol;
      }
    }
    Optional<Matcher> number = LanguageTables.findAny(tables.resolutionNumber, coverText);
    if (number.isPresent() && NamedGroups.group(number.get(), "n") != null && NamedGroups.group(number.get(), "y") != null) {
      return DocumentSymbol.tryParse("S/RES/" + number.get().group("n") + "(" + number.get().group("y") + ")");
    }
    if (numbered != null) {
      String s = ownNumber(numbered.content(input)).orElseThrow();
      String prefix = bodyOfText == Body.HRC ? "A/HRC/RES/" : bodyOfText == Body.ECOSOC ? "E/RES/" : "A/RES/";
      return DocumentSymbol.tryParse(prefix + s);
    }
    return Optional.empty();
  }

  /**
   * A number with a dash glued to the word after it ("30-е пленарное заседание", the 30th plenary
   * meeting) is an ordinal, not an operative number; those are followed by a space or a tab
   * ("1 -<TAB>…", "2 –<TAB>…").
   */
  private static boolean dashGluedToWord(Matcher number, String content) {
    String separator = number.group(2);
    return (separator.endsWith("-") || separator.endsWith("\u2013")) && number.end() == number.end(2)
        && number.end() < content.length() && Character.isLetter(content.charAt(number.end()));
  }

  private Optional<String> ownNumber(String content) {
    return LanguageTables.findAny(tables.resolutionNumber, content)
        .map(m -> NamedGroups.group(m, "s"))
        .filter(s -> s != null);
  }

  private Optional<LocalDate> closingDate() {
    for (Paragraph p : paragraphs) {
      if (p.kind == Kind.CLOSING) {
        Optional<LocalDate> date = tables.findDate(text(p.start(), p.end()));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- segmentation

  private void segment(List<Line> lines) {
    Paragraph current = null;
    Line previous = null;
    int lastOperative = 0;
    boolean operativeSeen = false;
    boolean inAnnex = false;
    boolean closing = false;
    boolean quoted = false;
    Matcher number = OPERATIVE_NUMBER.matcher("");
    Matcher tabNumber = TAB_NUMBER.matcher("");
    Matcher sub = tables.subparagraph.matcher("");
    Matcher ocr = OCR_NUMBER.matcher("");
    for (int k = 0; k < lines.size(); k++) {
      Line line = lines.get(k);
      String content = line.content(input);
      // a section label opening the line, looked for once: the page-break, number and heading rules ask
      String label = headingLabel(content);
      boolean separated = previous == null || line.index > previous.index + 1
          && !runsOnAcrossPage(previous, line, content, label != null, current);
      boolean previousTerminal = previous != null && endsTerminal(previous);
      boolean blankBreak = previous != null && line.index > previous.index + 1 && onlyBlankBetween(previous, line);
      boolean mayStart = separated || previousTerminal || current == null;
      Paragraph started = null;
      if (!quoted && !inAnnex && !closing && current != null && (current.kind == Kind.OPERATIVE || current.kind == Kind.SUBPARAGRAPH)
          && current.lines.size() == 1 && current.textStart >= current.lines.get(0).contentEnd
          && !OPERATIVE_NUMBER.matcher(content).lookingAt() && !tables.subparagraph.matcher(content).lookingAt()
          && label == null) {
        // "1." alone on its line (E/RES/2021/25 in Chinese): the paragraph's text follows
        current.lines.add(line);
        previous = line;
        continue;
      }
      // a part's letter heading ("B") right before a formula: the next resolution of a collection
      // whose text lost the closing lines between them (A/RES/75/101 A-B in Arabic)
      boolean partHeading = current != null && current.kind == Kind.HEADING && current.number != null
          && current.number.length() == 1 && Character.isUpperCase(current.number.charAt(0));
      Optional<LanguageTables.Formula> quotedFormula;
      if (!quoted && !inAnnex && !closing && !partHeading && separated && current != null && content.length() < 80
          && (quotedFormula = formulaOf(content)).isPresent()) {
        // a second enacting formula opens a draft the text quotes ("adoption of the following draft
        // resolution:"): it belongs to the paragraph that introduces it
        quoted = true;
        current.quotedFormula = current.lines.size();
        current.quotedBody = quotedFormula.get().body();
      }
      if (quoted && !(separated && isAnnexHeading(content))) {
        current.lines.add(line);
        previous = line;
        continue;
      }
      if (inAnnex) {
        if (separated && isAnnexHeading(content)) {
          started = new Paragraph(Kind.ANNEX_HEADING, line, line.contentStart);
        } else if (current == null || current.kind == Kind.ANNEX_HEADING) {
          started = new Paragraph(Kind.ANNEX, line, line.contentStart);
        }
      } else if (separated && isAnnexHeading(content)) {
        started = new Paragraph(Kind.ANNEX_HEADING, line, line.contentStart);
        inAnnex = true;
      } else if ((closing || partHeading) && separated && content.length() < 80 && formulaOf(content).isPresent()) {
        // the next resolution of a collection ("75/101 A-B": part B after part A's meeting and date):
        // the lines since the closing are its heading, then its own formula, preamble and numbering
        if (closing) {
          partHeadingSinceClosing();
        }
        started = new Paragraph(Kind.FORMULA, line, line.contentStart);
        closing = false;
        operativeSeen = false;
        lastOperative = 0;
      } else if (closing) {
        started = separated ? new Paragraph(Kind.CLOSING, line, line.contentStart) : null;
      } else {
        // the next number written otherwise: its full stop dropped, a tab after it ("3<TAB>Calls
        // upon", A/RES/75/68), or misread by OCR ("l." for "1.")
        int readTo = -1;
        String note = null;
        // each matcher is set to the line only where it is asked (resetting one clears all its groups)
        if (separated && !number.reset(content).lookingAt()) {
          if (tabNumber.reset(content).lookingAt() && Integer.parseInt(tabNumber.group(1)) == lastOperative + 1
              // after a space only where an operative lead follows: "10 Rappelle que …" (A/RES/75/197)
              && (tabAfterNumber(tabNumber, content)
                  || tables.operativeLeads.longestPrefix(content.substring(tabNumber.end())) > 0)) {
            readTo = tabNumber.end();
            note = "read \"" + tabNumber.group(1) + "\" without its full stop as operative paragraph ";
          } else if (ocr.reset(content).lookingAt() && ocrNumber(ocr.group(1)) == lastOperative + 1) {
            readTo = ocr.end();
            note = "read \"" + ocr.group(1) + "\" as operative paragraph ";
          }
        }
        if (readTo >= 0) {
          diagnostics.add(new Diagnostic(Severity.INFO, line.contentStart, note + (lastOperative + 1)));
          started = new Paragraph(Kind.OPERATIVE, line, line.contentStart + readTo);
          started.number = String.valueOf(lastOperative + 1);
          lastOperative++;
          operativeSeen = true;
        } else if (mayStart && number.reset(content).lookingAt() && !dashGluedToWord(number, content)
            && plausibleNumber(Integer.parseInt(number.group(1)), lastOperative, separated, current != null
                && (current.kind == Kind.HEADING || operativeSeen && current.kind == Kind.PREAMBULAR))
            // "4," for "4." is an OCR slip, taken only where the number is the next one after a break
            && (!number.group(2).equals(",") || Integer.parseInt(number.group(1)) == lastOperative + 1)) {
          int n = Integer.parseInt(number.group(1));
          if (n > lastOperative + 1) {
            diagnostics.add(new Diagnostic(Severity.WARNING, line.contentStart,
                (n - lastOperative == 2 ? "operative paragraph " + (lastOperative + 1) : "operative paragraphs " + (lastOperative + 1) + " to " + (n - 1)) + " missing"));
          }
          started = new Paragraph(Kind.OPERATIVE, line, line.contentStart + number.end());
          started.number = number.group(1);
          lastOperative = n;
          operativeSeen = true;
        } else if (mayStart && sub.reset(content).lookingAt() && (operativeSeen || current != null
            && (current.kind == Kind.SUBPARAGRAPH || current.kind == Kind.PREAMBULAR && introducesOperativeList(current)))) {
          if (current.kind == Kind.PREAMBULAR) {
            // "Urges all countries …:" and its list: the operative part has begun, unnumbered
            current.kind = Kind.OPERATIVE;
            operativeSeen = true;
          }
          started = new Paragraph(Kind.SUBPARAGRAPH, line, line.contentStart + sub.end());
          started.number = subparagraphNumber(sub);
        } else if (separated && content.length() < 500 && label != null
            && !endsTerminal(line)) {
          started = new Paragraph(Kind.HEADING, line, line.contentStart);
          started.number = label;
        } else if (separated && current != null && (current.kind == Kind.HEADING || operativeSeen
            && (current.kind == Kind.PREAMBULAR || previousTerminal && !quoted)) && opensPartPreamble(content)) {
          // a part's own preamble under the part's heading (A/RES/75/245 B, E/RES/2021/13 B):
          // "Recalling …," after the operative paragraphs of the part before
          started = new Paragraph(Kind.PREAMBULAR, line, line.contentStart);
        } else if ((separated || line.indent() > 0) && current != null
            && (endsSentence(previous) && closingLine.matches(content)
                // the statement of the adoption after a blank line, where the paragraph before lost
                // its full stop ("… from Lebanese territory⏎⏎Adopted at the 1551st meeting", S/RES/285 (1970))
                || blankBreak && Character.isUpperCase(content.charAt(0)) && adoptionStatement.matches(content))
            // a full stop inside an open parenthesis ("… Treaty Series, vol.⏎[page]989, No. 14458), and
            // the record of the meeting") ends no sentence: the line goes on, whatever it resembles
            && Line.parenthesesOpen(input, current.lines, current.textStart) <= 0) {
          // closing lines ("41st plenary meeting") after a full stop, also where no paragraph is
          // numbered: unnumbered paragraphs are read as operative only after the whole text (A/RES/75/101 A)
          started = new Paragraph(Kind.CLOSING, line, line.contentStart);
          closing = true;
        } else if (operativeSeen && separated && previousTerminal && content.length() < 150 && !endsTerminal(line)
            && Character.isLetter(content.charAt(0)) && k + 1 < lines.size() && lines.get(k + 1).index > line.index + 1
            && (opensNumberedOrLed(lines.get(k + 1).content(input))
                || headingLabel(lines.get(k + 1).content(input).strip()) != null)
            && !closingLine.matches(content)) {
          // a short line standing alone between the operative paragraphs, without a clause's
          // punctuation, before a numbered paragraph or one with a lead, is a heading without a label
          // ("汇率和通货膨胀率变动的影响", A/RES/75/253 A); a table's cells are none (A/RES/75/254)
          started = new Paragraph(Kind.HEADING, line, line.contentStart);
          started.number = "";
        } else if (mayStart && (separated || line.indent() > 0) && previousTerminal
            && startsParagraph(content, separated, blankBreak && !tables.subparagraph.matcher(content).lookingAt()
                && lastBeforeMarkers(previous.contentStart, previous.contentEnd) != ':')
            // a paragraph whose punctuation the text lost ("…психического здоровья", A/RES/75/157 in
            // Russian) still ends where a blank line and a preambular lead come, or a page break and
            // a preambular lead indented as a paragraph opens ("… développement durable⏎[page]⏎
            // Réaffirmant également", A/RES/75/316 as PDF text)
            || (blankBreak || separated && line.indent() > 0) && !operativeSeen && current != null
                && current.kind == Kind.PREAMBULAR && opensPartPreamble(content)
            || current == null) {
          boolean isClosing = (operativeSeen || current != null && current.kind == Kind.OPERATIVE)
              && closingLine.matches(content);
          if (!isClosing && !operativeSeen && current != null && current.kind == Kind.HEADING
              && !(separated && opensPartPreamble(content))) {
            // text under a heading before its first numbered paragraph belongs to the heading
            current.lines.add(line);
            previous = line;
            continue;
          }
          started = new Paragraph(isClosing ? Kind.CLOSING : operativeSeen ? Kind.OPERATIVE : Kind.PREAMBULAR, line, line.contentStart);
          if (isClosing) {
            closing = true;
          } else if (operativeSeen && current.kind == Kind.PREAMBULAR && opensPartPreamble(content)) {
            started.kind = Kind.PREAMBULAR; // the next paragraph of a part's own preamble
          } else if (operativeSeen && !(lastOperative == 0 && separated && opensOperativeLead(content))) {
            // an unnumbered paragraph inside the operative part continues the previous paragraph; but
            // where no paragraph is numbered, one with an operative lead after a blank line is the
            // next ("Calls upon the Governments concerned:", its list, then "Instructs the
            // committee …", S/RES/66 (1948))
            started = null;
          }
        }
      }
      if (started != null) {
        paragraphs.add(started);
        current = started;
      } else if (current != null) {
        current.lines.add(line);
      }
      previous = line;
    }
  }

  private static int ocrNumber(String token) {
    StringBuilder digits = new StringBuilder();
    for (char c : token.toCharArray()) {
      digits.append(c == 'l' || c == 'L' || c == 'i' ? '1' : c == 'O' ? '0' : c == 'S' ? '5' : c);
    }
    return Integer.parseInt(digits.toString());
  }

  /** A number continues the sequence; a restart at 1 follows a heading or a separation. */
  private static boolean plausibleNumber(int n, int last, boolean separated, boolean afterHeading) {
    return n == last + 1 || n > last && n <= last + 3 && separated || n == 1 && afterHeading;
  }

  /**
   * Across a page break, a paragraph runs on unless the next page's first line opens one: a lead
   * phrase, a number, a heading or a subparagraph. Blank lines say nothing there (a PDF extractor
   * puts them around every footer and footnote block), nor does a comma at the page's last line:
   * "(Naciones Unidas,⏎[page break]⏎Treaty Series, vol. 2868" is one paragraph.
   */
  private boolean runsOnAcrossPage(Line previous, Line line, String content, boolean labelled, Paragraph current) {
    boolean pageBreak = false;
    for (int i = previous.index + 1; i < line.index; i++) {
      Line.Kind kind = layout.lines.get(i).kind;
      pageBreak |= kind == Line.Kind.FURNITURE || kind == Line.Kind.RULE;
    }
    if (!pageBreak) {
      return false;
    }
    // what a page's first line opens, asked once: a number or subparagraph, or a bracket
    boolean numberOrSubparagraph = Character.isDigit(content.charAt(0)) || tables.subparagraph.matcher(content).lookingAt();
    boolean opensItem = numberOrSubparagraph || content.charAt(0) == '(';
    if (current != null && current.lines.get(0).indent() > 0 && line.indent() == 0
        && (current.lines.size() == 1 || previous.indent() == 0) && !numberOrSubparagraph && !labelled) {
      // the layout indents a paragraph's first line only: a line flush left at the top of a page
      // goes on with the paragraph, whatever word opens it ("特别是影响到穷人…", A/RES/75/151)
      return true;
    }
    if (current != null && current.lines.size() > 1 && current.lines.get(0).indent() > 0
        && previous.indent() == 0 && line.indent() == current.lines.get(0).indent() && endsTerminal(previous)) {
      // and a line indented as paragraphs open, after a clause's punctuation, opens the next one
      // (" 根据《联合国宪章》第七章采取行动，" at a page top, S/RES/2554 (2020))
      return false;
    }
    if (opensItem || labelled) {
      return false;
    }
    if (current != null && current.kind == Kind.OPERATIVE
        && COMMAS.indexOf(lastBeforeMarkers(previous.contentStart, previous.contentEnd)) >= 0) {
      // an operative paragraph's sentence that a comma leaves open goes on at the next page top,
      // whatever word comes ("27. особо отмечает …,⏎[page]⏎подтверждая при этом, что …",
      // A/RES/75/322 as PDF text: a participle, not a part's preamble; "27. 认识到…，⏎[page]⏎强调指出…",
      // A/RES/75/227)
      return true;
    }
    // a lead's words in lower case at a page top, where paragraphs open with a capital, go on with
    // the sentence ("1. Stresses the importance of … operations,⏎[page break]⏎recognizes the crucial
    // role …", S/RES/2518 (2020)); otherwise a line with no lead goes on
    boolean lowerInCapitalized = Character.isLowerCase(content.charAt(0)) && !tables.leadsInLowerCase;
    return lowerInCapitalized
        || tables.preambularLeads.longestPrefix(content) == 0 && tables.operativeLeads.longestPrefix(content) == 0;
  }

  private boolean startsParagraph(String content, boolean separated, boolean blankBreak) {
    char first = content.charAt(0);
    if ("《“「‘\"".indexOf(first) >= 0 && content.length() > 1 && Character.isLetter(content.charAt(1))) {
      first = content.charAt(1); // "《马里和平与和解协议》的执行": a title opens with its quotation mark
    }
    boolean lead = tables.preambularLeads.longestPrefix(content) > 0 || tables.operativeLeads.longestPrefix(content) > 0;
    if (Character.isUpperCase(first) || !Character.isLowerCase(first) && Character.isLetter(first)) {
      return separated || lead;
    }
    // languages whose paragraphs open in lower case (Russian) are known by their lead phrases, or
    // by a blank line alone after a clause's punctuation (not a list's colon), where no page or note
    // block cut the text ("назначает …", a lead no table holds, A/RES/75/286)
    return Character.isLowerCase(first) && separated && (lead && tables.leadsInLowerCase || blankBreak);
  }

  /** {@code 3<TAB>}, not {@code 3 }: the form of {@link #TAB_NUMBER} the matcher found. */
  private static boolean tabAfterNumber(Matcher tabNumber, String content) {
    return content.charAt(tabNumber.group(1).length()) == '\t';
  }

  /** A line that opens a numbered paragraph ("6.", "3<TAB>") or one with a lead phrase. */
  private boolean opensNumberedOrLed(String content) {
    Matcher tab = TAB_NUMBER.matcher(content);
    return OPERATIVE_NUMBER.matcher(content).lookingAt()
        || tab.lookingAt() && tabAfterNumber(tab, content)
        || tables.preambularLeads.longestPrefix(content) > 0 || tables.operativeLeads.longestPrefix(content) > 0;
  }

  /** Only blank lines between two body lines: no page furniture, rule or footnote block. */
  private boolean onlyBlankBetween(Line previous, Line line) {
    for (int i = previous.index + 1; i < line.index; i++) {
      if (layout.lines.get(i).kind != Line.Kind.BLANK) {
        return false;
      }
    }
    return true;
  }

  private boolean isAnnexHeading(String content) {
    String s = content.strip();
    for (String word : tables.annexWords) {
      if (s.equalsIgnoreCase(word) || s.regionMatches(true, 0, word + " ", 0, word.length() + 1)
          && s.length() <= word.length() + 8 && !s.endsWith(",") && !s.endsWith(";")
          // "附件A", "附件二": a label glued to the word in a script without spaces
          || s.startsWith(word) && ANNEX_LABEL.matcher(s.substring(word.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The last character of a line's text (footnote markers aside) closes a clause. */
  private boolean endsTerminal(Line line) {
    return TERMINAL.indexOf(lastBeforeMarkers(line.contentStart, line.contentEnd)) >= 0;
  }

  /**
   * Whether a line ends a sentence: its last character (footnote markers left out) a full stop, or
   * the quotation marks or brackets that close after one ({@code paragraph.”}).
   */
  private boolean endsSentence(Line line) {
    int end = endBeforeMarkers(line.contentStart, line.contentEnd);
    while (end > line.contentStart && tables.markerStyle.closes(input.charAt(end - 1))) {
      end--;
    }
    return end > line.contentStart && ".。".indexOf(input.charAt(end - 1)) >= 0;
  }

  /**
   * The last character of a text before the footnote markers (and spaces) that end it, or a space
   * where there is none: the comma of "…的说明，1" that makes a paragraph preambular, the full stop
   * that ends a line's clause.
   */
  private char lastBeforeMarkers(int start, int end) {
    int last = endBeforeMarkers(start, end);
    return last > start ? input.charAt(last - 1) : ' ';
  }

  /** Where the text from {@code start} to {@code end} ends, footnote markers and spaces at its end left out. */
  private int endBeforeMarkers(int start, int end) {
    List<int[]> markers = markersWithin(start, end);
    for (int k = markers.size() - 1; k >= 0; k--) {
      int e = end;
      while (e > start && Line.isSpace(input.charAt(e - 1))) {
        e--;
      }
      if (markers.get(k)[1] != e) {
        break;
      }
      end = markers.get(k)[0];
    }
    while (end > start && Line.isSpace(input.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * The marker ranges that start within [start, end): the first found by binary search, the rest
   * read on from it (a line holds a marker or two at most, and most lines none).
   */
  private List<int[]> markersWithin(int start, int end) {
    int lo = firstMarkerAtOrAfter(start);
    int hi = lo;
    while (hi < markerRanges.size() && markerRanges.get(hi)[0] < end) {
      hi++;
    }
    return hi == lo ? List.of() : markerRanges.subList(lo, hi);
  }

  private int firstMarkerAtOrAfter(int position) {
    int lo = 0;
    int hi = markerRanges.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (markerRanges.get(mid)[0] < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether {@link #HEADING} may match, by the line's first two characters: a capital, then its
   * end, a full stop, a tab, a space, or a roman numeral after a roman numeral. Most lines are
   * turned away here, before a matcher is made.
   */
  private static boolean mayOpenHeading(String content) {
    if (content.isEmpty() || content.charAt(0) < 'A' || content.charAt(0) > 'Z') {
      return false;
    }
    if (content.length() == 1) {
      return true;
    }
    char second = content.charAt(1);
    return second == '.' || second == '\t' || second == ' ' || isRomanDigit(content.charAt(0)) && isRomanDigit(second);
  }

  private static boolean isRomanDigit(char c) {
    return c == 'I' || c == 'V' || c == 'X';
  }

  /** The label of a section heading that opens the line ("A", "II", "一", "أولا"), or null. */
  private String headingLabel(String content) {
    Matcher m = mayOpenHeading(content) ? HEADING.matcher(content) : null;
    if (m != null && m.matches()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    for (String word : tables.sectionLabels) {
      if (content.startsWith(word) && (content.length() == word.length()
          || content.charAt(word.length()) == '\t' || content.charAt(word.length()) == ' '
          || content.charAt(word.length()) == '\u00a0')) {
        return word;
      }
    }
    return null;
  }

  /**
   * An unnumbered paragraph that opens with an operative lead and ends with a colon, so that its
   * "(a)", "(b)" are its subparagraphs ("Urges all countries …:", A/RES/75/101 A).
   */
  private boolean introducesOperativeList(Paragraph p) {
    return lastBeforeMarkers(p.textStart, p.end()) == ':' && opensOperativeLead(text(p.textStart, p.end()));
  }

  /**
   * The closing paragraphs since the last line that is a closing (meeting, date) become one heading:
   * the letter and title of the next part of a collection ("B⏎United Nations global communications
   * policies and activities").
   */
  private void partHeadingSinceClosing() {
    int first = paragraphs.size();
    while (first > 0 && paragraphs.get(first - 1).kind == Kind.CLOSING
        && !closingLine.matches(paragraphs.get(first - 1).lines.get(0).content(input))) {
      first--;
    }
    if (first == paragraphs.size()) {
      return;
    }
    Paragraph heading = paragraphs.get(first);
    heading.kind = Kind.HEADING;
    String label = headingLabel(heading.lines.get(0).content(input).strip());
    heading.number = label != null ? label : "";
    List<Paragraph> rest = paragraphs.subList(first + 1, paragraphs.size());
    for (Paragraph p : rest) {
      heading.lines.addAll(p.lines);
    }
    rest.clear();
  }

  /** Whether a text opens with an operative lead longer than any preambular one it opens with. */
  private boolean opensOperativeLead(String content) {
    return tables.operativeLeads.longestPrefix(content) > tables.preambularLeads.longestPrefix(content);
  }

  /**
   * Opens with a preambular lead phrase at least as long as any operative one: "Recalling", not
   * "Recalls". (A few participles stand in both tables, from operative paragraphs that open with
   * one; where this is asked, under a heading or after a preambular paragraph, the preamble wins.)
   */
  private boolean opensPartPreamble(String content) {
    int preambular = tables.preambularLeads.longestPrefix(content);
    return preambular > 0 && preambular >= tables.operativeLeads.longestPrefix(content);
  }

  /**
   * An unnumbered paragraph right before the first numbered one (headings aside) that opens with an
   * operative lead and ends with a colon ("Resolves that:", "Adopts the following declaration:", A/RES/75/256,
   * 75/1) opens the operative part: it is an unnumbered operative paragraph, not a preambular one.
   */
  private void operativeIntroduction() {
    for (int i = 1; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).kind == Kind.OPERATIVE) {
        int before = i - 1;
        while (before > 0 && paragraphs.get(before).kind == Kind.HEADING) {
          before--; // the title of what is adopted: "Adopts the following declaration:⏎Declaration on …"
        }
        Paragraph p = paragraphs.get(before);
        if (p.kind == Kind.PREAMBULAR && paragraphs.get(i).number != null) {
          String text = text(p.textStart, p.end()).strip();
          int operative = tables.operativeLeads.longestPrefix(text);
          int preambular = tables.preambularLeads.longestPrefix(text);
          // "正式决定：" (Resolves that:, A/RES/75/256): an operative lead, or none where no preambular one opens it
          if ((text.endsWith(":") || text.endsWith("：")) && (operative > preambular || preambular == 0)) {
            p.kind = Kind.OPERATIVE;
          }
        }
        return;
      }
    }
  }

  /**
   * A short unnumbered paragraph that ends without a clause's punctuation, right before a numbered
   * paragraph, is a heading without a label ("Taking stock: reviewing the implementation…").
   */
  private void unlabelledHeadings() {
    for (int i = 0; i + 1 < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      Paragraph next = paragraphs.get(i + 1);
      if (p.kind == Kind.PREAMBULAR && next.kind == Kind.OPERATIVE && next.number != null && !endsTerminal(p.last())) {
        // a page break joined the heading to the preamble's last paragraph ("根据《联合国宪章》第七章采取
        // 行动，⏎[page]⏎防止非法出口石油…", S/RES/2509 (2020)): the lines after its last clause's
        // punctuation are the heading
        int split = p.lines.size() - 1;
        while (split > 0 && !endsTerminal(p.lines.get(split - 1))) {
          split--;
        }
        if (split > 0) {
          Paragraph heading = new Paragraph(Kind.HEADING, p.lines.get(split), p.lines.get(split).contentStart);
          heading.lines.addAll(p.lines.subList(split + 1, p.lines.size()));
          p.lines.subList(split, p.lines.size()).clear();
          heading.number = "";
          if (heading.end() - heading.start() < 200) {
            paragraphs.add(i + 1, heading);
          } else {
            p.lines.addAll(heading.lines); // no heading is that long: the paragraph as it was
          }
        } else if (p.end() - p.start() < 200 && !preambularClauseWithoutComma(p)) {
          p.kind = Kind.HEADING;
          p.number = "";
        }
      }
    }
  }

  /**
   * Whether a paragraph opens with a preambular lead of the table and runs on as a clause (120
   * characters or more): then it is the preamble's last paragraph whose comma the text dropped
   * ("Underscoring that Member States are obligated … to accept and carry out the Council’s
   * decisions", S/RES/2504 (2020)), not a heading. Short titles may open with a lead's word
   * ("Reporting", "纪念联合国成立七十五周年宣言", "Taking stock: reviewing the implementation of the outcomes
   * of the World Summit on the Information Society", 103 characters) and stay headings.
   */
  private boolean preambularClauseWithoutComma(Paragraph p) {
    if (p.end() - p.textStart < 120) {
      return false;
    }
    return tables.preambularLeads.longestPrefix(text(p.textStart, p.end())) > 0;
  }

  /**
   * Where no paragraph is numbered, the paragraphs after the preamble that close with a full stop,
   * or open with an operative lead longer than any preambular one, are operative.
   */
  private void classifyUnnumbered() {
    // each resolution of a collection on its own: a part's formula opens the next one
    int from = 0;
    for (int i = 1; i <= paragraphs.size(); i++) {
      if (i == paragraphs.size() || paragraphs.get(i).kind == Kind.FORMULA) {
        classifyUnnumbered(paragraphs.subList(from, i));
        from = i;
      }
    }
  }

  private void classifyUnnumbered(List<Paragraph> part) {
    boolean numbered = part.stream().anyMatch(p -> p.kind == Kind.OPERATIVE);
    if (numbered) {
      return;
    }
    boolean operative = false;
    Matcher sub = tables.subparagraph.matcher("");
    for (Paragraph p : part) {
      if (p.kind != Kind.PREAMBULAR) {
        continue;
      }
      if (operative && sub.reset(p.lines.get(0).content(input)).lookingAt()) {
        // "(a) To cooperate …" under an unnumbered operative paragraph is its subparagraph
        p.kind = Kind.SUBPARAGRAPH;
        p.number = subparagraphNumber(sub);
        p.textStart = p.lines.get(0).contentStart + sub.end();
        continue;
      }
      String text = text(p.textStart, p.end());
      char last = lastBeforeMarkers(p.textStart, p.end());
      if (operative && closingLine.matches(p.lines.get(0).content(input))) {
        p.kind = Kind.CLOSING;
        continue;
      }
      if (operative || last != ',' && last != '،' && last != '，'
          // a lead both tables hold ("回顾": recalling, recalls) makes no operative paragraph alone
          && (opensWithOperativeLead(text) || last == '.' || last == '。')) {
        p.kind = Kind.OPERATIVE;
        operative = true;
      }
    }
    if (!operative) {
      // a resolution ends with what it decides: where every paragraph closed with a comma ("…
      // admitted to membership in the United Nations," before the adoption statement, S/RES/299
      // (1971), an OCR text), the last, opening with an operative lead, is operative
      Paragraph last = null;
      for (Paragraph p : part) {
        last = p.kind == Kind.PREAMBULAR ? p : last;
      }
      if (last != null && opensWithOperativeLead(text(last.textStart, last.end()))) {
        last.kind = Kind.OPERATIVE;
      }
    }
  }

  /** Whether a text opens with an operative lead longer than any preambular one ("回顾", recalling or recalls, is none). */
  private boolean opensWithOperativeLead(String text) {
    return tables.operativeLeads.longestPrefix(text) > tables.preambularLeads.longestPrefix(text);
  }

  // ---------------------------------------------------------------- the model

  private void buildClauses(Resolution.Builder resolution) {
    boolean restarts = false;
    int firstOperative = firstOperativeIndex();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).kind == Kind.HEADING && !restarts) {
        for (int j = i + 1; j < paragraphs.size(); j++) {
          if (paragraphs.get(j).kind == Kind.OPERATIVE && paragraphs.get(j).number != null) {
            restarts |= paragraphs.get(j).number.equals("1") && j > firstOperative;
            break;
          }
        }
      }
    }
    String section = null;
    int operativeCount = 0;
    int preambleCount = 0;
    int unnumbered = 0;
    java.util.Map<String, Long> lastNumbers = new java.util.HashMap<>();
    int annexCount = 0;
    Annex.Builder annex = null;
    Paragraph annexHeading = null;
    List<Paragraph> annexBody = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      switch (p.kind) {
        case PREAMBULAR:
          locations.put(p, "preamble:" + (++preambleCount));
          String ptext = joined(p);
          resolution.addPreamble(PreambularClause.builder()
              .lead(tables.lead(ptext, tables.preambularLeads))
              .text(ptext)
              .span(span(p.start(), p.end()))
              .addAllFootnoteRefs(refs(p.start(), p.end()))
              .build());
          break;
        case OPERATIVE:
          int j = i + 1;
          while (j < paragraphs.size() && paragraphs.get(j).kind == Kind.SUBPARAGRAPH) {
            j++;
          }
          List<Paragraph> subs = paragraphs.subList(i + 1, j);
          int end = subs.isEmpty() ? p.end() : subs.get(subs.size() - 1).end();
          String otext = joined(p);
          OperativeClause.Builder clause = OperativeClause.builder()
              .lead(tables.lead(otext, tables.operativeLeads))
              .text(otext)
              .span(span(p.start(), end))
              .addAllFootnoteRefs(refs(p.start(), p.end()))
              .addAllSubparagraphs(subparagraphs(subs));
          String number = p.number;
          String sectionKey = restarts && section != null ? section : "";
          if (number != null && ParagraphNumbers.isPlain(number)) {
            long n = Long.parseLong(number);
            Long previous = lastNumbers.get(sectionKey);
            if (previous != null && n <= previous) {
              // "A." twice, or a number going back without a heading: kept as text, not as a number
              diagnostics.add(new Diagnostic(Severity.WARNING, p.start(), "operative paragraph " + number
                  + (sectionKey.isEmpty() ? "" : " under heading " + sectionKey) + " repeats an earlier number; read as unnumbered"));
              number = null;
            } else {
              lastNumbers.put(sectionKey, n);
            }
          }
          if (number != null) {
            clause.number(number);
          }
          if (restarts && section != null) {
            clause.section(section);
          }
          String location = number == null ? "operative:#" + (++unnumbered)
              : "operative:" + (restarts && section != null ? section + "." : "") + number;
          locations.put(p, location);
          subLocations(location, subs);
          resolution.addOperative(clause.build());
          operativeCount++;
          i = j - 1;
          break;
        case HEADING:
          section = p.number == null || p.number.isEmpty() ? section : p.number;
          resolution.addHeadings(SectionHeading.builder()
              .label(p.number)
              .text(joined(p))
              .span(span(p.start(), p.end()))
              .firstOperative(operativeCount)
              .build());
          break;
        case SUBPARAGRAPH:
          // a subparagraph outside the operative part belongs to the text before it
          p.kind = Kind.PREAMBULAR;
          lineKinds[p.lines.get(0).index] = Kind.PREAMBULAR;
          break;
        case ANNEX_HEADING:
          annexCount++;
          locations.put(p, "annex:" + annexCount);
          if (annexHeading != null) {
            resolution.addAnnexes(annex(annexHeading, annexBody));
          }
          annexHeading = p;
          annexBody = new ArrayList<>();
          break;
        case ANNEX:
          locations.put(p, "annex:" + Math.max(annexCount, 1));
          annexBody.add(p);
          break;
        default:
          break;
      }
    }
    if (annexHeading != null) {
      resolution.addAnnexes(annex(annexHeading, annexBody));
    }
  }

  /** {@code operative:3(a)(ii)}: the path of numbers down to each subparagraph. */
  private void subLocations(String parent, List<Paragraph> subs) {
    List<String> path = new ArrayList<>();
    for (Paragraph sub : subs) {
      while (path.size() > sub.level) {
        path.remove(path.size() - 1);
      }
      path.add("(" + sub.number + ")");
      locations.put(sub, parent + String.join("", path));
    }
  }

  private int firstOperativeIndex() {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).kind == Kind.OPERATIVE) {
        return i;
      }
    }
    return -1;
  }

  private Annex annex(Paragraph heading, List<Paragraph> body) {
    TextJoiner text = new TextJoiner(input, tables.compounds);
    for (Paragraph p : body) {
      text.append(text(p)).lineBreak();
    }
    int end = body.isEmpty() ? heading.end() : body.get(body.size() - 1).end();
    return Annex.builder().heading(joined(heading)).text(text.toString()).span(span(heading.start(), end)).build();
  }

  /** The number a subparagraph label read, without its parentheses; a look-alike letter as the letter meant. */
  private String subparagraphNumber(Matcher sub) {
    for (int g = 1; g <= sub.groupCount(); g++) {
      if (sub.group(g) != null) {
        String number = sub.group(g);
        return number.length() == 1 ? tables.letterLookAlikes.getOrDefault(number, number) : number;
      }
    }
    throw new IllegalStateException("a subparagraph label with no number: " + sub.group());
  }

  /** Nests subparagraphs by numbering style: letters, then roman numerals, then digits. */
  private List<Subparagraph> subparagraphs(List<Paragraph> subs) {
    List<Style> openStyles = new ArrayList<>();
    List<String> lastNumbers = new ArrayList<>();
    for (Paragraph sub : subs) {
      Style style = style(sub.number, openStyles, lastNumbers, tables.itemNumbers);
      int level = openStyles.indexOf(style);
      if (level < 0) {
        openStyles.add(style);
        lastNumbers.add(sub.number);
        level = openStyles.size() - 1;
      } else {
        while (openStyles.size() > level + 1) {
          openStyles.remove(openStyles.size() - 1);
          lastNumbers.remove(lastNumbers.size() - 1);
        }
        lastNumbers.set(level, sub.number);
      }
      sub.style = style;
      sub.level = level;
    }
    return nest(subs, 0, 0, subs.size());
  }

  private List<Subparagraph> nest(List<Paragraph> subs, int level, int from, int to) {
    List<Subparagraph> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Paragraph sub = subs.get(i);
      int j = i + 1;
      while (j < to && subs.get(j).level > level) {
        j++;
      }
      int end = subs.get(j - 1).end();
      out.add(Subparagraph.builder()
          .number(sub.number)
          .text(joined(sub))
          .span(span(sub.start(), end))
          .addAllFootnoteRefs(refs(sub.start(), sub.end()))
          .addAllSubparagraphs(nest(subs, level + 1, i + 1, j))
          .build());
      i = j;
    }
    return out;
  }

  private static Style style(String number, List<Style> open, List<String> last, String itemNumbers) {
    if (Character.isDigit(number.charAt(0))) {
      return Style.DIGIT;
    }
    if (itemNumbers.indexOf(number.charAt(0)) >= 0) {
      // the language's own numbers at the level others write (i), (ii): Chinese ㈠, then (十一)
      return Style.ROMAN;
    }
    String lower = number.toLowerCase(Locale.ROOT);
    if (!ROMAN.matcher(lower).matches()) {
      return Style.LETTER;
    }
    int letterLevel = open.indexOf(Style.LETTER);
    if (lower.length() == 1 && letterLevel >= 0) {
      String previous = last.get(letterLevel).toLowerCase(Locale.ROOT);
      if (previous.length() == 1 && previous.charAt(0) + 1 == lower.charAt(0)) {
        return Style.LETTER;
      }
    }
    if (open.contains(Style.ROMAN) || letterLevel >= 0) {
      return Style.ROMAN;
    }
    return lower.equals("i") || lower.length() > 1 ? Style.ROMAN : Style.LETTER;
  }

  private Footnote footnote(Note note) {
    Line last = note.lines.get(note.lines.size() - 1);
    return Footnote.of(note.marker, text(note).toString(), span(note.markerStart, last.contentEnd));
  }

  /** The footnote's text after its marker, joined once: the footnote and the extraction of its citations read it. */
  private TextJoiner text(Note note) {
    if (note.text == null) {
      note.text = text(note.lines, note.markerEnd);
    }
    return note.text;
  }

  private String joined(Paragraph p) {
    return text(p).toString();
  }

  /** The paragraph's text, joined once: its clause and the extraction of its citations read it. */
  private TextJoiner text(Paragraph p) {
    if (p.text == null) {
      p.text = text(p.lines, p.textStart);
    }
    return p.text;
  }

  /** The text of the lines, the first from {@code firstStart}, footnote markers left out. */
  private TextJoiner text(List<Line> lines, int firstStart) {
    TextJoiner text = new TextJoiner(input, tables.compounds, lines.get(lines.size() - 1).contentEnd - firstStart);
    for (Line line : lines) {
      text.append(Math.max(firstStart, line.contentStart), line.contentEnd, markersWithin(line.contentStart, line.contentEnd)).lineBreak();
    }
    return text;
  }

  private List<FootnoteRef> refs(int start, int end) {
    List<FootnoteRef> out = new ArrayList<>();
    int i = firstAnchorAtOrAfter(start);
    for (; i < markers.anchors.size() && markers.anchors.get(i).start() < end; i++) {
      Anchor anchor = markers.anchors.get(i);
      if (anchor.end() <= end) {
        out.add(FootnoteRef.of(anchor.marker(), span(anchor.start(), anchor.end())));
      }
    }
    return out;
  }

  /** Anchors are found in input order, so they are sorted by start. */
  private int firstAnchorAtOrAfter(int position) {
    int lo = 0;
    int hi = markers.anchors.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (markers.anchors.get(mid).start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- citations

  /** Runs the citation extractor over each part of the text, footnotes in order for Ibid. chains. */
  private void citations(Resolution.Builder resolution, Optional<DocumentSymbol> symbol, Body body) {
    CitationContext base = CitationContext.of(language, body, "header").withOwnSymbol(symbol);
    CitationExtractor extractor = CitationExtractor.create();
    List<Citation> all = new ArrayList<>();
    // the Council resolutions cited so far date those printed later without their year; the bodies
    // named so far may be named again by a short name ("Conference resolution 6/1")
    CitationContext dated = base;
    for (Paragraph p : paragraphs) {
      String location = p.kind == Kind.COVER ? "header" : p.kind == Kind.TITLE ? "title" : locations.get(p);
      if (location == null) {
        continue;
      }
      // a draft the paragraph quotes for another body speaks with that body's voice from its formula on
      int quoted = p.quotedFormula >= 0 && p.quotedBody != body ? p.quotedFormula : p.lines.size();
      // the text the clause reads, where the paragraph is one clause whole; the cover's lines, the
      // title (with the resolution's number before it) and a quoting paragraph's parts are joined here
      TextJoiner own = quoted == p.lines.size() && p.text != null ? p.text
          : text(p.lines.subList(0, quoted), Math.max(p.textStart, p.lines.get(0).contentStart));
      dated = dated.after(extractInto(all, extractor, own, dated.at(location, Optional.empty())));
      if (quoted < p.lines.size()) {
        List<Line> draft = p.lines.subList(quoted, p.lines.size());
        dated = dated.after(extractInto(all, extractor, text(draft, draft.get(0).contentStart),
            dated.at(location, Optional.empty()).withOwnBody(p.quotedBody)));
      }
    }
    Optional<TreatyReference> previous = Optional.empty();
    for (Note note : layout.notes) {
      Extraction found = extractInto(all, extractor, text(note), dated.at("footnote:" + note.marker, previous));
      dated = dated.after(found);
      previous = found.lastTreaty();
    }
    all.sort((a, b) -> a.span().compareTo(b.span()));
    resolution.addAllCitations(all);
    allReferences.sort((a, b) -> a.span().compareTo(b.span()));
    resolution.addAllReferences(allReferences);
  }

  /** Extracts from a text as read, and maps spans back into the input. */
  private Extraction extractInto(List<Citation> out, CitationExtractor extractor, TextJoiner map, CitationContext context) {
    String view = map.toString();
    Extraction found = extractor.extract(view, context);
    for (Citation c : found.citations()) {
      int start = map.inputAt(c.span().start());
      int end = map.inputAt(c.span().end() - 1) + 1;
      out.add(Citation.builder().kind(c.kind()).canonical(c.canonical()).part(c.part()).date(c.date()).treaty(c.treaty())
          .location(c.location()).span(Span.of(start, end)).text(input.substring(start, end)).build());
    }
    for (Reference r : found.references()) {
      int start = map.inputAt(r.span().start());
      int end = map.inputAt(r.span().end() - 1) + 1;
      allReferences.add(Reference.builder().kind(r.kind()).target(r.target()).instrument(r.instrument())
          .location(r.location()).span(Span.of(start, end)).text(input.substring(start, end)).build());
    }
    for (Extraction.Warning w : found.warnings()) {
      diagnostics.add(new Diagnostic(Severity.WARNING, map.inputAt(Math.min(w.position(), view.length() - 1 < 0 ? 0 : view.length() - 1)),
          context.location() + ": " + w.message()));
    }
    return found;
  }

  // ---------------------------------------------------------------- regions

  private List<Region> regions() {
    List<Region> out = new ArrayList<>();
    int marker = 0;
    List<int[]> sortedMarkers = markerRanges;
    for (Line line : layout.lines) {
      RegionKind kind = regionKind(line);
      int pos = line.start;
      while (marker < sortedMarkers.size() && sortedMarkers.get(marker)[0] < line.next) {
        int[] r = sortedMarkers.get(marker++);
        if (r[0] < pos) {
          continue;
        }
        add(out, kind, pos, r[0]);
        add(out, RegionKind.MARKER, r[0], r[1]);
        pos = r[1];
      }
      add(out, kind, pos, line.next);
    }
    return out;
  }

  private RegionKind regionKind(Line line) {
    switch (line.kind) {
      case BLANK:
        return RegionKind.BLANK;
      case FOOTNOTE:
        return RegionKind.FOOTNOTE;
      case RULE:
        return RegionKind.FURNITURE;
      case FURNITURE:
        return beforeFormula(line) ? RegionKind.COVER : RegionKind.FURNITURE;
      default:
        Kind kind = lineKinds[line.index];
        if (kind == null) {
          return RegionKind.UNRECOGNISED;
        }
        switch (kind) {
          case COVER:
            return RegionKind.COVER;
          case TITLE:
            return RegionKind.TITLE;
          case FORMULA:
            return RegionKind.FORMULA;
          case HEADING:
            return RegionKind.HEADING;
          case ANNEX:
          case ANNEX_HEADING:
            return RegionKind.ANNEX;
          case CLOSING:
            return RegionKind.CLOSING;
          case UNRECOGNISED:
            return RegionKind.UNRECOGNISED;
          default:
            return RegionKind.CLAUSE;
        }
    }
  }

  private boolean beforeFormula(Line line) {
    return line.index < formulaLine;
  }

  private static void add(List<Region> out, RegionKind kind, int start, int end) {
    if (end <= start) {
      return;
    }
    if (!out.isEmpty()) {
      Region last = out.get(out.size() - 1);
      if (last.kind() == kind && last.span().end() == start) {
        out.set(out.size() - 1, new Region(kind, Span.of(last.span().start(), end)));
        return;
      }
    }
    out.add(new Region(kind, Span.of(start, end)));
  }

  private String text(int start, int end) {
    return input.substring(start, Math.max(start, end));
  }

  private static Span span(int start, int end) {
    return Span.of(start, Math.max(start, end));
  }
}
