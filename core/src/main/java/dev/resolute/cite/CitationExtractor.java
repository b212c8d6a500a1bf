package dev.resolute.cite;

import static dev.resolute.internal.NamedGroups.group;

import dev.resolute.internal.NamedGroups;
import dev.resolute.internal.Scripts;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Reference;
import dev.resolute.model.ReferenceKind;
import dev.resolute.model.Span;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.model.TreatySeries;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.symbol.DocumentType;
import dev.resolute.symbol.SymbolSyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every reference in a piece of text — resolutions and decisions of the General Assembly,
 * the Security Council, ECOSOC, the Human Rights Council and other bodies, document symbols,
 * meeting records, Treaty Series references and {@code Ibid.} chains — and resolves each to its
 * canonical identifier ({@code A/RES/65/232}, {@code S/RES/1373(2001)}, {@code I-39574}), with
 * lists, ranges, dates ("respectively") and the issuing body read from context.
 *
 * <pre>{@code
 * Extraction found = CitationExtractor.create()
 *     .extract("Rappelant ses résolutions 64/178 et 64/179 du 18 décembre 2009,",
 *         CitationContext.of(Language.FR, Body.GA, "preamble:1"));
 * found.citations();  // A/RES/64/178 and A/RES/64/179, both dated 2009-12-18
 * }</pre>
 *
 * <p>The extractor is immutable and thread-safe. Its patterns are data per language
 * ({@code lang/XX.cite}, {@code bodies.tsv}, the gazetteer {@code treaties.csv}). A number counts as
 * a resolution or decision only in the sentence of a resolution or decision word, so "1/3 of",
 * "24/7" and page numbers stay silent.
 */
public final class CitationExtractor {
  private static final CitationExtractor INSTANCE = new CitationExtractor();

  /**
   * The letters that mark a part of a resolution, as a class of a pattern: A to Z (the Assembly's
   * 53/77 runs to X), and the Cyrillic capitals Russian texts type for them (К in "53/77 К",
   * {@link Scripts#latinLookalike}).
   */
  private static final String PART_LETTERS = "A-Z" + Scripts.CYRILLIC_LOOKALIKES;

  /**
   * {@code 65/232}, {@code 2011/33}, {@code S-26/2}, {@code 75/245 B}, {@code 53/77 AA} (after Z the
   * parts run AA, BB, …); {@code SESSIONS} stands for the language's special-session prefixes, part
   * letters may be Cyrillic. No letter may follow a
   * part letter but a Chinese character ({@code 第69/274 A号决议}): "A" opening a word is no part.
   */
  static final String SLASHED_TEMPLATE =
      "(?<![\\p{IsLatin}\\p{N}/.\\-\\u2011])(?:(?<ss>SESSIONS)[-\\u2011\\u2013])?(?<a>\\d{1,4})/(?<b>\\d{1,4})(?![\\p{N}/])"
          + "(?:[ \\u00a0]?(?<part>(?<letter>[" + PART_LETTERS + "])\\k<letter>?PARTWORDS)(?![\\p{L}\\p{N}&&[^\\p{IsHan}]]))?";
  /**
   * {@code 1373 (2001)}: a Security Council resolution; {@code 161 A (1961)}, one adopted in parts.
   * A line may break before the bracket, as in a printed text. {@link BracketedNumbers} reads it by
   * hand, tested against this pattern.
   */
  static final Pattern NUMBER_AND_YEAR =
      Pattern.compile("(?<![\\p{IsLatin}\\p{N}/.\\-])(?<n>\\d{1,4})(?:[ \\u00a0\\n]?(?<part>[" + PART_LETTERS + "]))?[ \\u00a0\\n]?\\((?<y>(?:19[4-9]|20[0-4])\\d)\\)");
  /**
   * {@code 2200 A (XXI)}, {@code 1874 (S-IV)} (or {@code S‑IV}, a no-break hyphen): older numbering
   * with a roman session; the Assembly's first two special sessions (1947, 1948) were printed in
   * arabic figures, {@code 186 (S-2)}. A line may break before the bracket, as in a printed text.
   * {@link BracketedNumbers} reads it by hand, tested against this pattern.
   */
  static final Pattern NUMBER_AND_ROMAN = Pattern.compile(
      "(?<![\\p{IsLatin}\\p{N}/.\\-])(?<n>\\d{1,4})(?:[ \\u00a0\\n]?(?<part>[" + PART_LETTERS + "]))?[ \\u00a0\\n]?\\((?<r>(?:S[-\\u2011]|ES[-\\u2011])?[" + Scripts.ROMAN_LETTERS + "]{1,8}|S[-\\u2011][12])\\)");
  /**
   * {@code X/2}, {@code IX/16 C}: a decision of a treaty body's session numbered in roman figures
   * (the Conferences of the Parties to the Biodiversity and Ramsar Conventions), cited only where
   * that body is named: no UN organ numbers so. A Russian text may type the roman figures with the
   * Cyrillic capitals printed alike ({@code Х/2}).
   */
  private static final Pattern ROMAN_SESSION_NUMBER = Pattern.compile(
      "(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{N}/.\\-\\u2010\\u2011])(?<r>[" + Scripts.ROMAN_LETTERS + Scripts.CYRILLIC_ROMAN_LETTERS + "]{1,6})/(?<b>\\d{1,3})(?:[ \\u00a0]?(?<part>[A-Z]))?(?![\\p{N}/]|\\.\\d|[\\p{L}&&[^\\p{IsHan}]])");
  private static final int SENTENCE_WINDOW = 2000;
  /** The longest quoted title passed over to a body named after it. */
  private static final int MAX_TITLE = 400;
  /** Quotation marks that open a title: Arabic opens with ” and closes with “. */
  private static final String OPENING_QUOTES = "“«\"”„";
  private static final String CLOSING_QUOTES = "”»\"“";
  /** The General Assembly's first session to number its resolutions and decisions as session/number (1976). */
  private static final int FIRST_SLASHED_ASSEMBLY_SESSION = 31;
  /**
   * The first number of a body's decisions in a regular session, apart from its resolutions: the
   * Assembly's elections and appointments from 301 on and its other decisions from 401 on (since
   * its thirty-first session, as UN DESA's texts of the decisions note); the Human Rights Council's
   * from 101 on (2/101 after resolutions 2/1 to 2/5, 31/115). A special session's decisions
   * ({@code S-31/1}) are numbered from 1, and carry its prefix.
   */
  private static final Map<Body, Integer> FIRST_DECISION = Map.of(Body.GA, 301, Body.HRC, 101);
  /** The most characters between a body's name and its keyword ("دعا، في قراره": a comma and two words). */
  private static final int MAX_BODY_GAP = 64;
  /** How far after a number (and its list, date, title) a body's name, or its short name, may start: a few linking words. */
  private static final int NAME_AFTER_REACH = 24;
  /** The words that open a parenthetical part of a symbol: {@code (Part I)}, {@code (Vol. II)}. */
  private static final String[] PART_WORDS = {"part", "parts", "vol", "sect", "supp"};
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** A volume's number in a printed list of volumes, Arabic or Roman: {@code 2225}, {@code II}. */
  private static final Pattern VOLUME_NUMBER = Pattern.compile("[0-9]+|[IVXLCDM]+");

  private CitationExtractor() {}

  /**
   * The extractor.
   *
   * @return the shared instance
   */
  public static CitationExtractor create() {
    return INSTANCE;
  }

  /**
   * Finds and resolves every citation in a text.
   *
   * @param text a footnote, a paragraph or a whole document
   * @param context its language, body, own symbol, location and Ibid. chain
   * @return the citations (spans into {@code text}) and warnings
   */
  public Extraction extract(CharSequence text, CitationContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    return new Run(text.toString(), context).run();
  }

  /** One extraction. */
  private static final class Run {
    private final String text;
    private final char[] lower;
    private final CitationContext context;
    private final CiteTables tables;
    private final BitSet consumed = new BitSet();
    private final List<Citation> citations = new ArrayList<>();
    private final List<Extraction.Warning> warnings = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    /** The one pass over the text, and what it found (named here as the steps below use it). */
    private final TextIndex index;
    private final TextIndex.Occurrences keywords;
    private final TextIndex.Occurrences bodyNames;
    private final TextIndex.IntList sentenceStarts;
    private final TextIndex.IntList digitRuns;
    private final TextIndex.IntList treatyAnchors;
    private final TextIndex.IntList organStarts;

    Run(String text, CitationContext context) {
      this.text = text;
      this.context = context;
      this.tables = CiteTables.of(context.language());
      this.index = new TextIndex(text, tables);
      this.lower = index.lower;
      this.keywords = index.keywords;
      this.bodyNames = index.bodyNames;
      this.sentenceStarts = index.sentenceStarts;
      this.digitRuns = index.digitRuns;
      this.treatyAnchors = index.treatyAnchors;
      this.organStarts = index.organStarts;
      for (TextIndex.Mention m : index.mentions) {
        references.add(Reference.builder().kind(ReferenceKind.TREATY_MENTION).target("I-" + m.entry().registration())
            .instrument(m.entry().instrument()).text(text.substring(m.start(), m.end())).span(Span.of(m.start(), m.end()))
            .location(context.location()).build());
      }
    }

    Extraction run() {
      treaties();
      symbols();
      numbers();
      undatedCouncilNumbers();
      internalAndPinpoints();
      meetingsInWords();
      citations.sort(Comparator.comparingInt((Citation c) -> c.span().start()).thenComparingInt(c -> c.span().end()));
      references.sort(Comparator.comparingInt((Reference r) -> r.span().start()));
      return new Extraction(citations, references, warnings, bodiesNamed());
    }

    /** The acronyms of the bodies the text names, each once, in the order of their last naming. */
    private List<String> bodiesNamed() {
      if (bodyNames.size() == 0) {
        return List.of();
      }
      List<String> inTextOrder = new ArrayList<>(bodyNames.size());
      for (int k = 0; k < bodyNames.size(); k++) {
        inTextOrder.add(tables.bodies.get(bodyNames.value(k)).acronym());
      }
      return CitationContext.eachOnceLastNamedLast(List.of(), inTextOrder);
    }

    // ------------------------------------------------------------------ treaties

    /**
     * Each Treaty Series pattern is tried only where its opening word stands (the index found
     * those places); patterns that open with the same word are tried in order there, and the first
     * that matches wins.
     */
    private void treaties() {
      if (treatyAnchors.size() == 0) {
        return; // no opening word of any pattern in the text (most paragraphs)
      }
      for (boolean ibid : new boolean[] {false, true}) {
        if (!ibid && !index.hasDigit) {
          continue; // a Treaty Series reference prints a registration number or a page (an Ibid. may print a roman volume alone)
        }
        List<Pattern> patterns = ibid ? tables.ibid : tables.treaty;
        List<LiteralPrefix> prefixes = ibid ? tables.ibidPrefixes : tables.treatyPrefixes;
        List<String> openings = ibid ? tables.ibidOpenings : tables.treatyOpenings;
        Matcher[] matchers = new Matcher[patterns.size()];
        for (int k = 0; k < patterns.size(); k++) {
          String opening = openings.get(k);
          if (openings.subList(0, k).contains(opening)) {
            continue; // searched with the first pattern that opens so
          }
          int resume = 0;
          for (int a = 0; a < treatyAnchors.size(); a++) {
            int at = treatyAnchors.get(a);
            if (at < resume || !index.startsWith(opening, at) || consumed.get(at)) {
              continue;
            }
            for (int p = k; p < patterns.size(); p++) {
              if (!openings.get(p).equals(opening) || !prefixes.get(p).mayMatchAt(text, at)) {
                continue;
              }
              if (matchers[p] == null) {
                matchers[p] = patterns.get(p).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
              }
              Matcher m = matchers[p].region(at, text.length());
              if (m.lookingAt()) {
                treaty(m, ibid);
                resume = m.end();
                break;
              }
            }
          }
        }
      }
    }

    private void treaty(Matcher m, boolean ibid) {
      // "ibid., No. 5476" prints no volume: the reference it points back to gives it
      String printedVolumes = group(m, "vols");
      List<String> volumes = printedVolumes == null ? List.of() : volumes(printedVolumes);
      int volumesAt = printedVolumes == null ? m.start() : m.start("vols");
      // "Nos. 17512 and 17513": a list of registrations, one treaty each
      List<int[]> listed = numberSpans(m, "reg");
      String registration = listed.isEmpty() ? null : text.substring(listed.get(0)[0], listed.get(0)[1]);
      String lnts = group(m, "lnts");
      String page = group(m, "page");
      TreatySeries series = lnts != null ? TreatySeries.LNTS : TreatySeries.UNTS;
      if (ibid) {
        // the reference right before it: one earlier in this text ("United Nations, Treaty Series, vol.
        // 2131, No. 20378; ibid., vols. 2171 and 2173, No. 27531"), else the last of the footnote before
        Optional<TreatyReference> previous = treatyBefore(m.start()).or(context::previousTreaty);
        if (previous.isEmpty()) {
          warnings.add(new Extraction.Warning(m.start(), "Ibid. with no treaty reference before it, in its footnote or the one before"));
          return;
        }
        series = previous.get().series();
        if (registration == null) {
          registration = previous.get().registration().orElse(null);
        }
        if (printedVolumes == null) {
          volumes = previous.get().volumes();
        }
        if (registration == null) {
          warnings.add(new Extraction.Warning(m.start(), "Ibid. points back to a reference without registration"));
          return;
        }
      }
      String number = lnts != null ? lnts : registration;
      consumed.set(m.start(), m.end());
      String last = group(m, "regto");
      if (last != null && number != null && isRange(number, last)) {
        // "Nos. 970–973": one citation per treaty; the first with the words before its number, the
        // last its own number, those between the printed range (as a range of resolutions)
        long first = Long.parseLong(number);
        long end = Long.parseLong(last);
        for (long r = first; r <= end; r++) {
          int from = r == first ? m.start() : r == end ? m.start("regto") : m.start("reg");
          int to = r == first ? m.end("reg") : m.end("regto");
          addTreaty(series, volumes, String.valueOf(r), page, from, to, volumesAt);
        }
        return;
      }
      if (listed.size() > 1) {
        // the first with the words before its number, each other its own number
        addTreaty(series, volumes, number, page, m.start(), listed.get(0)[1], volumesAt);
        for (int[] item : listed.subList(1, listed.size())) {
          addTreaty(series, volumes, text.substring(item[0], item[1]), page, item[0], item[1], volumesAt);
        }
        return;
      }
      addTreaty(series, volumes, number, page, m.start(), last != null ? m.end("reg") : m.end(), volumesAt);
    }

    /**
     * The treaty reference cited last before {@code at} in this text, or empty: the one that starts
     * last before it (citations do not overlap, so it also ends before it). A tree, so that a long
     * text's Ibid.s cost a lookup each, not a pass over its citations.
     */
    private Optional<TreatyReference> treatyBefore(int at) {
      Map.Entry<Integer, TreatyReference> last = treatiesByStart == null ? null : treatiesByStart.floorEntry(at - 1);
      return last == null ? Optional.empty() : Optional.of(last.getValue());
    }

    /** The treaty references cited so far, by where each starts; made at the first (most texts cite none). */
    private java.util.TreeMap<Integer, TreatyReference> treatiesByStart;

    /** The numbers printed in a group that lists them ({@code 17512 and 17513}), as spans; empty where it matched nothing. */
    private List<int[]> numberSpans(Matcher m, String group) {
      if (group(m, group) == null) {
        return List.of();
      }
      List<int[]> out = new ArrayList<>(2);
      Matcher number = DIGITS.matcher(text).region(m.start(group), m.end(group));
      while (number.find()) {
        out.add(new int[] {number.start(), number.end()});
      }
      return out;
    }

    /** The most treaties a printed range of registration numbers stands for. */
    private static final int MAX_TREATY_RANGE = 20;

    /** Whether {@code first} to {@code last} is a range of registration numbers ({@code 970–973}), not a misprint. */
    private static boolean isRange(String first, String last) {
      if (first.length() > 9 || last.length() > 9) {
        return false;
      }
      long a = Long.parseLong(first);
      long b = Long.parseLong(last);
      return b > a && b - a <= MAX_TREATY_RANGE;
    }

    private void addTreaty(TreatySeries series, List<String> volumes, String number, String page, int start, int end,
        int volumesAt) {
      if (number == null && page == null) {
        // a table's pattern that read neither a number nor a page cites no treaty the model can hold
        warnings.add(new Extraction.Warning(start, "a Treaty Series reference with neither a registration nor a page; not cited"));
        return;
      }
      TreatyReference.Builder reference = TreatyReference.builder().series(series).addAllVolumes(volumes);
      if (number != null) {
        reference.registration(number);
      }
      if (page != null) {
        reference.addPages(page);
      }
      if (series == TreatySeries.UNTS && number != null) {
        Gazetteer gazetteer = Gazetteer.get();
        for (String volume : volumes) {
          Optional<TreatyInstrument> instrument = gazetteer.instrument(number, volume);
          if (instrument.isPresent()) {
            reference.addInstruments(instrument.get());
          } else if (gazetteer.knows(number)) {
            warnings.add(new Extraction.Warning(volumesAt,
                "volume " + volume + " is not one the gazetteer lists for No. " + number));
          }
        }
      }
      TreatyReference built = reference.build();
      if (treatiesByStart == null) {
        treatiesByStart = new java.util.TreeMap<>();
      }
      treatiesByStart.put(start, built);
      citations.add(Citation.builder()
          .kind(CitationKind.TREATY)
          .canonical(built.canonical())
          .text(text.substring(start, end))
          .span(Span.of(start, end))
          .location(context.location())
          .treaty(built)
          .build());
    }

    private List<String> volumes(String printed) {
      int written = numeralsValue(printed);
      if (written > 0) {
        // the League of Nations numbered its volumes in roman numerals, Chinese writes them in its own
        // ("第九十四卷", vol. XCIV)
        return List.of(roman(written));
      }
      List<String> out = new ArrayList<>();
      Matcher m = VOLUME_NUMBER.matcher(printed);
      while (m.find()) {
        out.add(m.group());
      }
      return out;
    }

    /**
     * A number below a thousand written in the language's numerals ({@code [numerals]}: Chinese
     * {@code 九十四} 94, {@code 二百零五} 205, {@code 十二} 12): digits, each before the ten or hundred
     * it multiplies, a zero where a place is empty. -1 where {@code printed} is not one.
     */
    private int numeralsValue(String printed) {
      if (tables.numerals.isEmpty()) {
        return -1;
      }
      int total = 0;
      int digit = -1;
      for (int i = 0; i < printed.length(); i++) {
        Integer value = tables.numerals.get(printed.charAt(i));
        if (value == null) {
          return -1;
        } else if (value >= 10) {
          total += (digit < 0 ? 1 : digit) * value;
          digit = -1;
        } else if (value == 0 && digit < 0) {
          continue; // a place left empty: 二百零五
        } else if (digit < 0) {
          digit = value;
        } else {
          return -1; // two digits in a row
        }
      }
      int n = total + Math.max(digit, 0);
      return n == 0 ? -1 : n;
    }

    // ------------------------------------------------------------------ document symbols

    private void symbols() {
      if (organStarts.size() == 0) {
        return;
      }
      int after = -1;
      for (int k = 0; k < organStarts.size(); k++) {
        int anchor = organStarts.get(k);
        if (anchor <= after || consumed.get(anchor)) {
          continue;
        }
        int organEnd = organEnd(anchor);
        if (organEnd < 0) {
          continue;
        }
        int start = anchor;
        SymbolExtent read = symbolExtent(start);
        int extent = read.end();
        int end = extent;
        Optional<DocumentSymbol> symbol = Optional.empty();
        String printed = null;
        while (end > organEnd && symbol.isEmpty()) {
          printed = text.substring(start, end);
          symbol = DocumentSymbol.tryParse(read.unbroken(printed, start));
          if (symbol.isEmpty()) {
            end = shrink(start, end);
          }
        }
        if (symbol.isPresent() && cutInsideComponents(end)) {
          warnings.add(new Extraction.Warning(start, notASymbol(text.substring(start, extent)) + "; not cited"));
          continue;
        }
        if (symbol.isEmpty() || !hasDigit(start, end) || romanOrgan(symbol.get().organ())) {
          // every UN symbol has a number ("HIV/AIDS" is a word), and no organ is a roman number:
          // "decision X/2", "IX/16 C" number the decisions of treaty bodies' sessions
          continue;
        }
        consumed.set(start, end);
        symbolCitations(symbol.get(), printed, start, end);
        after = end - 1;
      }
    }

    /**
     * Whether the symbol that parsed ends at a slash that more of the symbol follows: the longer
     * symbol printed did not parse ("A/75/L22/Add.1", a typing error for A/75/L.22/Add.1), and the
     * part before it ("A/75") is not what the text cites.
     */
    private boolean cutInsideComponents(int end) {
      return end + 1 < text.length() && text.charAt(end) == '/' && isAsciiAlnum(text.charAt(end + 1));
    }

    /** Why the parser refuses a symbol as printed (a rare case: the parse is run again for its message). */
    private static String notASymbol(String printed) {
      try {
        DocumentSymbol.parse(printed);
        return "\"" + printed + "\" parses only in part";
      } catch (SymbolSyntaxException e) {
        return e.getMessage();
      }
    }

    /**
     * A roman number with an I, V or X ({@code X}, {@code IX}, {@code XIII}): a session of a
     * treaty body, not an organ. {@code C} alone stays an organ (UNESCO's "40 C/68", FAO's
     * "C/2017/REP").
     */
    private static boolean romanOrgan(String organ) {
      boolean unitOrTen = false;
      for (int i = 0; i < organ.length(); i++) {
        char c = organ.charAt(i);
        if (Scripts.ROMAN_LETTERS.indexOf(c) < 0) {
          return false;
        }
        unitOrTen |= c == 'I' || c == 'V' || c == 'X';
      }
      return unitOrTen;
    }

    /**
     * Where a symbol's organ and its slash end when one starts at {@code at} ("A/", "E/CN.15/",
     * "ICCD/COP(14)/"), at a word boundary and before a letter or digit; -1 where none does. Read by
     * hand: it is asked at every capital that a slash follows closely.
     */
    private int organEnd(int at) {
      if (at > 0 && CiteTables.glues(text.charAt(at - 1))) {
        return -1;
      }
      int n = text.length();
      int i = at;
      if (i >= n || !Scripts.isLatinCapital(text.charAt(i))) {
        return -1;
      }
      i++;
      while (i < n && (isAsciiLetter(text.charAt(i)) || Scripts.latinLookalike(text.charAt(i)) != 0)) {
        i++;
      }
      while (i + 1 < n && text.charAt(i) == '.' && isAsciiAlnum(text.charAt(i + 1))) {
        i += 2;
        while (i < n && isAsciiAlnum(text.charAt(i))) {
          i++;
        }
      }
      if (i + 1 < n && text.charAt(i) == '(' && isAsciiAlnum(text.charAt(i + 1))) {
        int j = i + 2;
        while (j < n && isAsciiAlnum(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == ')') {
          i = j + 1;
        }
      }
      if (i + 1 < n && text.charAt(i) == '/') {
        // a line may break after the organ's slash ("(S/\n8968)"), as symbolExtent reads it
        int next = blanksEnd(i + 1);
        if (next < n && (isAsciiAlnum(text.charAt(next)) || Scripts.latinLookalike(text.charAt(next)) != 0)) {
          return i + 1;
        }
      }
      return -1;
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiAlnum(char c) {
      return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /** Where the digits from {@code at} end. */
    private int digitsEnd(int at) {
      int i = at;
      while (i < text.length() && Scripts.isDigit(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private boolean hasDigit(int start, int end) {
      for (int i = start; i < end; i++) {
        if (Scripts.isDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** White space, the no-break space too: what ends a symbol but inside its brackets. */
    private static boolean isBlank(char c) {
      return Character.isWhitespace(c) || c == '\u00a0';
    }

    /**
     * Up to the first space, comma or semicolon; a parenthetical part or year after a space joins it,
     * and so does the rest of a symbol broken by white space inside a component of letters.
     */
    private SymbolExtent symbolExtent(int start) {
      int breakStart = -1;
      int breakEnd = -1;
      int i = start;
      int depth = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c > 0x7e && c != '\u2010' && c != '\u2011' && c != '\u2013' && c != '\u00a0'
            && Scripts.latinLookalike(c) == 0) {
          break;
        }
        boolean blank = isBlank(c);
        if (blank && depth > 0) {
          i++;
          continue;
        }
        if (blank && i > start && text.charAt(i - 1) == '/') {
          // a symbol broken after a slash ("GOV/INF/2005/ 10-GC(49)/INF/6", a line break in a PDF's
          // text) goes on where a letter or digit follows the white space
          int next = blanksEnd(i);
          if (next < text.length() && isAsciiAlnum(text.charAt(next))) {
            i = next;
            continue;
          }
        }
        if (blank && breakStart < 0 && brokenInsideLetters(start, i)) {
          // a symbol broken inside a component of letters ("UNEP/CB D/COP/12/29", as a line break or
          // a typist leaves it): no symbol ends before the break, and the letters after it go on to a slash
          breakStart = i;
          i = blanksEnd(i);
          breakEnd = i;
          continue;
        }
        if (blank || c == ',' || c == ';') {
          int next = i;
          while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0')) {
            next++;
          }
          if (next < text.length() && text.charAt(next) == '(' && parenthetical(next)) {
            i = next;
            continue;
          }
          break;
        }
        if (c == ']' || c == '}') {
          break; // "[S/1045}": a brace, typed or read for the bracket, closes what no symbol holds
        }
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (depth == 0) {
            break;
          }
          depth--;
        }
        i++;
      }
      while (i > start && ".:)]".indexOf(text.charAt(i - 1)) >= 0 && !balanced(start, i)) {
        i--;
      }
      while (i > start && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ':')) {
        i--;
      }
      return new SymbolExtent(i, breakStart, breakEnd);
    }

    /** Where the white space ({@link #isBlank}) from {@code from} ends. */
    private int blanksEnd(int from) {
      int i = from;
      while (i < text.length() && isBlank(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * Whether white space at {@code at} breaks a symbol that starts at {@code start} inside a
     * component of letters: before it, an organ, its slash and letters, with no digit (no symbol ends
     * there); after it, capital letters and a slash.
     */
    private boolean brokenInsideLetters(int start, int at) {
      int slash = text.indexOf('/', start);
      if (at == start || !isAsciiLetter(text.charAt(at - 1)) || slash < 0 || slash >= at || hasDigit(start, at)) {
        return false;
      }
      int next = blanksEnd(at);
      int letters = next;
      while (next < text.length() && Scripts.isLatinCapital(text.charAt(next))) {
        next++;
      }
      return next > letters && next < text.length() && text.charAt(next) == '/';
    }

    /**
     * Where a symbol read from a position ends, and where white space breaks it inside a component
     * of letters ("UNEP/CB D/COP/12/29", as a line break or a typist leaves it): from
     * {@code breakStart} to {@code breakEnd}, both -1 where none does.
     */
    private record SymbolExtent(int end, int breakStart, int breakEnd) {
      /** The symbol as the parser reads it: {@code printed} (from {@code start}) without the white space that breaks it. */
      String unbroken(String printed, int start) {
        if (breakStart < start || breakEnd > start + printed.length()) {
          return printed;
        }
        return printed.substring(0, breakStart - start) + printed.substring(breakEnd - start);
      }
    }

    private boolean balanced(int start, int end) {
      int depth = 0;
      for (int i = start; i < end; i++) {
        if (text.charAt(i) == '(') {
          depth++;
        } else if (text.charAt(i) == ')') {
          depth--;
        }
      }
      return depth == 0 && text.charAt(end - 1) != '.';
    }

    /** {@code (Part I)}, {@code (Vol. II)}, {@code (2001)}: a part of a symbol, not a remark. */
    private boolean parenthetical(int open) {
      int limit = Math.min(text.length(), open + 21);
      int close = open + 1;
      while (close < limit && text.charAt(close) != ')') {
        close++;
      }
      if (close >= limit) {
        return false;
      }
      int from = open + 1;
      int to = close;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return partWordAt(from, to) || yearAt(from, to) || romanSessionAt(from, to);
    }

    /** {@code Part I}, {@code Vol. III}, {@code Sect. 3}, {@code Supp.}: a word of parts, then anything on the line. */
    private boolean partWordAt(int from, int to) {
      for (String word : PART_WORDS) {
        int after = from + word.length();
        if (after <= to && text.regionMatches(true, from, word, 0, word.length())
            && (after == to || !isWordCharacter(text.charAt(after)))) {
          for (int i = after; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
              return false;
            }
          }
          return true;
        }
      }
      return false;
    }

    private static boolean isWordCharacter(char c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }

    /** {@code 2001}: a year of the twentieth or twenty-first century. */
    private boolean yearAt(int from, int to) {
      return to - from == 4 && (text.startsWith("19", from) || text.startsWith("20", from))
          && text.charAt(from + 2) >= '0' && text.charAt(from + 2) <= '9'
          && text.charAt(from + 3) >= '0' && text.charAt(from + 3) <= '9';
    }

    /** {@code XXI}, {@code S-IV}, {@code ES-X}: a roman session, in any case. */
    private boolean romanSessionAt(int from, int to) {
      int i = from;
      if (text.regionMatches(true, i, "es-", 0, 3)) {
        i += 3;
      } else if (text.regionMatches(true, i, "s-", 0, 2)) {
        i += 2;
      }
      if (i >= to) {
        return false;
      }
      for (; i < to; i++) {
        if ("ivxlcIVXLC".indexOf(text.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where a symbol that did not parse is cut next: before its last separator, a hyphen as the
     * parser reads one among them (the no-break hyphen of "GOV/INF/2005/10‑GC(49)/INF/6", French).
     */
    private int shrink(int start, int end) {
      for (int i = end - 1; i > start; i--) {
        char c = text.charAt(i);
        if (c == '/' || c == '.' || c == '(' || c == ' ' || Scripts.isHyphen(c)) {
          // the white space before a bracket cut off goes with it: the parser would pass over it,
          // and the citation's text would end in it ("A/76/5 " of "A/76/5 (Vol. I/2)")
          while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
          }
          return i;
        }
      }
      return start;
    }

    /** The citations of a symbol printed from {@code start} to {@code end} ({@code printed}). */
    private void symbolCitations(DocumentSymbol symbol, String printed, int start, int end) {
      if (isOwn(symbol)) {
        return;
      }
      CitationKind kind = symbolKind(symbol);
      add(kind, symbol.canonical(), symbol.part(), printed, start, end, Optional.empty());
      if (kind == CitationKind.MEETING_RECORD && symbol.number().isPresent() && DIGITS.matcher(symbol.number().get()).matches()) {
        meetingRange(symbol, start, end);
      }
    }

    /** {@code A/62/PV.117 à 120}: one citation per meeting; {@code A/64/PV.116 et 117}: a list. */
    private void meetingRange(DocumentSymbol first, int start, int end) {
      int i = index.skipSpaces(end);
      String word = index.wordAt(i);
      boolean range = tables.rangeWords.contains(word) || text.startsWith("–", i) || text.startsWith("-", i);
      boolean list = tables.connectors.contains(word);
      if (!range && !list) {
        return;
      }
      int numberStart = index.skipSpaces(i + Math.max(word.length(), 1));
      int numberEnd = digitsEnd(numberStart);
      if (numberEnd == numberStart || numberEnd < text.length() && Character.isLetterOrDigit(text.charAt(numberEnd))) {
        return;
      }
      int from = Integer.parseInt(first.number().get());
      int to = Integer.parseInt(text.substring(numberStart, numberEnd));
      String prefix = first.canonical().substring(0, first.canonical().length() - first.number().get().length());
      consumed.set(start, numberEnd);
      if (list) {
        add(CitationKind.MEETING_RECORD, prefix + to, Optional.empty(), numberStart, numberEnd, Optional.empty());
      } else if (to > from && to - from <= 100) {
        for (int n = from + 1; n <= to; n++) {
          add(CitationKind.MEETING_RECORD, prefix + n, Optional.empty(), start, numberEnd, Optional.empty());
        }
      }
    }

    private CitationKind symbolKind(DocumentSymbol symbol) {
      Optional<DocumentType> type = symbol.documentType();
      if (type.isPresent() && type.get() == DocumentType.MEETING_RECORD) {
        return CitationKind.MEETING_RECORD;
      }
      boolean resolution = symbol.isResolution();
      boolean decision = type.isPresent() && type.get() == DocumentType.DECISION;
      if (!resolution && !decision || symbol.isJoint()) {
        return CitationKind.DOCUMENT_SYMBOL;
      }
      return kindOf(symbol.body() == Body.HRC ? Body.HRC : symbol.organ().equals("A") ? Body.GA
          : symbol.organ().equals("S") ? Body.SC : symbol.organ().equals("E") ? Body.ECOSOC : Body.OTHER, decision)
          .orElse(CitationKind.DOCUMENT_SYMBOL);
    }

    // ------------------------------------------------------------------ resolution and decision numbers

    /** A number that may be a resolution or decision. */
    private static final class Candidate {
      final int start;
      final int end;
      final String shape;
      /**
       * The groups of its match that the extractor reads ({@code a} and {@code b} of a slashed
       * number, {@code n} and {@code y} of a Council number, ...), each read once: null where the
       * shape's pattern has no such group or it took no part. The shape's matcher goes on to the
       * next digit run.
       */
      final String a;
      final String b;
      final String part;
      final String ss;
      final String n;
      final String y;
      final String r;
      final String k;
      final String sn;
      /** A coded number's groups ({@code 1/CP.21}: the number, the code as printed, the session). */
      final String cn;
      final String code;
      final String cs;
      /** A coded number's code as its canonical form writes it ({@code CP} for Arabic {@code م أ}). */
      String canonicalCode;
      Body body;
      /** Whether a body was named for it (or a council's words), not taken from the text's own voice or the default. */
      boolean bodyNamed;
      /**
       * Whether that name stands right at its keyword or number: "General Assembly resolution 24/14",
       * "résolution du Conseil … 2003/29", "resolution 56/156 of the General Assembly".
       */
      boolean namedAtKeyword;
      boolean decision;
      String acronym;
      /** Whether the number was printed right to left: {@code 306/74} for 74/306. */
      boolean reversed;
      List<LocalDate> ownDates = List.of();
      /** The date of adoption printed between the body's name and the keyword, where none follows the number. */
      List<LocalDate> adoptedOn = List.of();
      int datesEnd = -1;
      /** Whether its date was introduced as two numbers' ({@link CiteTables#dateIntroOfTwo}). */
      boolean dateOfTwo;
      LocalDate date;
      /** The body named right after it, once looked for (classifying and dating both ask). */
      CiteTables.BodyName bodyAfter;
      boolean bodyAfterSought;
      /** Where the part letters listed after its own end ({@link #partsEnd}), read when it is dated. */
      int partsEnd;
      /** {@link #afterListOf(int)} of its end, once read (a body's name, its short name and a link are looked for there), or -1. */
      int afterList = -1;

      /**
       * The candidate a shape's match makes.
       *
       * @param has the groups the shape's pattern has: a group it lacks is null, and is not asked
       *     of the matcher
       */
      Candidate(Matcher m, String shape, java.util.EnumSet<Group> has) {
        this(m.start(), m.end(), shape, read(m, has, Group.A), read(m, has, Group.B), read(m, has, Group.PART),
            read(m, has, Group.SS), read(m, has, Group.N), read(m, has, Group.Y), read(m, has, Group.R),
            read(m, has, Group.K), read(m, has, Group.SN), read(m, has, Group.CN), read(m, has, Group.CODE),
            read(m, has, Group.CS));
      }

      /** The candidate a slashed number makes ({@link SlashedNumbers}). */
      Candidate(SlashedNumbers.Match m, String text) {
        this(m.start(), m.end(), "slashed", cut(text, m.firstStart(), m.firstEnd()), cut(text, m.secondStart(), m.secondEnd()),
            cut(text, m.partStart(), m.partEnd()), cut(text, m.sessionStart(), m.sessionEnd()),
            null, null, null, null, null, null, null, null);
      }

      /** The candidate a number with a bracketed year ({@code year}) or roman session ({@code roman}) makes ({@link BracketedNumbers}). */
      Candidate(BracketedNumbers.Match m, String text) {
        this(m.start(), m.end(), m.year() ? "year" : "roman", null, null, cut(text, m.partStart(), m.partEnd()), null,
            cut(text, m.numberStart(), m.numberEnd()), m.year() ? cut(text, m.insideStart(), m.insideEnd()) : null,
            m.year() ? null : cut(text, m.insideStart(), m.insideEnd()), null, null, null, null, null);
      }

      private Candidate(int start, int end, String shape, String a, String b, String part, String ss, String n,
          String y, String r, String k, String sn, String cn, String code, String cs) {
        this.start = start;
        this.end = end;
        this.shape = shape;
        this.a = a;
        this.b = b;
        this.part = part;
        this.ss = ss;
        this.n = n;
        this.y = y;
        this.r = r;
        this.k = k;
        this.sn = sn;
        this.cn = cn;
        this.code = code;
        this.cs = cs;
      }

      /** The text from {@code start} to {@code end}, or null where a reader's group took no part ({@code start} -1). */
      private static String cut(String text, int start, int end) {
        return start < 0 ? null : text.substring(start, end);
      }

      /** The named groups a candidate reads; each shape's pattern has some of them. */
      enum Group {
        A("a"), B("b"), PART("part"), SS("ss"), N("n"), Y("y"), R("r"), K("k"), SN("sn"), CN("cn"), CODE("code"), CS("cs");

        /** The group's name in the patterns. */
        final String name;

        Group(String name) {
          this.name = name;
        }

        /** The groups among {@code names}, a pattern's group names. */
        static java.util.EnumSet<Group> among(java.util.Set<String> names) {
          java.util.EnumSet<Group> out = java.util.EnumSet.noneOf(Group.class);
          for (Group g : values()) {
            if (names.contains(g.name)) {
              out.add(g);
            }
          }
          return out;
        }
      }

      /** A group of the match, or null where the pattern, whose groups are {@code has}, has none of that name. */
      private static String read(Matcher m, java.util.EnumSet<Group> has, Group g) {
        return has.contains(g) ? m.group(g.name) : null;
      }

      /**
       * Whether it is a session and a number ({@code 42/12}) of a body numbering by session: slashed,
       * no special-session prefix, a session of two digits at most (a year is four).
       */
      boolean sessionNumbered() {
        return shape.equals("slashed") && ss == null && first().length() <= 2;
      }

      /** The session (or year) of a slashed number, as read. */
      String first() {
        return reversed ? b : a;
      }

      /** The number within the session, as read. */
      String second() {
        return reversed ? a : b;
      }
    }

    private void numbers() {
      List<Candidate> candidates = new ArrayList<>();
      if (digitRuns.size() == 0) {
        return;
      }
      Shape localRoman = tables.localRoman == null ? null : new Shape(tables.localRoman, "roman");
      Shape romanSession = new Shape(ROMAN_SESSION_NUMBER, "roman-session");
      Shape coded = tables.codedNumber == null ? null : new Shape(tables.codedNumber, "coded");
      for (int k = 0; k < digitRuns.size(); k++) {
        int i = digitRuns.get(k);
        if (consumed.get(i)) {
          continue;
        }
        int end = digitsEnd(i);
        if (endsSymbolSeries(i)) {
          continue;
        }
        int romanStart = romanSessionBefore(i);
        if (romanStart >= 0) {
          romanSession.tryAt(romanStart, candidates);
        }
        // every shape needs something after the digits: a slash or an opening bracket
        int next = end;
        while (next < text.length() && next < end + 4 && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0'
            || text.charAt(next) == '\n'
            || Scripts.isLatinCapital(text.charAt(next)))) {
          next++;
        }
        next = afterPartWord(next);
        if (next >= text.length() || text.charAt(next) != '/' && text.charAt(next) != '(') {
          continue;
        }
        // each shape only where it can match: a bracket opens a roman session (S-IV, XXI) or a
        // year (1946-2049), a slash follows the digits of a slashed number directly
        char inside = next + 1 < text.length() ? text.charAt(next + 1) : ' ';
        BracketedNumbers.Match bracketed = text.charAt(next) != '(' ? null
            : BracketedNumbers.mayOpenRomanSession(inside) ? BracketedNumbers.withRomanSessionAt(text, i)
            : BracketedNumbers.mayOpenYear(inside) ? BracketedNumbers.withYearAt(text, i) : null;
        if (bracketed != null) {
          candidates.add(new Candidate(bracketed, text));
        }
        if (end < text.length() && text.charAt(end) == '/') {
          SlashedNumbers.Match number = tables.slashedNumbers.at(text, sessionPrefixStart(i));
          if (number != null) {
            candidates.add(new Candidate(number, text));
          }
          if (coded != null && end + 1 < text.length() && !Scripts.isDigit(text.charAt(end + 1))) {
            coded.tryAt(i, candidates);
          }
        }
        if (localRoman != null) {
          localRoman.tryAt(i, candidates);
        }
      }
      candidates.sort(Comparator.comparingInt(c -> c.start));
      List<Candidate> kept = new ArrayList<>();
      int lastEnd = -1;
      for (Candidate c : candidates) {
        readDirection(c);
        if (c.start >= lastEnd && free(c.start, c.end)) {
          if (classify(c)) {
            kept.add(c);
            lastEnd = c.end;
          }
        }
      }
      dates(kept);
      for (Candidate c : kept) {
        bodyByDate(c);
        directionByDate(c);
      }
      for (Candidate c : kept) {
        // dated numbers first, so that the items of an enumeration before a dated one take its body
        // ("resolution 6/2 on …, resolution 6/3 on … and resolution 6/4 of 6 November 2015")
        if (noAssemblyNumberByDefault(c)) {
          namedBodyByDate(c);
        }
      }
      sameBodyAsAfter(kept);
      Candidate lastOfOtherBody = null;
      for (Candidate c : kept) {
        if (noAssemblyNumberByDefault(c) && !sameBodyAsBefore(c, lastOfOtherBody) && !namedBodyInSentence(c, kept)) {
          warnings.add(new Extraction.Warning(c.start, numberWithItsWord(c)
              + " is no General Assembly number (" + whyNoAssemblyNumber(c)
              + ")" + (ownBody() != Body.GA && decisionBelowFirst(ownBody(), c)
                  ? " nor one of the text's own body (its decisions are numbered from " + FIRST_DECISION.get(ownBody()) + " on)"
                  : "")
              + ", and no other body is named for it"));
          continue;
        }
        if (c.acronym != null) {
          lastOfOtherBody = c;
        }
        String canonical = canonical(c);
        int end = c.end;
        if (c.acronym != null && c.shape.equals("roman")) {
          // some bodies number with session and year: "resolution 542 (LXXIII) 2022"
          end = afterTrailingYear(end);
        }
        CitationKind kind = c.acronym != null ? CitationKind.OTHER_RESOLUTION : kindOf(c.body, c.decision).orElseThrow();
        Optional<String> part = Optional.ofNullable(c.part).map(this::latinLetters);
        if (!isOwnCanonical(canonical)) {
          add(kind, canonical, part, c.start, end, Optional.ofNullable(c.date));
        }
        if (part.isPresent() && part.get().length() == 1) {
          moreParts(c, kind, canonical, part.get());
        }
      }
    }

    /** A number as a warning names it: {@code 5/2}, {@code 707 (XXII)}, {@code XI/2}. */
    private String printedNumber(Candidate c) {
      return c.shape.equals("roman") ? c.n + " (" + romanSession(c) + ")"
          : c.shape.equals("roman-session") ? c.r + "/" + c.b : c.first() + "/" + c.second();
    }

    /** The number with its word, as a warning opens: {@code decision 13/1}, {@code resolution 707 (XXII)}. */
    private String numberWithItsWord(Candidate c) {
      return (c.decision ? "decision " : "resolution ") + printedNumber(c);
    }

    /** Why the Assembly cannot have a number ({@link #noAssemblyNumber}), as a warning says it. */
    private String whyNoAssemblyNumber(Candidate c) {
      if (sessionBeforeSlashedAssemblyNumbers(c)) {
        return "slashed from its thirty-first session on";
      }
      if (outOfSequence(Body.GA, c)) {
        return "numbered in one sequence until 1975, in which " + c.n + " is no number of its session "
            + romanSession(c) + " nor of the sessions next to it";
      }
      return "a regular session's decisions are numbered from 301 on";
    }

    /**
     * Whether a number taken for the General Assembly's by default (no body named for it) is one the
     * Assembly cannot have ({@link #noAssemblyNumber}), so another body's whose name stands too far
     * for the text to tell ("resolution 7/5 of 10 November 2017 of the Conference of the States
     * Parties to the Convention", "resolution 14/221" of the League of Arab States, the Statistical
     * Commission's "decision 44/114" in its report). A wrong body is worse than none.
     */
    private boolean noAssemblyNumberByDefault(Candidate c) {
      return c.body == Body.GA && !c.bodyNamed && c.acronym == null && noAssemblyNumber(c);
    }

    /**
     * A number no body is named for, and no Assembly number, in the sentence of an earlier number of
     * another body (one named by its acronym): an item of the same enumeration, "la résolution 1/7
     * de l’Assemblée des Nations Unies pour l’environnement, en date du 27 juin 2014, sur …, la
     * résolution 2/21, en date du 27 mai 2016, sur …" (A/RES/75/222), takes that body.
     */
    private boolean sameBodyAsBefore(Candidate c, Candidate before) {
      if (before == null || sentenceStart(c.start) > before.start || bodyLinkAfter(afterListOf(c))) {
        return false;
      }
      c.body = before.body;
      c.acronym = before.acronym;
      c.bodyNamed = true;
      return true;
    }

    /**
     * The items of an enumeration that names its body once, after its last item ("la décision 5/1,
     * la résolution 6/1, la résolution 8/2 et la décision 8/1 de la Conférence des États parties",
     * A/RES/75/194): each item before, no Assembly number and no body named for it, takes the body
     * of the item after it, where only resolution or decision words, connectors, the language's
     * linking words and commas stand between.
     */
    private void sameBodyAsAfter(List<Candidate> kept) {
      Candidate after = null;
      for (int k = kept.size() - 1; k >= 0; k--) {
        Candidate c = kept.get(k);
        if (after != null && noAssemblyNumberByDefault(c) && enumerationBetween(afterTopic(Math.max(c.end, c.partsEnd)), after.start)) {
          c.body = after.body;
          c.acronym = after.acronym;
          c.bodyNamed = true;
        }
        after = c.acronym != null ? c : null; // an item of the Assembly's, or of none, ends the enumeration
      }
    }

    /**
     * After the topic a number's item gives ("6/2 on facilitating international cooperation in asset
     * recovery, 6/3 on …", A/RES/75/194), or {@code at} where it gives none.
     */
    private int afterTopic(int at) {
      return Math.max(at, topicEnd(at));
    }

    /**
     * A dated number the Assembly cannot have, no body named for it, takes the one body named in
     * the document (in this text or an earlier piece) that held the number's session in the year
     * of its date: "la Conférence des États parties à la Convention avait demandé l'élaboration dans
     * ses résolutions 5/3 du 29 novembre 2013, 6/2 et 6/3 du 6 novembre 2015" (A/RES/75/194, the
     * Conference against Corruption named paragraphs before, whose fifth session met in 2013).
     * None where no named body's sessions fit, or two do.
     */
    private boolean namedBodyByDate(Candidate c) {
      if (c.date == null || !c.sessionNumbered()) {
        return false;
      }
      int session = Integer.parseInt(c.first());
      int year = c.date.getYear();
      SessionYears years = SessionYears.get();
      String found = null;
      for (String acronym : namedInDocument()) {
        if (years.fits(acronym, session, year)) {
          if (found != null) {
            return false; // two bodies fit: neither is read
          }
          found = acronym;
        }
      }
      return takesBody(c, found);
    }

    /**
     * A number the Assembly cannot have, no body named for it, takes the one body of its own
     * numbering (no principal organ) named before it in its sentence: "Also takes note of the
     * adoption, by the General Assembly of the World Tourism Organization at its twenty-third
     * session, in September 2019, by its resolution 722 (XXIII), of …" (A/RES/75/223). None where
     * two such bodies are named there; a name that is an earlier number's body is no agent.
     */
    private boolean namedBodyInSentence(Candidate c, List<Candidate> kept) {
      String found = null;
      int sentence = sentenceStart(c.start);
      for (int k = bodyNames.lastStartingBefore(c.start); k >= 0 && bodyNames.start(k) >= sentence; k--) {
        CiteTables.BodyName named = tables.bodies.get(bodyNames.value(k));
        if (named.body() != Body.OTHER || namesTheBodyOfANumberBefore(bodyNames.start(k), kept)) {
          continue;
        }
        if (found != null && !found.equals(named.acronym())) {
          return false; // two bodies: neither is read
        }
        found = named.acronym();
      }
      return takesBody(c, found != null ? found : shortNamedInSentence(c, sentence));
    }

    /**
     * The body of its own numbering whose short name stands earlier in the number's sentence, the
     * last of the document's bodies named with that short name: "… all resolutions and decisions of
     * the Conference of the States Parties to the Convention, including resolutions 7/8 … and 8/4 …"
     * (A/RES/75/194, the Conference against Corruption named in full paragraphs before). Null where
     * none stands there, or where the Assembly or the text's own body could have the number.
     */
    private String shortNamedInSentence(Candidate c, int sentence) {
      if (tables.shortNames.isEmpty()) {
        return null;
      }
      CiteTables.BodyName named = lastNamedWithShortName(c, namedInDocument(),
          (body, name) -> body.body() == Body.OTHER && shortNameAloneBetween(name.printed(), sentence, c.start));
      return named == null ? null : named.acronym();
    }

    /**
     * Whether a body's name at {@code name} is that of a number right before it, only linking words
     * between: "resolution 4/10 of the United Nations Environment Assembly" names no agent for a
     * number later in the sentence ("as well as resolution 7/5 of 10 November 2017 of the Meeting of
     * the Parties to the Protocol", a body the tables do not know).
     */
    private boolean namesTheBodyOfANumberBefore(int name, List<Candidate> kept) {
      for (Candidate before : kept) {
        if (before.end <= name && name - before.end <= MAX_BODY_GAP
            && wordsOnly(before.end, name, tables.bodyLinks::contains)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Gives the number the body of an acronym ({@code HRC}, {@code CBD-COP}) as named for it, and
     * returns true; false, the number left as it is, where the acronym is null.
     */
    private boolean takesBody(Candidate c, String acronym) {
      if (acronym == null) {
        return false;
      }
      c.body = tables.bodiesByAcronym.containsKey(acronym)
          ? tables.bodies.get(tables.bodiesByAcronym.get(acronym).get(0)).body() : Body.OTHER;
      c.acronym = c.body == Body.OTHER ? acronym : null;
      c.bodyNamed = true;
      return true;
    }

    /** Whether only resolution or decision words, connectors, linking words and commas stand between {@code from} and {@code to}. */
    private boolean enumerationBetween(int from, int to) {
      return wordsOnly(from, to, word -> tables.resolutionWords.contains(word) || tables.decisionWords.contains(word)
          || tables.connectors.contains(word) || tables.bodyLinks.contains(word));
    }

    /**
     * Whether a linking word of the language ({@code of the}, {@code de la}, {@code الصادر عن})
     * follows, after commas: a body is named there, if one the tables do not know. Not where the
     * linking words lead to the session of the body already speaking ({@code [session-in-gap]}):
     * "resolution 707 (XXII) adopted at its twenty-second session" names no other body.
     */
    private boolean bodyLinkAfter(int at) {
      int first = index.skipSpacesAndCommas(at);
      int i = first;
      for (int link = index.wordOf(tables.bodyLinks, i); link > 0; link = index.wordOf(tables.bodyLinks, i)) {
        i = index.skipSpaces(i + link);
      }
      return i > first && (tables.sessionInGap == null || !reused(tables.sessionInGap).region(i, text.length()).lookingAt());
    }

    /** Whether a number is session/number with a session before the Assembly's thirty-first ({@code 5/2}, not {@code S-5/2}). */
    private boolean sessionBeforeSlashedAssemblyNumbers(Candidate c) {
      return c.sessionNumbered() && Integer.parseInt(c.first()) < FIRST_SLASHED_ASSEMBLY_SESSION;
    }

    /**
     * Whether a session/number is none of the Assembly's: a session before it numbered so, or a
     * decision of a regular session below its first decision number ({@link #decisionBelowFirst}).
     */
    private boolean noAssemblyNumber(Candidate c) {
      return sessionBeforeSlashedAssemblyNumbers(c) || decisionBelowFirst(Body.GA, c) || outOfSequence(Body.GA, c);
    }

    /**
     * Whether a number with a regular session in roman figures is out of the sequence in which the
     * body numbered its resolutions while it printed sessions so ({@link RomanNumbering}): "resolution
     * 707 (XXII) adopted at its twenty-second session" (A/RES/75/223) is the World Tourism
     * Organization's, not the Assembly's.
     */
    private boolean outOfSequence(Body body, Candidate c) {
      if (!c.shape.equals("roman")) {
        return false;
      }
      int session = Scripts.romanValue(romanSession(c)); // -1 for a special session (S-IV, ES-V)
      Optional<RomanNumbering> numbering = RomanNumbering.of(body);
      return session > 0 && numbering.isPresent() && !numbering.get().fits(Integer.parseInt(c.n), session);
    }

    /** Above the Council numbers an undated citation may print: four digits at most. */
    private static final int MAX_COUNCIL_NUMBER = 10_000;

    /**
     * Security Council resolutions printed without their year where the document printed them
     * with it (in this text or, through the context, before it): "resolution 2391", "resolutions
     * 2250 and 2419" after "resolution 2391 (2017)", "2250 (2015)" and "2419 (2018)", or Chinese
     * "第2391号决议". Only a number right after a resolution word (or, in a list, after a connector
     * that follows such a number), never one with more after it ("2391st", "2391/1", "2391 (…)"):
     * the year comes from the document, never from a guess.
     */
    private void undatedCouncilNumbers() {
      // the years the document gave before this text, and those this text gives: one mechanism
      Map<Integer, Integer> years = context.withCitedBefore(citations).councilYears();
      if (years.isEmpty()) {
        return;
      }
      // the numbers dated, as bits: most digit runs (days, years, paragraphs) are turned away
      // without a look-up in the map
      BitSet dated = new BitSet();
      for (int number : years.keySet()) {
        if (number >= 0 && number < MAX_COUNCIL_NUMBER) {
          dated.set(number);
        }
      }
      for (int k = 0; k < digitRuns.size(); k++) {
        int i = digitRuns.get(k);
        if (consumed.get(i)) {
          continue;
        }
        int end = i;
        int number = 0;
        while (end < lower.length && end - i <= 4 && lower[end] >= '0' && lower[end] <= '9') {
          number = number * 10 + lower[end++] - '0';
        }
        if (end - i > 4 || end < lower.length && Scripts.isDigit(lower[end])) {
          continue; // longer than a Council number, or digits of another script
        }
        if (!dated.get(number) || !free(i, end)) {
          continue;
        }
        Integer year = years.get(number);
        if (year == null || year == 0 || !undatedCouncilNumberAt(i, end)) {
          continue;
        }
        String canonical = "S/RES/" + text.substring(i, end) + "(" + year + ")";
        if (!isOwnCanonical(canonical)) {
          add(CitationKind.SC_RESOLUTION, canonical, Optional.empty(), i, end, Optional.empty());
          consumed.set(i, end);
        }
      }
    }

    /** The length of a mark of the language printed right before {@code position} (Chinese 第), or 0. */
    private int markBefore(int position) {
      String mark = printedEndingAt(tables.marksBefore, position);
      return mark == null ? 0 : mark.length();
    }

    /** The length of the mark of the language printed after a number at {@code position} (Chinese 号), or 0. */
    private int markLengthAfter(int position) {
      String mark = printedAt(tables.marksAfter, position);
      return mark == null ? 0 : mark.length();
    }

    /** The first of {@code words} printed at {@code at}, as the text has it, or null. */
    private String printedAt(Iterable<String> words, int at) {
      for (String word : words) {
        if (text.startsWith(word, at)) {
          return word;
        }
      }
      return null;
    }

    /** The first of {@code words} printed so as to end at {@code end}, or null. */
    private String printedEndingAt(Iterable<String> words, int end) {
      for (String word : words) {
        if (end >= word.length() && text.startsWith(word, end - word.length())) {
          return word;
        }
      }
      return null;
    }

    /** Whether a mark of the language printed after a number (Chinese 号) stands at {@code position}. */
    private boolean markAfter(int position) {
      return markLengthAfter(position) > 0;
    }

    /** Whether the digits stand alone right after a resolution word, or a connector after a Council number. */
    private boolean undatedCouncilNumberAt(int start, int end) {
      if (tables.keywordAfter) {
        // 第2391号决议: the number between its marks, the word after it ("号决议", or "号" before
        // "和第2419号决议")
        return markBefore(start) > 0 && markAfter(end) && keywordAfter(end) != null;
      }
      if (end < text.length()) {
        char after = text.charAt(end);
        if (Character.isLetterOrDigit(after) || after == '/' || after == '-' || after == '\u2011'
            || (after == '.' || after == ',') && end + 1 < text.length() && Scripts.isDigit(text.charAt(end + 1))) {
          return false;
        }
        int next = index.skipSpaces(end);
        if (next < text.length() && (text.charAt(next) == '(' && !namingParenthesisAt(next) || next > end
            && Scripts.isLatinCapital(text.charAt(next)) && (next + 1 == text.length() || !Character.isLetter(text.charAt(next + 1))))) {
          return false; // "161 A (1961)": a part, and more, after the number
        }
      }
      if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '/'
          || text.charAt(start - 1) == '.' || text.charAt(start - 1) == '-')) {
        return false;
      }
      int before = index.spacesBefore(start);
      int w = keywords.lastStartingBefore(start);
      if (w >= 0 && keywords.end(w) == before && keywords.value(w) == 0) {
        return true;
      }
      // a list: "2250 (2015) and 2419", "2250 and 2419"
      int wordStart = index.wordStartBefore(before);
      String connector = before > 0 && text.charAt(before - 1) == ',' ? "," : new String(lower, wordStart, before - wordStart);
      if (!connector.equals(",") && !tables.connectors.contains(connector)) {
        return false;
      }
      int previousEnd = index.spacesBefore(connector.equals(",") ? before - 1 : wordStart);
      for (int c = citations.size() - 1; c >= 0; c--) {
        Citation previous = citations.get(c);
        if (previous.span().end() == previousEnd) {
          return previous.kind() == CitationKind.SC_RESOLUTION;
        }
      }
      return false;
    }

    /**
     * Whether the parenthesis at {@code open} gives a name to what the text speaks of, not a year or
     * session to the number before it: a quotation or a lower-case word opens it ("resolution 1988
     * (“the Committee”)", "la résolution 1988 (ci-après « le Comité »)").
     */
    private boolean namingParenthesisAt(int open) {
      int i = index.skipSpaces(open + 1);
      if (i >= text.length()) {
        return false;
      }
      char c = text.charAt(i);
      return Character.isLowerCase(c) || OPENING_QUOTES.indexOf(c) >= 0;
    }

    /**
     * {@code 74/92 A and B}: the letters after a connector are parts of the same resolution; {@code
     * S-20/4 A to E}, a range, gives one citation for each part, printed as the whole range.
     */
    private void moreParts(Candidate c, CitationKind kind, String canonical, String part) {
      if (canonical.endsWith(")")) {
        return;
      }
      String prefix = canonical.substring(0, canonical.length() - part.length());
      int last = lastPartOfRange(c.end, part.charAt(0));
      if (last >= 0) {
        char to = latinLetters(text.substring(last, last + partLength(last))).charAt(0);
        for (char letter = (char) (part.charAt(0) + 1); letter <= to; letter++) {
          if (!isOwnCanonical(prefix + letter)) {
            add(kind, prefix + letter, Optional.of(String.valueOf(letter)), c.start, last + partLength(last), Optional.ofNullable(c.date));
          }
        }
        return;
      }
      for (int letter = nextListedPart(c.end); letter >= 0; ) {
        int letterEnd = letter + partLength(letter);
        String next = latinLetters(text.substring(letter, letterEnd));
        String other = prefix + next;
        if (!isOwnCanonical(other)) {
          add(kind, other, Optional.of(next), letter, letterEnd, Optional.ofNullable(c.date));
        }
        letter = nextListedPart(letterEnd);
      }
    }

    /**
     * Where the list of part letters after a number with one ends ({@code 74/92 A and B}, {@code
     * 53/243 A, B and C}): after its last letter, or at the number's end where no letter is listed.
     * A date after the list is the date of every part.
     */
    private int partsEnd(Candidate c) {
      String part = c.shape.equals("year") ? null : c.part; // a Council number's part stands before its year: none is listed after it
      if (part == null || latinLetters(part).length() != 1) {
        return c.end;
      }
      int last = lastPartOfRange(c.end, latinLetters(part).charAt(0));
      if (last >= 0) {
        return last + partLength(last);
      }
      int end = c.end;
      for (int letter = nextListedPart(end); letter >= 0; letter = nextListedPart(end)) {
        end = letter + partLength(letter);
      }
      return end;
    }

    /**
     * The position of the last part letter of a range after a number's part letter {@code first},
     * which ends at {@code from} ({@code A–E}, {@code A to E}, {@code A à E}, {@code A-C}), or -1: a
     * single letter after the first in the alphabet, past a dash or the language's range word.
     */
    private int lastPartOfRange(int from, char first) {
      int j = from + markLengthAfter(from);
      int dash = index.skipSpaces(j);
      if (dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '\u2013' || text.charAt(dash) == '\u2011')) {
        j = dash + 1;
      } else {
        j = dash;
        String word = tables.keywordAfter ? printedAt(tables.rangeWords, j) : index.wordAt(j);
        if (word == null || !tables.rangeWords.contains(word)) {
          return -1;
        }
        j += word.length();
      }
      int letter = index.skipSpaces(j);
      int length = partLength(letter);
      if (length == 0) {
        return -1;
      }
      String last = latinLetters(text.substring(letter, letter + length));
      return last.length() == 1 && last.charAt(0) > first && first >= 'A' && last.charAt(0) <= 'Z' ? letter : -1;
    }

    /**
     * The position of the part letter listed after {@code from} (the end of a number's part letter
     * or of the letter listed before), past a comma or connector; -1 where none is.
     */
    private int nextListedPart(int from) {
      // Chinese marks each part ("第53/243 A号和B号决议") and writes the connector without spaces
      int j = index.skipSpaces(from + markLengthAfter(from));
      String word = index.wordAt(j);
      if (j < text.length() && text.charAt(j) == ',') {
        word = ",";
      }
      if (!tables.connectors.contains(word) && !word.equals(",")) {
        // a connector written without a space after it (Chinese 和, Arabic و before the part's word)
        word = printedAt(tables.connectors, j);
        if (word == null) {
          return -1;
        }
      }
      int letter = index.skipSpaces(j + word.length());
      return partLength(letter) > 0 ? letter : -1;
    }

    /**
     * The length of the part letter standing alone at {@code at}: a Latin capital (before a Chinese
     * mark, or no letter or digit), or a part letter written as a word (Arabic {@code باء}); 0
     * where none stands there.
     */
    private int partLength(int at) {
      if (at >= text.length()) {
        return 0;
      }
      if (Scripts.isLatinCapital(text.charAt(at))) {
        boolean alone = at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))
            || Character.UnicodeScript.of(text.charAt(at + 1)) == Character.UnicodeScript.HAN;
        return alone ? 1 : 0;
      }
      String word = printedAt(tables.partWords.keySet(), at);
      int end = word == null ? at : at + word.length();
      return word != null && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) ? word.length() : 0;
    }

    /**
     * The one matcher over the text for a pattern of the tables, made at its first use: asked at many
     * places of a text (a clause mark, a candidate), a pattern is not given a new matcher each time.
     */
    private Matcher reused(Pattern pattern) {
      return reusedMatchers.computeIfAbsent(pattern, p -> p.matcher(text));
    }

    private final Map<Pattern, Matcher> reusedMatchers = new java.util.IdentityHashMap<>();

    private Matcher matcher(Pattern pattern) {
      Matcher m = pattern.matcher(text);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      return m;
    }

    /**
     * One shape of number, tried only where a run of digits starts (or its special-session
     * prefix), with one matcher: a match gives its candidate the groups it reads, and no match is
     * run twice.
     */
    private final class Shape {
      private final Pattern pattern;
      private final String name;
      /**
       * The matcher, and which of a candidate's groups the pattern has, made at the first try: most
       * texts (a paragraph, a footnote) try few of the shapes, or none.
       */
      private Matcher matcher;
      private java.util.EnumSet<Candidate.Group> has;

      Shape(Pattern pattern, String name) {
        this.pattern = pattern;
        this.name = name;
      }

      void tryAt(int from, List<Candidate> out) {
        if (matcher == null) {
          matcher = matcher(pattern);
          has = Candidate.Group.among(NamedGroups.names(pattern));
        }
        matcher.region(from, text.length());
        if (matcher.lookingAt()) {
          out.add(new Candidate(matcher, name, has));
        }
      }
    }

    /**
     * Whether the digits at {@code digits} end a symbol whose series the text printed with a space
     * before its number ("Assembly/AU/Decl. 8 (XXXII)", a decision of the African Union's Assembly,
     * A/RES/75/164): letters glued to a slash, a full stop, white space. The number is the symbol's,
     * not one the resolution word before the symbol names.
     */
    private boolean endsSymbolSeries(int digits) {
      int i = digits;
      while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
        i--;
      }
      if (i == digits || i < 3 || text.charAt(i - 1) != '.') {
        return false;
      }
      int letters = i - 1;
      while (letters > 0 && isAsciiLetter(text.charAt(letters - 1))) {
        letters--;
      }
      return letters < i - 1 && letters > 0 && text.charAt(letters - 1) == '/';
    }

    /**
     * Where the roman session of {@link #ROMAN_SESSION_NUMBER} starts before the digits at
     * {@code digits} ({@code XII/} of {@code XII/23}); -1 where none stands there.
     */
    private int romanSessionBefore(int digits) {
      if (digits < 2 || text.charAt(digits - 1) != '/') {
        return -1;
      }
      int start = digits - 1;
      while (start > 0 && Scripts.isRomanLetter(text.charAt(start - 1))) {
        start--;
      }
      return start < digits - 1 ? start : -1;
    }

    /** After a part letter written as a word and the spaces after it ({@code 2200 ألف (د-21)}), or {@code at}. */
    private int afterPartWord(int at) {
      if (tables.partWords.isEmpty()) {
        return at; // only Arabic writes part letters as words; asked at every digit run
      }
      String word = printedAt(tables.partWords.keySet(), at);
      if (word == null) {
        return at;
      }
      int i = at + word.length();
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
        i++;
      }
      return i;
    }

    /** Where a special-session prefix before the digits starts ({@code S-26/2}, {@code دإ-24/2}). */
    private int sessionPrefixStart(int digits) {
      char dash = digits < 2 ? ' ' : text.charAt(digits - 1);
      if (dash != '-' && dash != '\u2011' && dash != '\u2013') { // the en dash too: Arabic "دا–23/2"
        return digits;
      }
      String prefix = printedEndingAt(tables.sessionPrefixesLongestFirst, digits - 1);
      return prefix == null ? digits : digits - 1 - prefix.length();
    }

    private boolean free(int start, int end) {
      for (int i = start; i < end; i++) {
        if (consumed.get(i)) {
          return false;
        }
      }
      return true;
    }

    /** Decides whether a number is cited and by which body; false to leave it. */
    private boolean classify(Candidate c) {
      if (c.shape.equals("coded")) {
        return codedBody(c);
      }
      int sentence = sentenceStart(c.start);
      int[] keyword = tables.keywordAfter ? keywordAfter(c.end) : null;
      // where the word follows the number, one before it counts only for a number printed as cited
      // ("第74/306号，以及…第74/307号决议"), not for a period ("决定…到2020/21预算期结束时", "decides … the 2020/21 budget period")
      if (keyword == null && (!tables.keywordAfter || markBefore(c.start) > 0 || markLengthAfter(c.end) > 0)) {
        keyword = lastKeyword(sentence, c.start);
      }
      if (keyword == null) {
        return false;
      }
      c.decision = tables.decisionWords.contains(new String(lower, keyword[0], keyword[1] - keyword[0]));
      // A name right before the keyword binds tighter than one after the number, which may belong
      // to the next citation: "General Assembly resolution 65/232 of 21 December 2010, Security Council resolution …".
      CiteTables.BodyName named = bodyBetween(keyword[1], c.start);
      // between the keyword and the number with no other number between: "résolution du Conseil … 2003/29"
      c.namedAtKeyword = named != null && !hasDigit(keyword[1], c.start);
      if (named == null) {
        named = bodyBefore(Math.min(keyword[0], c.start), c);
        c.namedAtKeyword = named != null && nameStartEndingAt(index.spacesBefore(keyword[0])) >= 0;
      }
      if (named == null && tables.keywordAfter) {
        named = bodyBeforeList(c.start);
      }
      Body councilBefore = named == null && tables.keywordAfter ? councilBeforeList(c) : null;
      if (named == null) {
        named = bodyAfter(c);
        c.namedAtKeyword = named != null; // "résolution 56/156 de l’Assemblée générale": named as printed
      }
      if (named == null && !tables.shortNames.isEmpty()) {
        named = shortNamed(keyword, c);
      }
      boolean misnamed = named != null && named.body() != Body.OTHER && !numbers(named.body(), c);
      if (misnamed) {
        // "General Assembly and Security Council resolutions 70/262 and 2282 (2016)": the Council
        // numbers 2282 (2016), not 70/262, which is read as if no body were named
        named = null;
      }
      Body council = named == null && !misnamed ? councilBody(keyword, c) : null;
      c.bodyNamed = named != null || council != null || councilBefore != null;
      if (named != null) {
        c.body = named.body();
        c.acronym = named.body() == Body.OTHER ? named.acronym() : null;
      } else if (council != null) {
        c.body = council;
      } else if (councilBefore != null) {
        c.body = councilBefore;
      } else if ((isOwn(keyword) || tables.keywordAfter && (isOwn(new int[] {c.start, c.start}) || ownBeforeDate(c)))
          && numbers(ownBody(), c) && !afterOwnSession(c) && !outOfSequence(ownBody(), c)) {
        // not a number out of the body's own roman sequence: "sa propre résolution 415 (V)" in the
        // Assembly's draft inside E/RES/2021/20 is no resolution of the Council's fifth session
        c.body = ownBody();
      } else if (c.reversed && bodyLinkAfter(afterListOf(c))) {
        // read right to left only because no body was named; one the tables do not know is named after it
        // ("القرار 6/2019 المؤرخ 28 حزيران/يونيه 2019 الصادر عن مؤتمر منظمة الأغذية والزراعة", A/RES/75/235):
        // its own numbering, which no default body has
        warnings.add(new Extraction.Warning(c.start, (c.decision ? "decision " : "resolution ") + c.a + "/" + c.b
            + " is of a body the tables do not know, named after it"));
        return false;
      } else if (!takesBody(c, inBodysRecords(c))) { // the body whose records print it, or the default
        c.body = defaultBody(c);
      }
      if (c.acronym == null && !c.bodyNamed && c.shape.equals("roman-session")) {
        // a roman session's number is a treaty body's ("decision XII/3"): one whose short name stands
        // earlier in the sentence ("adopted by the Conference of the Parties in its decision XII/3")
        takesBody(c, shortNamedInSentence(c, sentence));
      }
      if (c.acronym == null && c.shape.equals("roman-session")) {
        // no UN organ numbers so: without its body the number is read, not cited
        warnings.add(new Extraction.Warning(c.start, numberWithItsWord(c)
            + " is numbered by a roman session, as treaty bodies number theirs, and no such body is named for it"));
        return false;
      }
      if (c.acronym == null && kindOf(c.body, c.decision).isEmpty()) {
        return false;
      }
      return plausible(c);
    }

    /**
     * A decision number that carries its body's code ({@code [coded-numbers]}): "decision 1/CP.21"
     * is the Conference of the Parties to the Framework Convention on Climate Change's, wherever it
     * stands. Where the language prints two bodies' codes alike (Arabic "1/م أ-21" and "7/م أ-13":
     * the Climate and the Desertification Conferences), the body is the one that held the session
     * ({@code session-years.tsv}), else the one whose document is cited last before the number in its
     * sentence ("ICCD/COP(13)/21/Add.1، المقرر 7/م أ-13"), else the one the document names; none,
     * with a warning, where that leaves more than one.
     */
    private boolean codedBody(Candidate c) {
      List<CiteTables.CodedNumber> bodies = tables.codedNumbers.get(c.code);
      int session = Integer.parseInt(c.cs);
      SessionYears years = SessionYears.get();
      List<CiteTables.CodedNumber> held = bodies.stream()
          .filter(b -> !years.dates(b.acronym()) || years.held(b.acronym(), session)).toList();
      Citation cited = held.size() > 1 ? lastSymbolInSentence(c) : null;
      if (cited != null) {
        List<CiteTables.CodedNumber> ofSeries = held.stream().filter(b -> cited.canonical().startsWith(b.series())).toList();
        held = ofSeries.isEmpty() ? held : ofSeries;
      }
      if (held.size() > 1) {
        List<String> named = namedInDocument();
        List<CiteTables.CodedNumber> namedOnes = held.stream().filter(b -> named.contains(b.acronym())).toList();
        held = namedOnes.size() == 1 ? namedOnes : held;
      }
      if (held.size() != 1) {
        warnings.add(new Extraction.Warning(c.start, "decision " + text.substring(c.start, c.end)
            + (held.isEmpty() ? " is of a session no body of its code held" : " is of more than one body's numbering")));
        return false;
      }
      c.decision = true;
      c.body = Body.OTHER;
      c.acronym = held.get(0).acronym();
      c.canonicalCode = held.get(0).code();
      c.bodyNamed = true;
      return true;
    }

    /** Shapes that cannot be the body's numbering are left out ("24/7", a year-shaped number of the GA). */
    private boolean plausible(Candidate c) {
      if (!c.shape.equals("slashed")) {
        return true;
      }
      return plausibleNumber(c.first(), c.second());
    }

    private static boolean plausibleNumber(String first, String second) {
      int a = Integer.parseInt(first);
      int b = Integer.parseInt(second);
      return b > 0 && (a >= 1 && a <= 99 || a >= 1946 && a <= 2049) && second.length() <= 3;
    }

    /** A number printed right to left ({@code 306/74}) where the language's texts do so, and only reversed is it plausible. */
    private void readDirection(Candidate c) {
      if (tables.reversedNumbers && c.shape.equals("slashed") && c.ss == null
          && !plausibleNumber(c.first(), c.second()) && plausibleNumber(c.second(), c.first())) {
        c.reversed = true;
      }
    }

    /**
     * Whether a body numbers its resolutions in this shape: ECOSOC by year ({@code 2011/33}) or with
     * a roman session, the Council with a year in brackets, the Assembly and the Human Rights
     * Council by session. A text an organ adopts for another ("its resolution 46/152" in an ECOSOC
     * draft for the Assembly) speaks with the other's voice.
     */
    private static boolean numbers(Body body, Candidate c) {
      boolean yearShaped = c.shape.equals("slashed") && c.first().length() == 4;
      switch (body) {
        case ECOSOC:
          return yearShaped || c.shape.equals("roman");
        case SC:
          return c.shape.equals("year");
        case GA:
        case HRC:
          return c.shape.equals("roman") || c.shape.equals("slashed") && !yearShaped && !decisionBelowFirst(body, c);
        default:
          return true;
      }
    }

    /**
     * Whether a decision of a regular session is numbered below the body's first decision number
     * ({@link #FIRST_DECISION}): the Assembly's "decision 44/114" does not exist, the Statistical
     * Commission's does.
     */
    private static boolean decisionBelowFirst(Body body, Candidate c) {
      Integer first = FIRST_DECISION.get(body);
      return first != null && c.decision && c.sessionNumbered() && Integer.parseInt(c.second()) < first;
    }

    /**
     * The acronym of the body in whose records a number no body is named for is printed
     * ({@code record-series.tsv}), or null. The last symbol cited before the number in its sentence
     * is one of that body's reports or records ("Official Records of the General Assembly,
     * Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12",
     * A/RES/75/152: the Human Rights Council's; "UNEP/CBD/COP/10/27, annex, decision X/2"), and the
     * body held the number's session in the document's years, or, where the table dates none of its
     * sessions, the number is none the Assembly could have ("CAC/COSP/2013/18, sect. I.A, resolution
     * 5/3").
     */
    private String inBodysRecords(Candidate c) {
      int session = c.sessionNumbered() ? Integer.parseInt(c.first())
          : c.shape.equals("roman-session") ? Scripts.romanValue(c.r) : -1;
      if (session < 0) {
        return null;
      }
      Citation cited = lastSymbolInSentence(c);
      if (cited == null) {
        return null;
      }
      Optional<RecordSeries.Document> document = RecordSeries.get().of(cited.canonical());
      if (document.isEmpty()) {
        return null; // another document is the last cited: the number is not one of its
      }
      String body = document.get().body();
      SessionYears years = SessionYears.get();
      if (!years.dates(body)) {
        return noAssemblyNumber(c) || c.shape.equals("roman-session") ? body : null;
      }
      for (int year = document.get().firstYear(); year <= document.get().lastYear(); year++) {
        if (years.fits(body, session, year)) {
          return body;
        }
      }
      return null;
    }

    /** The last document symbol cited before a number in its sentence, or null. */
    private Citation lastSymbolInSentence(Candidate c) {
      Citation cited = lastSymbolEndingBefore(c.start);
      return cited != null && cited.span().start() >= sentenceStart(c.start) ? cited : null;
    }

    /** The acronyms of the bodies the document names, in an earlier piece or this text, each once. */
    private List<String> namedInDocument() {
      return CitationContext.eachOnceLastNamedLast(context.namedBefore(), bodiesNamed());
    }

    /** The document symbols cited, in text order (as {@link #symbols} found them), made when first asked for. */
    private List<Citation> citedSymbols;

    /** The last document symbol cited that ends at or before {@code at}, or null: a binary search, so that a text's numbers cost no pass each. */
    private Citation lastSymbolEndingBefore(int at) {
      if (citedSymbols == null) {
        citedSymbols = new ArrayList<>();
        for (Citation cited : citations) {
          if (cited.kind() == CitationKind.DOCUMENT_SYMBOL) {
            citedSymbols.add(cited);
          }
        }
      }
      int low = 0;
      int high = citedSymbols.size() - 1;
      Citation found = null;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        if (citedSymbols.get(middle).span().end() <= at) {
          found = citedSymbols.get(middle);
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found;
    }

    /**
     * Whether a number's session comes after the session of the text's own symbol: no text cites a
     * resolution its own body has yet to adopt, so "sa résolution 75/323" in a Human Rights Council
     * text of the fifty-fourth session is another's (A/HRC/RES/54/33 (fr), where the Assembly is named
     * too far before to be read: the Assembly's, by default).
     */
    private boolean afterOwnSession(Candidate c) {
      if (ownSession == UNREAD) {
        ownSession = context.ownSymbol().flatMap(DocumentSymbol::session)
            .filter(session -> DIGITS.matcher(session).matches()).map(Integer::parseInt).orElse(NONE);
      }
      return ownSession != NONE && c.sessionNumbered() && Integer.parseInt(c.first()) > ownSession;
    }

    private static final int UNREAD = -2;
    private static final int NONE = -1;
    /** The session of the text's own symbol, {@link #NONE} where it has none in digits, or {@link #UNREAD}. */
    private int ownSession = UNREAD;

    private Body ownBody() {
      Body own = context.ownBody();
      return own.name().startsWith("GA_") ? Body.GA : own;
    }

    /**
     * A number whose body no name gave, dated in a year that the body's session of that number cannot
     * have, and that the other body numbering by session can: the other's (or, read right to left
     * where the language prints numbers so, the number reversed). The Assembly's texts
     * list Human Rights Council resolutions after naming the Council once ("resolutions 24/14 of
     * 27 September 2013, 27/21 of 26 September 2014"); session 24 of the Assembly was in 1969. A body
     * named for it gives way too where the date fits only the other, unless named right at its keyword
     * ("General Assembly resolution 24/14" stays as printed): in "by which it established the Human
     * Rights Council, and 65/281 of 17 June 2011", the Council had no sixty-fifth session.
     */
    private void bodyByDate(Candidate c) {
      if (c.date == null || c.acronym != null || !c.sessionNumbered() || c.body != Body.GA && c.body != Body.HRC) {
        return;
      }
      int session = Integer.parseInt(c.first());
      Body other = c.body == Body.GA ? Body.HRC : Body.GA;
      SessionYears years = SessionYears.get();
      // an undated number of a session the Assembly did not number so (before its 31st) is left as
      // read: the Council is not the only other body numbering by session (UNEA 4/1, CBD COP 14/34)
      int year = c.date.getYear();
      if (years.fits(c.body, session, year)) {
        return;
      }
      if (years.fits(other, session, year)) {
        if (!c.namedAtKeyword) {
          c.body = other;
        }
        return;
      }
      // where the language's texts print numbers right to left, a date that neither body's session
      // of the number fits but one's session of the number reversed does: "32/37 المؤرخ 23 آذار/مارس
      // 2018" is the Human Rights Council's 37/32 (its thirty-seventh session met in March 2018); a
      // body named for it is kept ("قرارات المجلس … 9/48 المؤرخ 8 تشرين الأول/أكتوبر 2021" is the Council's 48/9)
      for (Body body : c.bodyNamed ? new Body[] {c.body} : new Body[] {c.body, other}) {
        if (fitsReversed(body.name(), c, year)) {
          c.reversed = true;
          c.body = body;
          break;
        }
      }
    }

    /**
     * A number of a body named by its acronym, dated in a year its session of the number cannot
     * have and its session of the number reversed can, where the language prints numbers right to
     * left: Arabic "المقرر 4/14 المؤرخ 30 تشرين الثاني/نوفمبر 2018 الصادر عن مؤتمر الأطراف في اتفاقية
     * التنوع البيولوجي" is the Conference's decision 14/4 (its fourteenth meeting, November 2018).
     * Only for the bodies whose sessions {@code session-years.tsv} dates.
     */
    private void directionByDate(Candidate c) {
      if (c.acronym == null || c.date == null || !c.sessionNumbered()) {
        return;
      }
      int year = c.date.getYear();
      if (!SessionYears.get().fits(c.acronym, Integer.parseInt(c.first()), year) && fitsReversed(c.acronym, c, year)) {
        c.reversed = true;
      }
    }

    /**
     * Whether the slashed number, read right to left where the language prints numbers so, is of a
     * session of the body ({@link Body} name or acronym) that a text of the year may cite.
     */
    private boolean fitsReversed(String body, Candidate c, int year) {
      return tables.reversedNumbers && !c.reversed && c.second().length() <= 2
          && SessionYears.get().fits(body, Integer.parseInt(c.second()), year);
    }

    private Body defaultBody(Candidate c) {
      if (c.shape.equals("year")) {
        return Body.SC;
      }
      if (c.shape.equals("slashed") && c.first().length() == 4) {
        return Body.ECOSOC;
      }
      if (noAssemblyNumber(c) && ownBody() != Body.GA && numbers(ownBody(), c)) {
        return ownBody(); // "resolution 5/2" in a Human Rights Council text: no Assembly number, the Council's
      }
      return Body.GA;
    }

    private String canonical(Candidate c) {
      String part = latinLetters(Optional.ofNullable(c.part).orElse("")).replace(" ", "");
      String number;
      switch (c.shape) {
        case "year":
          number = c.n + part + "(" + c.y + ")";
          break;
        case "roman":
          number = c.n + part + "(" + romanSession(c) + ")";
          break;
        case "roman-session":
          number = Scripts.withLatinLookalikes(c.r) + "/" + c.b + part;
          break;
        case "coded":
          number = c.cn + "/" + c.canonicalCode + "." + c.cs;
          break;
        default:
          String ss = c.ss;
          number = (ss != null ? tables.sessionPrefixes.getOrDefault(ss, ss) + "-" : "") + session(c) + "/" + c.second() + part;
          break;
      }
      if (c.acronym != null) {
        return c.acronym + ":" + number;
      }
      String type = c.decision ? "DEC" : "RES";
      switch (c.body) {
        case SC:
          return "S/" + type + "/" + number;
        case ECOSOC:
          return "E/" + type + "/" + number;
        case HRC:
          return "A/HRC/" + type + "/" + number;
        default:
          return "A/" + type + "/" + number;
      }
    }

    /**
     * The session of a slashed number as its body numbers it: a roman number where the body numbered
     * that session's decisions so and the text printed it in digits (Arabic "المقرر 10/29" of the
     * Conference of the Parties to the Convention on Biological Diversity, X/29; its fourteenth
     * session's are 14/12).
     */
    private String session(Candidate c) {
      String first = c.first();
      Integer last = c.acronym == null ? null : CiteTables.ROMAN_SESSION_BODIES.get(c.acronym);
      if (last != null && first.length() <= 2 && first.chars().allMatch(ch -> ch >= '0' && ch <= '9')
          && first.charAt(0) != '0' && Integer.parseInt(first) <= last) {
        return roman(Integer.parseInt(first));
      }
      return first;
    }

    /** The start of the sentence: after the last ';' or '.' followed by white space, within a window. */
    private int sentenceStart(int position) {
      int limit = Math.max(0, position - SENTENCE_WINDOW);
      int k = sentenceStarts.lastBelowOrAt(position - 1);
      return k >= 0 && sentenceStarts.get(k) > limit ? sentenceStarts.get(k) : limit;
    }

    /** Where the first sentence after {@code position} starts, or the text's end. */
    private int nextSentenceStart(int position) {
      int k = sentenceStarts.lastBelowOrAt(position) + 1;
      return k < sentenceStarts.size() ? sentenceStarts.get(k) : text.length();
    }

    /**
     * The last resolution or decision word in [from, to), as {start, end}: the longest of those that
     * end there, as a word found inside a longer one is its tail (Arabic "قرار" in "القرار", "بقرار").
     */
    private int[] lastKeyword(int from, int to) {
      for (int k = keywords.lastStartingBefore(to); k >= 0 && keywords.start(k) >= from; k--) {
        if (keywords.end(k) <= to) {
          int longest = k;
          // a printed word may run longer than the table's (Arabic tatweel: "قـــرارات"); the bound only ends the look back
          int reach = 4 * tables.longestKeyword;
          for (int j = k - 1; j >= 0 && keywords.start(j) >= from && keywords.end(k) - keywords.start(j) <= reach; j--) {
            if (keywords.end(j) == keywords.end(k)) {
              longest = j;
            }
          }
          return new int[] {keywords.start(longest), keywords.end(longest)};
        }
      }
      return null;
    }

    /**
     * Chinese writes the word after the number, or after the last of a list:
     * {@code 第61/16号、2013年9月20日第68/1号和第72/305号决议}. Looks ahead to the end of the clause.
     */
    private int[] keywordAfter(int end) {
      if (!tables.keywordAfter) {
        return null;
      }
      int limit = Math.min(text.length(), end + 1000);
      boolean quoted = false;
      int i = end;
      // the index found every place a keyword may stand: the text between is read for a clause's end only
      for (int k = keywords.firstStartingAtOrAfter(end); k < keywords.size() && keywords.start(k) < limit; k++) {
        int at = keywords.start(k);
        for (; i < at; i++) {
          char c = text.charAt(i);
          if (c == '“' || c == '”') {
            quoted = c == '“';
          } else if (!quoted && clauseEndsAt(i)) {
            return null;
          }
        }
        String word = keywordAt(at);
        if (word != null) {
          return new int[] {at, at + word.length()};
        }
      }
      return null;
    }

    /** The resolution or decision word standing at {@code at} (the first of the tables' order), or null. */
    private String keywordAt(int at) {
      for (List<String> words : List.of(tables.resolutionWords, tables.decisionWords)) {
        for (String word : words) {
          if (index.regionEquals(at, word)) {
            return word;
          }
        }
      }
      return null;
    }

    /**
     * Whether a Chinese clause ends at {@code i}: a mark of the tables' {@code [clause-marks]}, but
     * one slipped into a list for its 、 ("2368(2017)，2370(2017)和2490(2019)号决议").
     */
    private boolean clauseEndsAt(int i) {
      return tables.clauseMarks.indexOf(text.charAt(i)) >= 0
          && !(tables.listItemAfterComma != null
              && reused(tables.listItemAfterComma).region(i + 1, text.length()).lookingAt());
    }

    /**
     * Chinese dates a number before it: the own-word stands before the date ("回顾其1977年8月4日第281(LXIII)号决定",
     * recalling its decision 281 (LXIII) of 4 August 1977).
     */
    private boolean ownBeforeDate(Candidate c) {
      Optional<Dates.Found> date = dateEndingAt(dateBeforeEnd(c.start));
      return date.isPresent() && isOwn(new int[] {date.get().start(), date.get().start()});
    }

    private boolean isOwn(int[] keyword) {
      String word = new String(lower, keyword[0], keyword[1] - keyword[0]);
      if (tables.ownWords.contains(word)) {
        return true;
      }
      int from = Math.max(0, keyword[0] - 12);
      String before = new String(lower, from, keyword[0] - from);
      for (String own : tables.ownWords) {
        int at = before.lastIndexOf(own);
        // Chinese glues the word to the verb before it ("回顾其第…号决定", recalling its decision …)
        if (at >= 0 && (at == 0 || tables.keywordAfter || !Character.isLetter(before.charAt(at - 1)))
            && before.substring(at + own.length()).strip().length() <= (context.language().code().equals("zh") ? 4 : 0)) {
          return true;
        }
      }
      return false;
    }

    /** Where the body's name that ends at {@code end} starts, or -1 where none ends there. */
    private int nameStartEndingAt(int end) {
      for (int k = bodyNames.lastStartingBefore(end); k >= 0 && end - bodyNames.start(k) <= LONGEST_NAME; k--) {
        if (bodyNames.end(k) == end) {
          return bodyNames.start(k);
        }
      }
      return -1;
    }

    /** Longer than any body's name ("Conference of the States Parties to the United Nations Convention against …"). */
    private static final int LONGEST_NAME = 200;

    /** A body named between the keyword and the number: {@code résolution du Conseil économique et social 2003/29}. */
    private CiteTables.BodyName bodyBetween(int from, int to) {
      for (int k = bodyNames.lastStartingBefore(to); k >= 0 && bodyNames.start(k) >= from; k--) {
        if (bodyNames.end(k) <= to) {
          return tables.bodies.get(bodyNames.value(k));
        }
      }
      return null;
    }

    /**
     * Past a year printed after a number, {@code 542 (LXXIII) 2022}: a space, a year of
     * {@link #yearAt}, and no number glued after it; {@code at} itself where none is.
     */
    private int afterTrailingYear(int at) {
      if (at + 5 > text.length() || text.charAt(at) != ' ' && text.charAt(at) != '\u00a0' || !yearAt(at + 1, at + 5)) {
        return at;
      }
      return at + 5 < text.length() && CiteTables.isNumber(text.charAt(at + 5)) ? at : at + 5;
    }

    /** {@link #bodyNamedAfter} a candidate, looked for once. */
    private CiteTables.BodyName bodyAfter(Candidate c) {
      if (!c.bodyAfterSought) {
        c.bodyAfter = bodyNamedAfter(c);
        c.bodyAfterSought = true;
      }
      return c.bodyAfter;
    }

    /** {@link #afterListOf(int)} after a candidate, read once. */
    private int afterListOf(Candidate c) {
      if (c.afterList < 0) {
        c.afterList = afterListOf(c.end);
      }
      return c.afterList;
    }

    /**
     * A body named right after a number or its list ({@code 2007/12 et 2007/19 du Conseil économique
     * et social}), with only the language's linking words ({@code du}, {@code of the}) between.
     */
    private CiteTables.BodyName bodyNamedAfter(Candidate c) {
      int first = bodyNames.firstStartingAtOrAfter(c.end);
      if (first >= bodyNames.size() || bodyNames.start(first) >= nextSentenceStart(c.end)) {
        return null; // no name after the number in its sentence: the list and the dates after it need not be read
      }
      int i = afterListOf(c);
      CiteTables.BodyName named = bodyLinkedAfter(i, false);
      if (named == null && !tables.agentWords.isEmpty()) {
        // past a topic, only the body that adopted the number: "decision XII/11 of 17 October 2014
        // on biodiversity and tourism development, adopted by the Conference of the Parties …", not
        // "resolution 70/1 on …, the Human Rights Council …"
        int topic = topicEnd(i);
        named = topic > i ? bodyLinkedAfter(topic, true) : null;
      }
      return named;
    }

    /**
     * The body named from {@code at} on with only the language's linking words before it (and an
     * agent word right before it, where {@code adopted}), or null.
     */
    private CiteTables.BodyName bodyLinkedAfter(int at, boolean adopted) {
      int limit = Math.min(text.length(), at + NAME_AFTER_REACH);
      for (int k = bodyNames.firstStartingAtOrAfter(at); k >= 0 && k < bodyNames.size() && bodyNames.start(k) < limit; k++) {
        if (linkingWordsOnly(at, bodyNames.start(k)) && !startsCitation(bodyNames.end(k))
            && (!adopted || agentBefore(k))) {
          return tables.bodies.get(bodyNames.value(k));
        }
      }
      return adopted ? bodyAfterAgentAndDate(at) : null;
    }

    /**
     * The body named right after the date of adoption that follows an agent word, the words before
     * it linking words ("…, принятую 27 мая 2016 года Ассамблеей Организации Объединенных Наций по
     * окружающей среде": adopted on 27 May 2016 by the Environment Assembly), or null.
     */
    private CiteTables.BodyName bodyAfterAgentAndDate(int at) {
      // the date's first digit: the next digit run the index found
      int next = digitRuns.lastBelowOrAt(at - 1) + 1;
      int digit = next < digitRuns.size() ? digitRuns.get(next) : text.length();
      if (digit >= Math.min(text.length(), at + NAME_AFTER_REACH) || !linkingWordsOnly(at, digit)
          || !wordEndsBefore(tables.agentWords, digit)) {
        return null;
      }
      Optional<Dates.Found> date = dateAt(digit);
      return date.isPresent() ? bodyLinkedAfter(date.get().end(), false) : null;
    }

    /**
     * Where a body named after a number (or its list) may stand: past the list's other items, a
     * trailing year, the date, the quoted title and the meeting that the text gives after it.
     */
    private int afterListOf(int end) {
      int i = listEnd(end, false);
      // items that repeat the resolution or decision word may each have their own body named after
      // them ("sa résolution 48/13 … et la résolution 76/300 de l’Assemblée générale"): they are one
      // list only before words naming the body's other texts ("decision XIII/1 and decision 14/34,
      // as well as other relevant decisions of the Conference of the Parties")
      int repeated = tables.othersOfBody.isEmpty() ? i : listEnd(i, true); // goes on where the plain list ends
      if (repeated > i && afterPhrase(tables.othersOfBody, repeated) > repeated) {
        i = repeated;
      }
      i = afterTrailingYear(i);
      int dateFrom = afterDateIntro(i);
      if (dateFrom >= 0) {
        Optional<Dates.Found> date = dateAt(dateFrom);
        if (date.isPresent()) {
          i = date.get().end();
        }
      }
      int titled = afterTitle(i);
      if (titled == i) {
        // a title without a title word: Russian "26/8 «…» Совета управляющих ООН-Хабитат"
        titled = Math.max(i, titleEnd(i));
      }
      return afterWordsBeforeBody(titled);
    }

    /**
     * After the quoted title a text gives what it cites ("8/12 of 20 December 2019, entitled “…”, of
     * the Conference …"), or {@code at} where none stands there: a title word of the language, then
     * a quotation closed within {@link #MAX_TITLE} characters.
     */
    private int afterTitle(int at) {
      int i = index.skipSpacesAndCommas(at);
      String word = index.wordAt(i);
      if (word.isEmpty() || !tables.titleWords.contains(word)) {
        return at;
      }
      int open = index.skipSpaces(i + word.length());
      if (open >= text.length() || OPENING_QUOTES.indexOf(text.charAt(open)) < 0) {
        return at;
      }
      int limit = Math.min(text.length(), open + MAX_TITLE);
      for (int k = open + 1; k < limit; k++) {
        if (CLOSING_QUOTES.indexOf(text.charAt(k)) >= 0) {
          return k + 1;
        }
      }
      return at;
    }

    /**
     * After the meeting a body adopted the cited text at, where the text names it before the body
     * ("decision X/2 of the tenth meeting of the Conference of the Parties …", "adoptée à la
     * neuvième réunion de la Conférence …"), and after the words that name the body's other texts
     * before it ("decision 14/34, as well as other relevant decisions of the Conference of the
     * Parties …"); {@code at} where neither stands there.
     */
    private int afterWordsBeforeBody(int at) {
      return afterPhrase(tables.othersOfBody, afterPhrase(tables.meetingOfBody, at));
    }

    /** After the first of the patterns that matches past the commas and spaces from {@code at}; {@code at} where none does. */
    private int afterPhrase(List<Pattern> patterns, int at) {
      if (patterns.isEmpty()) {
        return at;
      }
      int i = index.skipSpacesAndCommas(at);
      if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
        return at; // every such phrase opens with a word (CiteTablesTest); most lists end at a stop or bracket
      }
      for (Pattern pattern : patterns) {
        // asked once per number at most (afterListOf is read once): one matcher a pattern, not one a number
        Matcher m = reused(pattern).useTransparentBounds(true).useAnchoringBounds(false).region(i, text.length());
        if (m.lookingAt()) {
          return index.skipSpaces(m.end());
        }
      }
      return at;
    }

    /** The end of a body's name right after a number ({@code 65/232 de l’Assemblée générale}); -1 where there is none. */
    private int bodyNameEndAfter(int end) {
      return nameEnd(bodyNameAfter(end));
    }

    /** The end of the body name {@code k} and of the longer names overlapping it; -1 for no name ({@code k} -1). */
    private int nameEnd(int k) {
      if (k < 0) {
        return -1;
      }
      // the longest of overlapping names: "l’Assemblée" inside "l’Assemblée générale"
      int nameEnd = bodyNames.end(k);
      for (int n = k + 1; n < bodyNames.size() && bodyNames.start(n) < nameEnd; n++) {
        nameEnd = Math.max(nameEnd, bodyNames.end(n));
      }
      return nameEnd;
    }

    /** Whether an agent word ("adopted by", "принятой") stands right before the body name {@code k}. */
    private boolean agentBefore(int k) {
      return !tables.agentWords.isEmpty() && wordEndsBefore(tables.agentWords, bodyNames.start(k));
    }

    /** The first body name after {@code end} with only linking words before it ({@link #bodyNameEndAfter}), or -1. */
    private int bodyNameAfter(int end) {
      int limit = Math.min(text.length(), end + NAME_AFTER_REACH);
      for (int k = bodyNames.firstStartingAtOrAfter(end); k >= 0 && k < bodyNames.size() && bodyNames.start(k) < limit; k++) {
        if (linkingWordsOnly(end, bodyNames.start(k)) && !startsCitation(bodyNames.end(k))) {
          return k;
        }
      }
      return -1;
    }

    /**
     * The end of a council word or short name standing for a body right after a number, past the
     * language's linking words ({@code 33/25 del Consejo}, {@code 44/5 du Conseil}, {@code 33/25
     * Совета}); -1 where none stands there.
     */
    private int shortNameEndAfter(int end) {
      int i = index.skipSpaces(end);
      if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
        return -1;
      }
      for (int links = 0; links <= MAX_LINKS_BEFORE_SHORT_NAME; links++) {
        String word = index.wordAt(i);
        if (word.isEmpty()) {
          return -1;
        }
        if (tables.councilWords.contains(word) || tables.shortNames.stream().anyMatch(n -> n.printed().equals(word))) {
          return i + word.length();
        }
        if (!tables.bodyLinks.contains(word)) {
          return -1;
        }
        i = index.skipSpaces(i + word.length());
      }
      return -1;
    }

    /** How many linking words may stand between a number and a short name ("of the Council"). */
    private static final int MAX_LINKS_BEFORE_SHORT_NAME = 2;

    /**
     * Where a date printed before a number would end, in languages that put the date first: before
     * the ordinal mark and the body's name ({@code 2010年12月21日大会第65/232号决议}).
     */
    private int dateBeforeEnd(int start) {
      int p = start;
      for (int mark = markBefore(p); p > 0; mark = markBefore(p)) {
        if (mark > 0) {
          p -= mark;
        } else if (Character.isWhitespace(text.charAt(p - 1))) {
          p--;
        } else {
          break;
        }
      }
      int name = nameStartEndingAt(p);
      return name >= 0 ? name : p;
    }

    /**
     * Where a body's name ends: followed by a resolution or decision word, it names the next
     * citation, in the languages that print a name before the word it issues.
     */
    private boolean startsCitation(int nameEnd) {
      if (tables.keywordAfter || tables.namesAfterKeyword) {
        return false;
      }
      int i = index.skipSpaces(nameEnd);
      String word = index.wordAt(i);
      return tables.resolutionWords.contains(word) || tables.decisionWords.contains(word);
    }

    /**
     * A body named by the first word of its name alone, the full name printed before: "the
     * Commission on Human Rights …, in particular Commission resolution 1998/72", "la Commission de
     * la condition de la femme … la résolution 56/4 de la Commission". The short name stands right
     * before the resolution word, between it and the number, or after the number and its list (the
     * language's linking words between); the body is the last one named before the number, in
     * {@link #LIST_REACH}, whose name opens with it; where the text names none before the number,
     * the last one an earlier piece of the document named ({@link CitationContext#namedBefore}).
     * Null where no short name stands there or no such body was named.
     */
    private CiteTables.BodyName shortNamed(int[] keyword, Candidate c) {
      if (shortNamedBodies == null) {
        shortNamedBodies = namesOpeningWithShortNames();
      }
      // the last such name before the number (most texts have none), then the word standing alone
      int k = shortNamedBodies.lastStartingBefore(c.start);
      while (k >= 0 && shortNamedBodies.end(k) > c.start) {
        k--;
      }
      if (k < 0) {
        return shortNamedBefore(keyword, c);
      }
      if (shortNamedBodies.start(k) < c.start - LIST_REACH) {
        return null;
      }
      int name = shortNamedBodies.value(k);
      String word = tables.shortNames.get(shortNameOpening(name)).printed();
      // Chinese 委员会 is any commission's or committee's ("第1267(1999)号决议所设委员会", the committee
      // a resolution established): it stands for a name printed in the same sentence only
      boolean beforeList = shortNamedBodies.start(k) >= sentenceStart(c.start) && shortNameBeforeList(word, c.start);
      return beforeList || shortNameStands(word, keyword, c) ? tables.bodies.get(bodyNames.value(name)) : null;
    }

    /** Whether the short name stands alone where {@link #shortNamed} looks for it. */
    private boolean shortNameStands(String word, int[] keyword, Candidate c) {
      return wordEndsBefore(List.of(word), keyword[0]) || shortNameBetween(word, keyword[1], c.start)
          || shortNameAt(word, afterListOf(c)) >= 0 || shortNameAfterTopic(word, c);
    }

    /**
     * Whether the short name stands past the number's topic, an agent word right before it, as
     * {@link #bodyNamedAfter} reads a full name there: "la decisión X/3, relativa al examen de la
     * aplicación de la estrategia, adoptada por la Conferencia de las Partes" (A/RES/75/219).
     */
    private boolean shortNameAfterTopic(String word, Candidate c) {
      if (tables.agentWords.isEmpty()) {
        return false;
      }
      int after = afterListOf(c);
      int topic = topicEnd(after);
      int at = topic > after ? shortNameAt(word, topic) : -1;
      return at >= 0 && wordEndsBefore(tables.agentWords, at);
    }

    /**
     * Chinese: the short name alone before a list, where {@link #bodyBeforeList} reads a full name
     * ("特别是委员会2002年4月25日第2002/68号决议" after "人权委员会", A/HRC/RES/54/26): the last
     * time it stands before the number outside a name the index found, only the list between.
     */
    private boolean shortNameBeforeList(String word, int start) {
      if (tables.listBetween == null) {
        return false;
      }
      int from = Math.max(0, start - LIST_REACH);
      for (int at = index.lastIndexOf(word, from, start - word.length()); at >= from;
          at = index.lastIndexOf(word, from, at - 1)) {
        if (!insideBodyName(at)) {
          return onlyListBetween(at + word.length(), start);
        }
      }
      return false;
    }

    /**
     * The body that an earlier piece of the document named last among those whose name opens with
     * a short name standing for the number ("Conference resolution 6/1", the Conference of the States
     * Parties to the United Nations Convention against Corruption named paragraphs before), or null.
     * Only for a number that neither the text's own body nor the Assembly could have: a short name
     * standing near a number may be another word of the sentence ("… في قرارها 72/228 المؤرخ …،
     * اللجنة على أن", the Assembly encouraged, in its resolution 72/228, the Commission to …), and
     * a body named paragraphs before is weaker evidence than one in the same text.
     */
    private CiteTables.BodyName shortNamedBefore(int[] keyword, Candidate c) {
      return lastNamedWithShortName(c, context.namedBefore(), (body, name) -> shortNameStands(name.printed(), keyword, c)
          || name.documentWide() && shortNameBeforeList(name.printed(), c.start));
    }

    /**
     * Of the bodies {@code named} (acronyms, the last named last), the one named last whose short
     * name {@code stands} accepts for it, where neither the Assembly nor the text's own body could
     * have the number; null where none. A short name stands for the last body named with it only.
     */
    private CiteTables.BodyName lastNamedWithShortName(Candidate c, List<String> named,
        java.util.function.BiPredicate<CiteTables.BodyName, CiteTables.ShortName> stands) {
      if (numbers(Body.GA, c) && !noAssemblyNumber(c) || ownBody() != Body.GA && numbers(ownBody(), c)) {
        return null;
      }
      java.util.Set<String> claimed = new java.util.HashSet<>();
      for (int k = named.size() - 1; k >= 0; k--) {
        for (int b : tables.bodiesByAcronym.get(named.get(k))) {
          int w = tables.shortNameOfBody[b];
          if (w >= 0 && claimed.add(tables.shortNames.get(w).printed())
              && stands.test(tables.bodies.get(b), tables.shortNames.get(w))) {
            return tables.bodies.get(b);
          }
        }
      }
      return null;
    }

    /**
     * The body names that open with a short name, in text order, each with its index in
     * {@link #bodyNames}: made at the first number asked about.
     */
    private TextIndex.Occurrences shortNamedBodies;

    private TextIndex.Occurrences namesOpeningWithShortNames() {
      TextIndex.Occurrences out = new TextIndex.Occurrences();
      for (int k = 0; k < bodyNames.size(); k++) {
        if (shortNameOpening(k) >= 0) {
          out.add(bodyNames.start(k), bodyNames.end(k), k);
        }
      }
      return out;
    }

    /** The index of the first short name that the body name {@code k} opens with and goes on after, or -1. */
    private int shortNameOpening(int k) {
      return tables.shortNameOfBody[bodyNames.value(k)];
    }

    /**
     * Where the short name, a whole word, stands after a number and its list (from {@code from}),
     * with only the language's linking words between; -1 where it does not.
     */
    private int shortNameAt(String shortName, int from) {
      int limit = Math.min(text.length(), from + NAME_AFTER_REACH);
      for (int i = index.skipSpaces(from); i < limit; i++) {
        if (wholeWordAt(shortName, i)) {
          return linkingWordsOnly(from, i) ? i : -1;
        }
      }
      return -1;
    }

    /**
     * Whether the short name, a whole word, stands between {@code from} and {@code to} outside the
     * body names the index found: the opening of a full name is that name's ("Véanse el documento
     * A/75/123 y Conferencia de las Partes en el Convenio …, decisión XII/23" names the Conference
     * inside an item before the number's).
     */
    private boolean shortNameAloneBetween(String shortName, int from, int to) {
      for (int i = from; i + shortName.length() <= to; i++) {
        if (wholeWordAt(shortName, i) && !insideBodyName(i)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code at} stands inside a body's name the index found. */
    private boolean insideBodyName(int at) {
      int name = bodyNames.lastStartingBefore(at + 1);
      return name >= 0 && bodyNames.end(name) > at;
    }

    /**
     * Whether the short name, a whole word, stands between the resolution word and the number, as
     * a body's name may ({@link #bodyBetween}): "les résolutions de la Commission 2002/68 du 25 avril
     * 2002 et 2003/30".
     */
    private boolean shortNameBetween(String shortName, int from, int to) {
      for (int i = from; i + shortName.length() <= to; i++) {
        if (wholeWordAt(shortName, i)) {
          return true;
        }
      }
      return false;
    }

    private boolean wholeWordAt(String lowerWord, int at) {
      return index.regionEquals(at, lowerWord) && index.bounded(at, at + lowerWord.length(), false);
    }

    /** Between a number and its body: commas, spaces and the language's linking words only. */
    private boolean linkingWordsOnly(int from, int to) {
      return wordsOnly(from, to, tables.bodyLinks::contains);
    }

    /**
     * Whether only commas, spaces and words {@code allowed} accepts (lower-cased; an elided article
     * with its apostrophe as the tables write it, {@code l’}) stand between {@code from} and {@code to}.
     */
    private boolean wordsOnly(int from, int to, java.util.function.Predicate<String> allowed) {
      int i = from;
      while (i < to) {
        int next = index.skipSpacesAndCommas(i); // Arabic's comma too: "، الصادر عن مؤتمر الأطراف"
        if (next > i) {
          i = next;
          continue;
        }
        String word = index.wordAt(i);
        if (word.isEmpty()) {
          return false;
        }
        int end = i + word.length();
        if (end > to) {
          // a word written onto the name: what stands before the name may link it (Arabic
          // "لمؤتمر الأطراف", of the Conference of the Parties)
          word = word.substring(0, to - i);
          end = to;
        }
        if (end < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'')) {
          word = word + "’";
          end++;
        }
        if (!allowed.test(word)) {
          return false;
        }
        i = end;
      }
      return true;
    }

    /** The date or list of dates opening the text at a position: asked for again and again (lists, "respectively", bodies after dates), read once. */
    private Optional<Dates.Found> dateAt(int from) {
      if (tables.datesOpenWithDigit && (from >= text.length() || !Scripts.isDigit(text.charAt(from)))) {
        return Optional.empty(); // most places asked open no date: no look-up for them
      }
      return datesAt.computeIfAbsent(from, at -> dates().at(at));
    }

    /** {@link #dateAt}'s answers, by position. */
    private final java.util.Map<Integer, Optional<Dates.Found>> datesAt = new java.util.HashMap<>();

    /**
     * The date ending exactly at a position (Chinese dates a number before it): asked when the own
     * body is sought and when the number is dated, read once.
     */
    private Optional<Dates.Found> dateEndingAt(int end) {
      return datesEndingAt.computeIfAbsent(end, at -> dates().endingAt(at));
    }

    /** {@link #dateEndingAt}'s answers, by position. */
    private final java.util.Map<Integer, Optional<Dates.Found>> datesEndingAt = new java.util.HashMap<>();
    private Dates.Reader dates;

    /** The text's dates, read by one reader made at the first question (most texts ask none). */
    private Dates.Reader dates() {
      if (dates == null) {
        dates = new Dates.Reader(text, tables);
      }
      return dates;
    }

    /** Where the list of numbers that goes on from {@code end} ends; its items may repeat the keyword where {@code keywords}. */
    private int listEnd(int end, boolean keywords) {
      int i = end;
      while (true) {
        int next = skipListItem(i, keywords);
        if (next == i) {
          return i;
        }
        i = next;
      }
    }

    /**
     * After an item of a list: a connector or comma and the next number (after its own resolution
     * or decision word, where {@code keywords}); where the list goes on.
     */
    private int skipListItem(int from, boolean keywords) {
      int i = index.skipSpaces(from);
      int dateFrom = afterDateIntro(i);
      if (dateFrom >= 0 && dateFrom > i) {
        Optional<Dates.Found> date = dateAt(dateFrom);
        if (date.isPresent()) {
          i = index.skipSpaces(date.get().end());
        }
      }
      boolean comma = i < text.length() && text.charAt(i) == ',';
      if (comma) {
        i = index.skipSpaces(i + 1);
      }
      // a connector, after the comma too: "2002/68, de 25 de abril de 2002, y 2003/30", "60/1, 60/2, and 60/3"
      if (i < text.length() && Character.isLetter(text.charAt(i))) {
        String word = index.wordAt(i);
        if (tables.connectors.contains(word)) {
          i = index.skipSpaces(i + word.length());
        } else if (!comma) {
          return from;
        }
      } else if (!comma) {
        return from;
      }
      if (keywords) {
        i = afterItemKeyword(i);
      }
      int digits = romanSessionEnd(i);
      while (digits < text.length() && (Scripts.isDigit(text.charAt(digits)) || text.charAt(digits) == '/')) {
        digits++;
      }
      return digits > i ? digits : from;
    }

    /** The most linking words before a list item's own resolution or decision word ("et de la décision 14/34"). */
    private static final int MAX_ITEM_LINKS = 3;

    /**
     * After the resolution or decision word that a list item repeats ("decision XIII/1 and decision
     * 14/34", "la décision XIII/1 et de la décision 14/34"), with the language's linking words before
     * it; {@code at} where none stands there.
     */
    private int afterItemKeyword(int at) {
      int i = at;
      for (int words = 0; words <= MAX_ITEM_LINKS && i < text.length() && Character.isLetter(text.charAt(i)); words++) {
        String word = index.wordAt(i);
        if (tables.resolutionWords.contains(word) || tables.decisionWords.contains(word)) {
          return index.skipSpaces(i + word.length());
        }
        if (!tables.bodyLinks.contains(word)) {
          break;
        }
        i = index.skipSpaces(i + word.length());
      }
      return at;
    }

    /** After the roman figures of a session that a slash follows ({@code XIII/1}); {@code at} where none stand there. */
    private int romanSessionEnd(int at) {
      int i = at;
      while (i < text.length() && Scripts.ROMAN_LETTERS.indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      return i > at && i < text.length() && text.charAt(i) == '/' ? i : at;
    }

    /**
     * A body named right before the keyword: {@code Security Council resolution 1373 (2001)}. Where
     * a date of adoption stands between them ({@link #withoutDate}), it is the candidate's
     * {@link Candidate#adoptedOn}.
     */
    private CiteTables.BodyName bodyBefore(int keywordStart, Candidate c) {
      // the items of a list share their keyword ("resolutions 60/1, 61/2 and 62/3"): the body before
      // it is read once for them all
      if (keywordStart != bodyBeforeKeywordAt) {
        bodyBeforeKeywordAt = keywordStart;
        bodyBeforeKeyword = readBodyBefore(keywordStart);
      }
      if (bodyBeforeKeyword == null) {
        return null;
      }
      if (bodyBeforeKeyword.adoptedOn() != null) {
        c.adoptedOn = bodyBeforeKeyword.adoptedOn();
      }
      return bodyBeforeKeyword.name();
    }

    /** The keyword before which {@link #bodyBefore} last read, and what it found there (null for none). */
    private int bodyBeforeKeywordAt = -1;
    private NamedBefore bodyBeforeKeyword;

    /** A body named before a keyword, and the date of adoption in the gap between them, or null. */
    private record NamedBefore(CiteTables.BodyName name, List<LocalDate> adoptedOn) {}

    private NamedBefore readBodyBefore(int keywordStart) {
      // names run long ("Conference of the States Parties to the United Nations Convention against
      // Corruption", 85 characters); the gap after one is checked below
      int from = Math.max(0, keywordStart - 200);
      for (int k = bodyNames.lastStartingBefore(keywordStart); k >= 0 && bodyNames.start(k) >= from; k--) {
        // the gaps below are a few characters, or three short words at most
        if (bodyNames.end(k) <= keywordStart && keywordStart - bodyNames.end(k) <= MAX_BODY_GAP) {
          String printed = text.substring(bodyNames.end(k), keywordStart);
          if (linksNameToKeyword(printed, bodyNames.start(k), keywordStart)) {
            return new NamedBefore(tables.bodies.get(bodyNames.value(k)), null);
          }
          UndatedGap undated = withoutDate(bodyNames.end(k), keywordStart);
          if (undated != null && linksNameToKeyword(undated.printed(), bodyNames.start(k), keywordStart)) {
            return new NamedBefore(tables.bodies.get(bodyNames.value(k)), undated.date().dates());
          }
          // "by the Economic and Social Commission for Asia and the Pacific at its seventy-second
          // session, of resolution 72/7": the session that adopted it stands in the gap
          if (tables.sessionInGap != null && holds(bodyNames.end(k), keywordStart, tables.sessionInGapLiteral)) {
            Matcher session = tables.sessionInGap.matcher(printed);
            if (session.find() && linksNameToKeyword(session.replaceFirst(" "), bodyNames.start(k), keywordStart)) {
              return new NamedBefore(tables.bodies.get(bodyNames.value(k)), null);
            }
          }
        }
      }
      return null;
    }

    /**
     * Whether the words {@code printed} between a body's name (starting at {@code nameStart}) and
     * the keyword make the keyword's resolution that body's.
     */
    private boolean linksNameToKeyword(String printed, int nameStart, int keywordStart) {
      String gap = printed.toLowerCase(Locale.ROOT).strip();
      String afterComma = CiteTables.withoutLeadingComma(gap);
      String[] words = CiteTables.words(afterComma);
      return tables.isShortGap(gap) || ownGap(gap, afterComma, words, printed)
          || ownKeywordGap(afterComma, words, keywordStart) || attribution(gap, afterComma, nameStart)
          || agent(afterComma, nameStart)
          || !tables.bodyGaps.isEmpty() && tables.bodyGaps.contains(CiteTables.spacedAsOne(afterComma));
    }

    /** A gap between a body's name and the keyword, printed without the date that stood in it. */
    private record UndatedGap(String printed, Dates.Found date) {}

    /**
     * The gap between a body's name and the keyword ({@code from} to {@code to}) without the date of
     * adoption standing in it, and the word that introduces that date ({@code [gap-date-intro]}):
     * "the Economic Commission for Latin America and the Caribbean on 16 May 1998 of its
     * resolution", "a adopté le 16 mai 1998 la résolution", Arabic "اتخذت في 16 أيار/مايو 1998 قرارها";
     * null where no date stands there. The date is one the language's patterns read whole, opening
     * at a word's start.
     */
    private UndatedGap withoutDate(int from, int to) {
      if (tables.gapDateIntro.isEmpty()) {
        return null;
      }
      for (int i = from; i < to; i++) {
        if (Scripts.isDigit(text.charAt(i)) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          Optional<Dates.Found> date = dateAt(i);
          if (date.isEmpty() || date.get().end() > to) {
            return null;
          }
          int intro = startOfWordBefore(tables.gapDateIntro, i);
          int cut = intro >= from ? intro : i;
          return new UndatedGap(text.substring(from, cut) + " " + text.substring(date.get().end(), to), date.get());
        }
      }
      return null;
    }

    /**
     * A body named at the opening of a sentence, a comma, then the keyword: a note's attribution
     * ("Indian Ocean Tuna Commission, resolutions 12/07 and 13/07."), or the same opening an item of
     * a note's list, a connector and a comma before it ("…, secc. I, y Conferencia de las Partes en el
     * Convenio sobre la Diversidad Biológica, decisión XII/23", A/RES/75/239). Only there: inside a
     * sentence the name before a comma may end the citation before ("… of the Conference of the
     * Parties to the Convention against Transnational Organized Crime, and resolution 8/12 …", Arabic
     * "، والقرار").
     */
    private boolean attribution(String gap, String afterComma, int nameStart) {
      return afterComma.length() < gap.length() && tables.isShortGap(afterComma)
          && (index.skipSpaces(sentenceStart(nameStart + 1)) == nameStart || opensListItem(nameStart));
    }

    /** Whether a connector stands right before {@code at}, and a comma right before the connector. */
    private boolean opensListItem(int at) {
      int connector = startOfWordBefore(tables.connectors, at);
      int before = connector < 0 ? 0 : index.spacesBefore(connector);
      return before > 0 && CiteTables.isComma(text.charAt(before - 1));
    }

    /**
     * The body is the agent of the resolution or decision that the keyword opens: an agent word of
     * the language right before its name, one of the language's agent links between the name and
     * the keyword, after a comma or not ("l’adoption, par la Commission des stupéfiants, de la
     * décision 63/15", "the adoption by the Commission on Narcotic Drugs of decision 63/15").
     */
    private boolean agent(String afterComma, int nameStart) {
      if (tables.agentLinks.isEmpty() || !tables.agentLinks.contains(afterComma)) {
        return false;
      }
      return wordEndsBefore(tables.agentWords, nameStart);
    }

    /**
     * The keyword is itself an own-word, the possessive inside it ("في قراره", in its resolution):
     * one preposition between the body's name and it, after a comma or not, or up to four words of
     * the body's own clause without a comma, a paragraph's number no word — as {@link #ownGap} allows
     * five with the own-word apart ("جمعية الأمم المتحدة للبيئة في الفقرة 7 من قرارها 4/6", the
     * Environment Assembly in paragraph 7 of its resolution 4/6).
     */
    private boolean ownKeywordGap(String afterComma, String[] words, int keywordStart) {
      if (tables.keywordAfter || !tables.ownWords.contains(index.wordAt(keywordStart))) {
        return false;
      }
      return afterComma.isEmpty() || words.length == 1 || ownClause(afterComma, words, 4);
    }

    /** How far before a number {@link #bodyBeforeList} looks for the body that a list's items share. */
    private static final int LIST_REACH = 1_500;

    /**
     * Chinese names the body once before a list whose items carry their own dates, the word after
     * the last: {@code 人权理事会2011年9月29日第18/6号、2016年9月29日第33/3号决议}. The body stands
     * before the number with nothing but its topic ({@code 关于…的}), dates, numbers and the list's
     * punctuation between.
     */
    private CiteTables.BodyName bodyBeforeList(int start) {
      // lists run long: A/RES/75/193 names the Human Rights Council once before 28 dated items
      int from = Math.max(0, start - LIST_REACH);
      if (tables.listBetween == null) {
        return null;
      }
      int lastBreak = lastClauseBreak(from, start);
      for (int k = bodyNames.lastStartingBefore(start); k >= 0 && bodyNames.start(k) >= from; k--) {
        if (bodyNames.end(k) > start) {
          continue;
        }
        if (onlyListBetween(bodyNames.end(k), start)) {
          return tables.bodies.get(bodyNames.value(k));
        }
        if (lastBreak >= bodyNames.end(k)) {
          return null; // no earlier name past the clause's start
        }
        // a name inside the topic is none of the number's: "麻醉药品委员会2019年3月22日关于…与麻醉药品委员会和
        // 世界卫生组织协作…的第62/8号决议" is the first name's; an earlier one in the clause is tried
      }
      return null;
    }

    /**
     * Whether only what stands between a body and its list ({@code [list-between]}: a topic, dates,
     * numbers, the list's punctuation) stands from {@code from} to {@code to}; false in a language
     * that names no body before a list.
     */
    private boolean onlyListBetween(int from, int to) {
      return tables.listBetween != null && reused(tables.listBetween).region(from, to).matches();
    }

    /** Where the last clause of the text between {@code from} and {@code to} ends ({@link #clauseEndsAt}), or {@code from - 1}. */
    private int lastClauseBreak(int from, int to) {
      int i = to - 1;
      while (i >= from && !clauseEndsAt(i)) {
        i--;
      }
      return i;
    }

    /**
     * "The Council" alone before a Chinese list ({@code 又回顾理事会2007年6月18日第5/1号、…决议}): the
     * council whose numbering the number has, as {@link #councilBody}; null where none stands there.
     */
    private Body councilBeforeList(Candidate c) {
      int from = Math.max(0, c.start - 400);
      for (String word : tables.councilWords) {
        int at = index.lastIndexOf(word, from, c.start - word.length());
        if (at >= from && onlyListBetween(at + word.length(), c.start)) {
          return councilByShape(c);
        }
      }
      return null;
    }

    /**
     * "Council" named alone right before the keyword or right after the number: the Council whose
     * numbering the number has — the Security Council's {@code 1373 (2001)}, the Economic and
     * Social Council's {@code 2019/26}, the Human Rights Council's {@code 27/21}; null otherwise.
     */
    private Body councilBody(int[] keyword, Candidate c) {
      boolean councils = ownBody() == Body.GA && tables.councilOwnWords.contains(index.wordAt(keyword[0]))
          && !shortNamedAgentBefore(keyword[0]);
      if (!councils && (tables.councilWords.isEmpty() || !(councilEndsAt(keyword[0]) || councilAfter(c.end)
          || keyword[1] <= c.start && councilAfter(keyword[1])))) {
        return null;
      }
      return councilByShape(c);
    }

    /** How far before a possessive keyword {@link #shortNamedAgentBefore} looks for the body it is the possessive of. */
    private static final int AGENT_REACH = 40;

    /**
     * Whether a body named by a short name ({@code [short-names]}: Arabic {@code مؤتمر}, a conference)
     * stands as the agent in the clause right before a possessive keyword: "التي اعتمدها مؤتمر الأطراف
     * في مقرره 12/3" (A/RES/75/219, which the Conference of the Parties adopted in its decision
     * 12/3). The possessive is that body's, masculine as a council is: no council's.
     */
    private boolean shortNamedAgentBefore(int keywordStart) {
      for (int i = keywordStart - 1; i >= Math.max(0, keywordStart - AGENT_REACH); i--) {
        char ch = text.charAt(i);
        if (CiteTables.isComma(ch) || ch == '.' || ch == ';' || ch == '؛') {
          return false;
        }
        if (Character.isLetter(ch) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
          for (CiteTables.ShortName name : tables.shortNames) {
            if (index.startsWith(name.opening(), i) || index.startsWith(name.printed(), i)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The council whose numbering a number has: {@code 1373 (2001)} SC, {@code 2019/26} ECOSOC, {@code 27/21} HRC. */
    private static Body councilByShape(Candidate c) {
      if (c.shape.equals("year")) {
        return Body.SC;
      }
      if (c.shape.equals("slashed")) {
        return c.first().length() == 4 ? Body.ECOSOC : Body.HRC;
      }
      return null;
    }

    /** A council word, a whole word, ends right before {@code at} (spaces between). */
    private boolean councilEndsAt(int at) {
      return wordEndsBefore(tables.councilWords, at);
    }

    /**
     * One of the lower-cased {@code words}, a whole word as {@link TextIndex#regionEquals} compares
     * it, ends right before {@code at}, white space between.
     */
    private boolean wordEndsBefore(Collection<String> words, int at) {
      return startOfWordBefore(words, at) >= 0;
    }

    /** Where the word of {@link #wordEndsBefore} starts, or -1 where none of the words ends there. */
    private int startOfWordBefore(Collection<String> words, int at) {
      int end = at;
      while (end > 0 && isBlank(text.charAt(end - 1))) {
        end--;
      }
      for (String word : words) {
        int start = end - word.length();
        if (start >= 0 && index.regionEquals(start, word) && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
          return start;
        }
      }
      return -1;
    }

    /**
     * A council word right after the number ({@code 27/21 du Conseil}) or the keyword
     * ({@code резолюций Совета 5/1 и 5/2}), with only linking words between.
     */
    private boolean councilAfter(int end) {
      int limit = Math.min(text.length(), end + 16);
      for (String word : tables.councilWords) {
        int at = end;
        while (at < limit && !index.startsWith(word, at)) {
          at++;
        }
        if (at < limit && linkingWordsOnly(end, at)
            && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "in its", "dans sa", "en su": a preposition and an own-word between a body's name and the
     * keyword, after a comma or not ("the Human Rights Council, in its resolution 27/21, to appoint");
     * or up to five words of the body's own clause before them (a paragraph's number no word), in
     * lower case and with no comma ("del Consejo de Derechos Humanos contenida en su resolución
     * 45/12", "en el párrafo 7 de su resolución 4/6", "Совета по правам человека,
     * содержащееся в его резолюции 27/21", "que le Conseil des droits de l’homme a adoptés par sa
     * résolution 21/11", "the United Nations Environment Assembly, in paragraph 2 of its resolution
     * 4/6"), where a capital would go on with the name ("Ассамблеи ООН-Хабитат в ее решении 1/1": the
     * UN-Habitat Assembly's, not the Assembly's) and a longer clause is the speaking body's sentence
     * again. {@code gap} is lower-cased, {@code printed} as the text has it.
     */
    private boolean ownGap(String gap, String afterComma, String[] words, String printed) {
      if (tables.keywordAfter) {
        String g = gap;
        for (String mark : tables.marksBefore) {
          g = g.replace(mark, "");
        }
        return g.length() <= 4 && tables.ownWords.stream().anyMatch(g::endsWith);
      }
      return (words.length <= 2 || ownClause(afterComma, words, 5) && printed.equals(printed.toLowerCase(Locale.ROOT)))
          && words.length >= 1 && tables.ownWords.contains(words[words.length - 1]);
    }

    /**
     * Whether {@code words} (of {@code afterComma}) can be the body's own clause between its name and
     * its keyword: at most {@code most} words, a paragraph's number no word, and no comma (past a
     * comma the sentence is the speaking body's again).
     */
    private static boolean ownClause(String afterComma, String[] words, int most) {
      return words.length - numbersAmong(words) <= most && !CiteTables.hasComma(afterComma);
    }

    /** How many of {@code words} are a number: a paragraph's in "en el párrafo 6 de su", not a word of the clause. */
    private static int numbersAmong(String[] words) {
      int numbers = 0;
      for (String word : words) {
        numbers += !word.isEmpty() && word.chars().allMatch(Character::isDigit) ? 1 : 0;
      }
      return numbers;
    }

    // ------------------------------------------------------------------ meetings in words

    /**
     * {@code Official Records of the Security Council, Thirty-first Year, 1969th meeting}: a meeting
     * of the Council named in words is its verbatim record {@code S/PV.1969}. Only in a sentence that
     * names the Council's Official Records, so that the document's own adoption meeting stays silent.
     */
    /**
     * Council meetings named in words ({@code 1969th meeting}, {@code 1583rd, 1585th and 1594th
     * meetings}): in a sentence after a title of the Council's Official Records, and in the
     * Council's own texts, where a meeting is the Council's but in its own adoption statement
     * ({@code Adopted at the 30th meeting}) and where another body is named as the one meeting
     * ({@code the 24th meeting of the Commission}, {@code adopted by the Commission … at its 13th
     * meeting}).
     */
    private void meetingsInWords() {
      if (!index.hasDigit) {
        return; // a meeting is named by its number
      }
      boolean named = false;
      for (int k = 0; k < index.searchAnchors.size() && !named; k++) {
        for (String phrase : tables.officialRecords) {
          named |= index.startsWith(phrase, index.searchAnchors.get(k));
        }
      }
      boolean councilsOwn = ownBody() == Body.SC;
      if (!named && !councilsOwn) {
        return;
      }
      String lowerText = named ? index.lowerText() : null;
      for (Pattern p : tables.meeting) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (consumed.get(m.start())) {
            continue;
          }
          int sentence = sentenceStart(m.start());
          boolean inRecords = named && tables.officialRecords.stream()
              .anyMatch(lowerText.substring(Math.max(sentence, m.start() - 300), m.start())::contains);
          if (!inRecords && !(councilsOwn && councilMeeting(m, sentence))) {
            continue;
          }
          String list = group(m, "list");
          if (list != null) {
            Matcher number = DIGITS.matcher(text).region(m.start("list"), m.end("list"));
            while (number.find()) {
              // each listed meeting by its own ordinal ("1583rd")
              int end = number.end();
              while (end < m.end("list") && Character.isLetter(text.charAt(end))) {
                end++;
              }
              add(CitationKind.MEETING_RECORD, "S/PV." + number.group(), Optional.empty(), number.start(), end, Optional.empty());
            }
          }
          int start = list != null ? m.start("n") : m.start();
          add(CitationKind.MEETING_RECORD, "S/PV." + m.group("n"), Optional.empty(), start, m.end(), Optional.empty());
          consumed.set(m.start(), m.end());
        }
      }
    }

    /** Where the white space from {@code from} ends, {@code limit} at most. */
    private int afterWhiteSpace(int from, int limit) {
      int i = from;
      while (i < limit && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * Whether a meeting named in words in a Council text is one of the Council's: not the text's
     * own adoption (its sentence, or a line of it, opens with {@link CiteTables#ownAdoption}), nor
     * another body's.
     */
    private boolean councilMeeting(Matcher meeting, int sentence) {
      int opening = afterWhiteSpace(sentence, meeting.start());
      // the statement may stand on a line of its own under the title, in a sentence with it
      int line = opening;
      while (line < meeting.start()) {
        for (Pattern p : tables.ownAdoption) {
          if (matcher(p).region(line, text.length()).lookingAt()) {
            return false;
          }
        }
        int lineEnd = text.indexOf('\n', line);
        if (lineEnd < 0 || lineEnd >= meeting.start()) {
          break;
        }
        line = afterWhiteSpace(lineEnd + 1, meeting.start());
      }
      for (Pattern p : tables.meetingOfOtherBody) {
        if (matcher(p).region(meeting.end(), text.length()).lookingAt()) {
          return false;
        }
      }
      for (Pattern p : tables.meetingByOtherBody) {
        // "$" at the meeting's number: the body named meets there
        Matcher before = p.matcher(text).region(Math.max(sentence, meeting.start() - MAX_BODY_GAP * 2), meeting.start());
        if (before.find()) {
          return false;
        }
      }
      return true;
    }

    // ------------------------------------------------------------------ internal references and pinpoints

    /** {@code paragraph 33 above}; {@code paragraph 2 of article 14 of the Convention}. */
    private void internalAndPinpoints() {
      // over the lower-cased text (CiteTables.LOWERED); printed text and instrument from the text itself
      if (!index.hasDigit && !tables.searchesWithoutDigit) {
        return;
      }
      for (CiteTables.Search search : tables.internalSearches) {
        if (!search.mayMatch(index)) {
          continue;
        }
        Matcher m = search.matcher(index);
        for (int from = 0; search.find(m, index, from); from = m.end()) {
          references.add(Reference.builder().kind(ReferenceKind.INTERNAL).target("operative:" + m.group("n"))
              .text(text.substring(m.start(), m.end())).span(Span.of(m.start(), m.end())).location(context.location()).build());
        }
      }
      for (List<CiteTables.Search> forms : tables.pinpointSearches) {
        // the matches of each form, by start; the leftmost wins and those overlapping it are dropped
        List<long[]> found = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
          if (!forms.get(f).mayMatch(index)) {
            continue;
          }
          Matcher m = forms.get(f).matcher(index);
          for (int from = 0; forms.get(f).find(m, index, from); from = m.end()) {
            found.add(new long[] {m.start(), f});
          }
        }
        found.sort(Comparator.comparingLong(a -> a[0]));
        int end = 0;
        for (long[] at : found) {
          if (at[0] < end) {
            continue;
          }
          Matcher m = forms.get((int) at[1]).matcher(index).region((int) at[0], text.length());
          if (!m.lookingAt()) {
            continue;
          }
          end = m.end();
          String paragraph = group(m, "p") != null ? group(m, "p") : group(m, "p2");
          references.add(Reference.builder().kind(ReferenceKind.PINPOINT)
              .target("article " + m.group("a") + (paragraph != null ? ", paragraph " + paragraph : ""))
              .instrument(text.substring(m.start("i"), m.end("i"))).text(text.substring(m.start(), m.end()))
              .span(Span.of(m.start(), m.end())).location(context.location()).build());
        }
      }
    }

    // ------------------------------------------------------------------ dates

    /**
     * Dates: an item's own date follows it ({@code 46/152 du 18 décembre 1991}); an item without one
     * takes the date of the list it ends in ({@code 64/178 et 64/179 du 18 décembre 2009}); a list of
     * dates followed by "respectively" goes item by item.
     */
    private void dates(List<Candidate> items) {
      int previousEnd = 0;
      for (Candidate c : items) {
        c.partsEnd = partsEnd(c);
        Optional<Dates.Found> found = dateIntroducedAt(c.partsEnd);
        int bodyName = found.isEmpty() ? bodyNameAfter(c.partsEnd) : -1;
        int bodyNameEnd = nameEnd(bodyName);
        if (found.isEmpty()) {
          // "résolution 65/232 de l’Assemblée générale, en date du 21 décembre 2010"
          found = dateIntroducedAt(bodyNameEnd);
        }
        if (found.isEmpty()) {
          // "resolución 33/25 del Consejo, de 30 de septiembre de 2016", "резолюцией 33/25 Совета от …"
          found = dateIntroducedAt(shortNameEndAfter(c.partsEnd));
        }
        if (found.isEmpty()) {
          // "5/2, on the Code of Conduct for Special Procedure Mandate Holders of the Human Rights
          // Council, of 18 June 2007"
          found = dateIntroducedAt(topicEnd(c.partsEnd));
        }
        if (found.isEmpty() && bodyName >= 0 && agentBefore(bodyName)) {
          // the agent, then the date with no word of its own: "1 (I), принятой Генеральной
          // Ассамблеей 24 января 1946 года" (adopted by the General Assembly on 24 January 1946)
          found = dateAt(index.skipSpaces(bodyNameEnd));
        }
        if (found.isEmpty() && bodyNameEnd >= 0) {
          // the body's name, then the topic: "1540 (2004) du Conseil de sécurité relative à la
          // non-prolifération des armes de destruction massive, en date du 28 avril 2004"
          found = dateIntroducedAt(topicEnd(bodyNameEnd));
        }
        if (found.isEmpty()) {
          // Russian prints the title between the number and its date: "70/1 «Преобразование нашего
          // мира: …» от 25 сентября 2015 года"
          // or after the body's name: "70/1 de l’Assemblée générale intitulée « … », du 25 septembre 2015"
          found = dateAfterTitle(c.partsEnd);
          if (found.isEmpty() && bodyNameEnd >= 0) {
            found = dateAfterTitle(bodyNameEnd);
          }
        }
        if (found.isPresent()) {
          c.ownDates = found.get().dates();
          c.datesEnd = found.get().end();
          c.dateOfTwo = !tables.dateIntroOfTwo.isEmpty() && wordEndsBefore(tables.dateIntroOfTwo, found.get().start());
        } else if (!c.adoptedOn.isEmpty()) {
          c.ownDates = c.adoptedOn;
        } else if (tables.dateBeforeNumber != null) {
          adoptionDateBefore(c.start, previousEnd).ifPresent(f -> c.ownDates = f.dates());
        } else if (tables.keywordAfter) {
          int markEnd = dateBeforeEnd(c.start);
          Optional<Dates.Found> before = dateEndingAt(markEnd);
          if (before.isEmpty()) {
            before = dateBeforePhrase(markEnd, previousEnd);
          }
          before.ifPresent(f -> c.ownDates = f.dates());
        }
        previousEnd = c.partsEnd;
      }
      int listStart = 0;
      for (int k = 0; k < items.size(); k++) {
        boolean last = k + 1 == items.size() || !sameList(items.get(k), items.get(k + 1));
        if (!last) {
          continue;
        }
        List<Candidate> list = items.subList(listStart, k + 1);
        Candidate tail = list.get(list.size() - 1);
        // a number alone takes its own date, or none
        DateRun run = list.size() > 1 ? dateRun(tail) : null;
        int dated = run == null ? 0 : run.dates().size();
        if (dated == list.size() && (dated >= 2 || run.respectively())) {
          for (int j = 0; j < list.size(); j++) {
            list.get(j).date = run.dates().get(j);
          }
        } else if ((dated >= 2 || dated == 1 && run.respectivelyBefore()) && list.size() >= 2) {
          // as many dates as numbers or none is each number's: "48/5 and 51/13 of 8 October 2021,
          // 12 October 2022 and …" dates neither, nor does "… of, respectively, 27 April 2007" cut
          // short by a footnote; no date is carried to the numbers before
          for (Candidate c : list) {
            c.date = c != tail && c.ownDates.size() == 1 ? c.ownDates.get(0) : null;
          }
        } else {
          // a shared date follows the list, or, where the language dates a number before it, precedes
          // it ("2007年6月18日第5/1号和第5/2号决议"): carried back, or forward over "and" (in
          // "2011年4月4日第65/37 B号、第66/231号、2012年12月11日第67/78号" each number has its own date or none)
          boolean forward = tables.keywordAfter;
          LocalDate carried = null;
          for (int n = 0; n < list.size(); n++) {
            Candidate c = list.get(forward ? n : list.size() - 1 - n);
            if (forward && n > 0 && enumerated(list.get(n - 1), c)) {
              carried = null;
            }
            if (c.ownDates.size() == 1) {
              carried = c.ownDates.get(0);
            }
            c.date = c.ownDates.size() == 1 ? c.ownDates.get(0) : carried != null && yearAllows(c, carried) ? carried : null;
          }
        }
        listStart = k + 1;
      }
      // "resolution 5/1 on … and resolution 5/2 on …, both of 18 June 2007": the number before, in
      // the same sentence and undated, is dated too
      for (int k = 1; k < items.size(); k++) {
        Candidate c = items.get(k);
        Candidate before = items.get(k - 1);
        if (c.dateOfTwo && c.date != null && before.date == null && before.ownDates.isEmpty()
            && sentenceStart(c.start) <= before.start && yearAllows(before, c.date)) {
          before.date = c.date;
        }
      }
    }

    /** How far before its number the adoption that dates it may start ({@code [date-before-number]}). */
    private static final int ADOPTION_REACH = 120;
    /** How far before its number the year of that date may end: a few words ({@code , of the resolution}). */
    private static final int YEAR_TO_NUMBER = 40;


    /**
     * The date of adoption printed before a number, after {@code from} (the number before it), in
     * the words of {@link CiteTables#dateBeforeNumber} that end where the number starts ("welcomes
     * the adoption on 29 November 2013 of resolution 5/6", A/RES/75/194); empty where none stands there.
     */
    private Optional<Dates.Found> adoptionDateBefore(int start, int from) {
      // the date's year ends a few words before the number ("2013 of resolution 5/6"): most numbers
      // have no digit run so close before them, and the pattern is not run for them
      int run = digitRuns.lastBelowOrAt(start - 1);
      int yearEnd = run < 0 ? -1 : digitsEnd(digitRuns.get(run));
      if (yearEnd < 0 || yearEnd - digitRuns.get(run) != 4 || start - yearEnd > YEAR_TO_NUMBER) {
        return Optional.empty();
      }
      Matcher m = reused(tables.dateBeforeNumber);
      m.region(Math.max(Math.max(from, 0), Math.max(sentenceStart(start), start - ADOPTION_REACH)), start);
      while (m.find()) {
        if (m.end() == start) {
          return dateAt(m.start("date"));
        }
      }
      return Optional.empty();
    }

    /**
     * The date printed before a phrase that describes the resolution and ends where its number's
     * marks begin, at {@code end} (Chinese {@code 2020年4月2日题为“…”的第74/270号决议}, {@code
     * 2019年12月19日关于减少灾害风险的第74/218号决议}): the nearest date after {@code from} (the last
     * number's end) whose phrase is one of {@link CiteTables#phraseBeforeNumber}.
     */
    private Optional<Dates.Found> dateBeforePhrase(int end, int from) {
      if (tables.phraseBeforeNumber == null) {
        return Optional.empty();
      }
      for (int q = end - 1; q > from && end - q <= PHRASE_REACH; q--) {
        char ch = text.charAt(q);
        if (ch == '。' || ch == '；') {
          break;
        }
        if (!Scripts.isDigit(text.charAt(q - 1)) && dateEndingAt(q).isPresent()) {
          // the body's name may stand between the date and the phrase: "2015年7月27日大会关于…的第69/313号决议"
          int k = bodyNames.firstStartingAtOrAfter(q);
          int phrase = k < bodyNames.size() && bodyNames.start(k) == q ? nameEnd(k) : q;
          if (phrase <= end && reused(tables.phraseBeforeNumber).region(phrase, end).matches()) {
            return dateEndingAt(q);
          }
        }
      }
      return Optional.empty();
    }

    /**
     * The date after a title printed from {@code from} on ({@link CiteTables#titleBeforeDate}), if
     * one is there, or after the body's name that follows the title ("26/8 «…» Совета управляющих
     * ООН-Хабитат от 12 мая 2017 года").
     */
    private Optional<Dates.Found> dateAfterTitle(int from) {
      int end = titleEnd(from);
      if (end < 0) {
        return Optional.empty();
      }
      Optional<Dates.Found> found = dateIntroducedAt(end);
      return found.isPresent() ? found : dateIntroducedAt(bodyNameEndAfter(end));
    }

    /** Where a title printed from {@code from} on ({@link CiteTables#titleBeforeDate}) ends, or -1. */
    private int titleEnd(int from) {
      if (tables.titleBeforeDate == null
          || !holds(from, Math.min(text.length(), from + TITLE_OPENING_REACH), tables.titleBeforeDateLiteral)) {
        return -1;
      }
      Matcher title = reused(tables.titleBeforeDate).region(from, text.length());
      return title.lookingAt() ? title.end() : -1;
    }

    /**
     * The date at {@code at}, past the spaces, a comma and a date-introducing phrase there; empty
     * where none stands there or {@code at} is -1 (nothing found to read after).
     */
    private Optional<Dates.Found> dateIntroducedAt(int at) {
      int i = at >= 0 ? afterDateIntro(at) : -1;
      return i >= 0 ? dateAt(i) : Optional.empty();
    }

    /** How far after a number the opening of a title printed before its date may stand ("под названием «"). */
    private static final int TITLE_OPENING_REACH = 32;

    /** Whether the lower-cased text holds {@code literal} between {@code from} and {@code to}. */
    private boolean holds(int from, int to, String literal) {
      if (literal.isEmpty()) {
        return true;
      }
      char first = literal.charAt(0);
      for (int i = from; i + literal.length() <= to; i++) {
        if (lower[i] == first && index.regionEquals(i, literal)) {
          return true;
        }
      }
      return false;
    }

    /** Where the topic printed right after a number ends ({@link CiteTables#topicAfterNumber}), or -1. */
    private int topicEnd(int at) {
      if (tables.topicAfterNumber == null) {
        return -1;
      }
      int word = index.skipSpaces(at);
      if (word < text.length() && text.charAt(word) == ',') {
        word = index.skipSpaces(word + 1);
      }
      if (word >= text.length() || !Character.isLetter(text.charAt(word))) {
        return -1; // most numbers of a list are followed by the next, or by a date
      }
      // asked again at the same place (to date a number, to join it to the next of its list, to find
      // the body after it): the pattern, whose topic is read lazily up to 200 characters, runs once
      return topicEnds.computeIfAbsent(at, from -> {
        Matcher topic = reused(tables.topicAfterNumber).region(from, text.length());
        return topic.lookingAt() ? topic.end() : -1;
      });
    }

    /** {@link #topicEnd}'s answers where the pattern ran, by position. */
    private final java.util.Map<Integer, Integer> topicEnds = new java.util.HashMap<>();

    /** How far before a number a date may stand with a phrase describing the resolution between. */
    private static final int PHRASE_REACH = 200;

    /**
     * Whether an enumeration's comma, not "and", stands between two numbers of a list, each with
     * its own marks ("2011年4月4日第65/37 B号、第66/231号"): numbers that share one pair of marks are
     * one group, whatever joins them ("2020年7月15日S-31/1、S-31/2和S-31/3号决定").
     */
    private boolean enumerated(Candidate a, Candidate b) {
      if (markLengthAfter(a.partsEnd) == 0 && markBefore(b.start) == 0) {
        return false;
      }
      for (int i = a.partsEnd; i < b.start; i++) {
        if (tables.enumerationMarks.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** Two items are of one list where only a comma or connector (after a date) stands between them. */
    private boolean sameList(Candidate a, Candidate b) {
      int i = a.datesEnd >= 0 ? a.datesEnd : a.partsEnd;
      // "5/1, on institution-building of the Council, and 5/2, …, of 18 June 2007", "74/92 A,
      // entitled “…”, and 74/92 B, entitled “…”, of 13 December 2019"
      int topicEnd = a.datesEnd >= 0 ? -1 : topicEnd(i);
      if (topicEnd < 0 && a.datesEnd < 0) {
        topicEnd = titleEnd(i);
      }
      i = topicEnd >= 0 ? topicEnd : i;
      // Chinese marks each number and writes the connector between the marks: 第5/1号和第5/2号决议
      int next = b.start - markBefore(b.start);
      int joint = pastJoint(i + markLengthAfter(i));
      return joint == next || tables.keywordAfter && sameSession(a, b) && keywordThenTopicJoin(i + markLengthAfter(i), next);
    }

    /** Whether two slashed numbers have the same session (or year), or two Council numbers the same year. */
    private boolean sameSession(Candidate a, Candidate b) {
      if (!a.shape.equals(b.shape)) {
        return false;
      }
      return a.shape.equals("slashed") ? a.first().equals(b.first())
          : a.shape.equals("year") && Objects.equals(a.y, b.y);
    }

    /**
     * Chinese: the resolution word, the connector and the next number's topic between two marked
     * numbers of one session ("2007年6月18日关于理事会体制建设的第5/1号决议和关于…行为守则的第5/2号决议"):
     * one list, whose date is printed once. Numbers of two sessions so joined are two citations,
     * each dated as printed ("2019年7月25日关于甲的第73/327号决议和关于乙的第74/198号决议").
     */
    private boolean keywordThenTopicJoin(int from, int next) {
      if (tables.phraseBeforeNumber == null) {
        return false;
      }
      String keyword = keywordAt(from);
      if (keyword == null) {
        return false;
      }
      int keywordEnd = from + keyword.length();
      int joint = pastJoint(keywordEnd);
      if (joint == keywordEnd || joint >= next) {
        return false; // no connector
      }
      return reused(tables.phraseBeforeNumber).region(joint, next).matches();
    }

    /**
     * Past the spaces, a comma and a connector that join two items of a list (Chinese writes the
     * connector without a space after it, 和).
     */
    private int pastJoint(int at) {
      int i = index.skipSpaces(at);
      if (i < text.length() && text.charAt(i) == ',') {
        i = index.skipSpaces(i + 1);
      }
      int connector = connectorAt(i);
      return connector > 0 ? index.skipSpaces(i + connector) : i;
    }

    /**
     * The length of the language's connector that stands at {@code at} as a word of its own
     * (Chinese: printed there), or 0; read in place, as it is asked after every item of a list.
     */
    private int connectorAt(int at) {
      if (tables.keywordAfter) {
        String word = printedAt(tables.connectors, at);
        return word == null ? 0 : word.length();
      }
      return index.wordOf(tables.connectors, at);
    }

    /**
     * Whether a date carried from a later item of a list may be this one's: not where the number
     * prints another year ("465 (1980) … and 1515 (2003) of 19 November 2003" dates 1515 (2003)
     * alone), nor where its session met in another.
     */
    private boolean yearAllows(Candidate c, LocalDate date) {
      if (c.shape.equals("year")) {
        return Integer.parseInt(c.y) == date.getYear();
      }
      if (c.sessionNumbered() && c.acronym == null && (c.body == Body.GA || c.body == Body.HRC)) {
        // nor to a session of the Assembly or the Council that met in no such year ("55/7 … and 64/71 of
        // 4 December 2009")
        int session = Integer.parseInt(c.first());
        SessionYears years = SessionYears.get();
        return years.fits(Body.GA, session, date.getYear()) || years.fits(Body.HRC, session, date.getYear());
      }
      return true;
    }

    /**
     * The dates printed one after another after a list's last number, whether "respectively"
     * stands before or after them, and whether before.
     */
    private record DateRun(List<LocalDate> dates, boolean respectively, boolean respectivelyBefore) {}

    /**
     * The dates after a list's last number (and the body's name after it), one after another:
     * {@code 2007/12 et 2007/19 du Conseil économique et social, en date des 25 et 26 juillet 2007,
     * respectivement}, {@code 48/5 et 51/13, en date respectivement des 8 octobre 2021 et 12 octobre
     * 2022}, {@code of 20 December 2005, 29 October 2010 and 27 April 2018, respectively}; null where
     * no date follows.
     */
    private DateRun dateRun(Candidate tail) {
      int i = tail.partsEnd;
      CiteTables.BodyName body = bodyAfter(tail);
      if (body != null) {
        int at = new String(lower, i, Math.min(text.length(), i + 40) - i).indexOf(body.name().toLowerCase(Locale.ROOT));
        if (at >= 0) {
          i += at + body.name().length();
        }
      }
      List<LocalDate> dates = tail.ownDates;
      int end = tail.datesEnd;
      if (end < 0) {
        Optional<Dates.Found> found = dateIntroducedAt(i);
        if (found.isEmpty()) {
          return null;
        }
        dates = found.get().dates();
        end = found.get().end();
      }
      for (Optional<Dates.Found> next = nextDateOfRun(end); next.isPresent(); next = nextDateOfRun(end)) {
        dates = new ArrayList<>(dates);
        dates.addAll(next.get().dates());
        end = next.get().end();
      }
      int j = index.skipSpaces(end);
      if (j < text.length() && text.charAt(j) == ',') {
        j = index.skipSpaces(j + 1);
      }
      // "respectively" before the dates: "en date respectivement du"; not one that lists titles
      // ("74/92 A et 74/92 B respectivement intitulées « … » et « … », en date du 13 décembre 2019")
      int title = titleEnd(tail.partsEnd);
      int from = title >= 0 && title <= end ? title : tail.partsEnd;
      String between = new String(lower, from, Math.max(0, end - from));
      boolean after = false;
      boolean before = false;
      for (String word : tables.respectively) {
        after |= index.regionEquals(j, word);
        before |= between.contains(word);
      }
      return new DateRun(dates, after || before, before);
    }

    /** The date after a date's {@code end}, past a comma or connector and a date-introducing word, if one stands there. */
    private Optional<Dates.Found> nextDateOfRun(int end) {
      int i = pastJoint(end);
      int from = afterDateIntro(i);
      return dateAt(from >= 0 ? from : i);
    }

    /** Past the spaces, an optional comma and a date-introducing phrase; -1 where there is none. */
    private int afterDateIntro(int from) {
      int i = index.skipSpaces(from);
      if (i < text.length() && CiteTables.isComma(text.charAt(i))) {
        i = index.skipSpaces(i + 1);
      }
      String best = null;
      int bestEnd = -1;
      // by index: asked for every item of every list, where an iterator a call was most of what this allocated
      for (int k = 0; k < tables.dateIntro.size(); k++) {
        String intro = tables.dateIntro.get(k);
        if (i >= lower.length || intro.charAt(0) != lower[i]) {
          continue;
        }
        // as the index compares: past a tatweel or vowel mark inside an Arabic word ("المــؤرخ", "المؤرخَيْن")
        int end = index.regionEnd(i, intro);
        if (end > 0 && !letterAfterMarks(end) && (best == null || intro.length() > best.length())) {
          best = intro;
          bestEnd = end;
        }
      }
      if (best == null) {
        return tables.dateIntro.isEmpty() ? i : -1;
      }
      return index.skipSpaces(bestEnd);
    }

    /** Whether a letter stands at {@code at}, past the Arabic marks there: a word goes on. */
    private boolean letterAfterMarks(int at) {
      int i = at;
      while (i < text.length() && Scripts.isArabicMark(text.charAt(i))) {
        i++;
      }
      return i < text.length() && Character.isLetter(text.charAt(i));
    }

    // ------------------------------------------------------------------ helpers

    private void add(CitationKind kind, String canonical, Optional<String> part, int start, int end, Optional<LocalDate> date) {
      add(kind, canonical, part, text.substring(start, end), start, end, date);
    }

    /** The same, the text from {@code start} to {@code end} already cut ({@code printed}). */
    private void add(CitationKind kind, String canonical, Optional<String> part, String printed, int start, int end,
        Optional<LocalDate> date) {
      citations.add(Citation.builder()
          .kind(kind)
          .canonical(canonical)
          .part(part.filter(canonical::contains))
          .text(printed)
          .span(Span.of(start, end))
          .location(context.location())
          .date(date)
          .build());
    }

    private static Optional<CitationKind> kindOf(Body body, boolean decision) {
      switch (body) {
        case GA:
          return Optional.of(decision ? CitationKind.GA_DECISION : CitationKind.GA_RESOLUTION);
        case SC:
          return decision ? Optional.empty() : Optional.of(CitationKind.SC_RESOLUTION);
        case ECOSOC:
          return Optional.of(decision ? CitationKind.ECOSOC_DECISION : CitationKind.ECOSOC_RESOLUTION);
        case HRC:
          return Optional.of(decision ? CitationKind.HRC_DECISION : CitationKind.HRC_RESOLUTION);
        default:
          return Optional.empty();
      }
    }

    private boolean isOwn(DocumentSymbol symbol) {
      Optional<DocumentSymbol> own = context.ownSymbol();
      return own.isPresent() && sameResolution(own.get(), symbol);
    }

    private boolean isOwnCanonical(String canonical) {
      Optional<DocumentSymbol> own = context.ownSymbol();
      // the same resolution has the same number: most citations are told apart without parsing
      if (own.isEmpty() || own.get().number().isPresent() && !canonical.contains(own.get().number().get())) {
        return false;
      }
      Optional<DocumentSymbol> cited = DocumentSymbol.tryParse(canonical);
      return cited.isPresent() && sameResolution(cited.get(), own.get());
    }

    /**
     * The same resolution, part letters included: in 75/245 B, "resolution 75/245" is the earlier
     * text, since renumbered 75/245 A, and a citation.
     */
    private static boolean sameResolution(DocumentSymbol a, DocumentSymbol b) {
      return a.part().equals(b.part()) && a.withoutPart().equals(b.withoutPart());
    }


    /**
     * The session in roman numerals: as printed ({@code XXI}), or from a language's own numbering
     * ({@code د-21} is the 21st session, {@code دإ-4} the 4th special session).
     */
    private String romanSession(Candidate c) {
      if (c.r != null) {
        return c.r.replace('\u2011', '-'); // a no-break hyphen, as the Russian texts print "S‑VI"
      }
      String kind = c.k == null ? "" : tables.sessionPrefixes.getOrDefault(c.k, "");
      return (kind.isEmpty() ? "" : kind + "-") + roman(Integer.parseInt(c.sn));
    }

    private static String roman(int n) {
      int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
      String[] numerals = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
      StringBuilder out = new StringBuilder();
      int rest = n;
      for (int i = 0; i < values.length; i++) {
        while (rest >= values[i]) {
          out.append(numerals[i]);
          rest -= values[i];
        }
      }
      return out.toString();
    }

    /**
     * A part as the Latin letters of canonical forms: a language's part word by its table (Arabic
     * "حاء" is H), a Cyrillic capital typed for a Latin one as that one.
     */
    private String latinLetters(String part) {
      return Scripts.withLatinLookalikes(tables.partWords.getOrDefault(part.strip(), part));
    }
  }
}
