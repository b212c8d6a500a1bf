package dev.resolute.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.resolute.cite.Dates;
import dev.resolute.internal.DataTables;
import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's knowledge of one language, read once from {@code lang/XX.lang} and the generated
 * lead tables {@code lang/XX.preambular.txt} and {@code lang/XX.operative.txt}. See the README
 * beside those files for their sections.
 */
final class LanguageTables {
  private static final Map<Language, LanguageTables> CACHE = new EnumMap<>(Language.class);
  /**
   * The sections of each language's {@code .lang} file, each file read once: {@link #NUMBER_SIGNS}
   * reads every language's at class load, and {@link #of} one language's tables later. Declared
   * before {@link #NUMBER_SIGNS}, whose initializer fills it.
   */
  private static final Map<Language, ImmutableListMultimap<String, String>> SECTIONS = new EnumMap<>(Language.class);

  final Language language;
  final ImmutableList<Formula> formulas;
  /** The first character of each formula as normalized: a line opening otherwise is none. */
  final String formulaInitials;
  final ImmutableList<String> annexWords;
  final ImmutableList<Pattern> closing;
  /**
   * The statement of the text's adoption ({@code Adopted at the 1551st meeting}): a closing line
   * (one of {@link #closing}) that closes the text after a blank line even where the paragraph
   * before it lost its full stop.
   */
  final ImmutableList<Pattern> adoptionStatement;
  final ImmutableList<Pattern> cover;
  final ImmutableList<Pattern> adoption;
  final ImmutableList<Pattern> agenda;
  final ImmutableList<Pattern> resolutionNumber;
  final ImmutableList<String> compounds;
  final ImmutableList<String> leadExtenders;
  final ImmutableList<String> stopwords;
  final ImmutableList<String> sectionLabels;
  /** What opens a subparagraph: the labels of every language, and this one's {@code subparagraph-labels}. */
  final Pattern subparagraph;
  /** Letters printed for others in list labels ({@code а)}, Cyrillic, for {@code a)}): printed to meant. */
  final ImmutableMap<String, String> letterLookAlikes;
  /**
   * The characters that open the numbers of the items inside a lettered subparagraph, where the
   * language numbers them otherwise than {@code (i)}, {@code (ii)} (Chinese {@code ㈠}, {@code 十一}).
   */
  final String itemNumbers;
  /** How the language prints footnote markers and the numbers they may be glued to: {@code [markers]}. */
  final Markers.Style markerStyle;
  /** Whether the language's paragraphs open with their lead in lower case (Russian). */
  final boolean leadsInLowerCase;
  /**
   * The marks that end an adverbial phrase a lead may open with (Chinese 地: "感兴趣地注意到", with
   * interest + notes); empty in languages that write none.
   */
  final String adverbMarks;
  /**
   * Words known to stand inside leads ({@code lead-interiors}: Arabic "also", أيضا, placed after the
   * verb), beside those a table learnt from the markup, where the markup shows too few leads to
   * learn them.
   */
  private final List<String> leadInteriors;
  /** How the language's leads agree with the body that speaks (Arabic), applied to both tables. */
  final LeadAgreement leadAgreement;
  final LeadTable preambularLeads;
  final LeadTable operativeLeads;

  /** An enacting formula and the body it names; {@code normalized} is compared with the text's. */
  record Formula(Body body, String text, String normalized) {}

  private LanguageTables(Language language, ImmutableListMultimap<String, String> sections) {
    this.language = language;
    ImmutableList.Builder<Formula> formulas = ImmutableList.builder();
    for (String line : sections.get("formulas")) {
      String[] parts = line.split("\t", 2);
      formulas.add(new Formula(Body.fromCode(parts[0]).orElseThrow(), parts[1], ParseRun.normalizeFormula(parts[1])));
    }
    this.formulas = formulas.build();
    this.formulaInitials = this.formulas.stream().map(f -> f.normalized().substring(0, 1)).distinct()
        .collect(java.util.stream.Collectors.joining());
    this.annexWords = sections.get("annex");
    this.adoptionStatement = patterns(sections.get("adoption-statement"));
    this.closing = ImmutableList.<Pattern>builder().addAll(patterns(sections.get("closing"))).addAll(adoptionStatement).build();
    this.cover = patterns(sections.get("cover"));
    this.adoption = patterns(sections.get("adoption"));
    this.agenda = patterns(sections.get("agenda"));
    this.resolutionNumber = patterns(sections.get("resolution-number"));
    this.compounds = lower(sections.get("compounds"));
    this.leadExtenders = lower(sections.get("lead-extenders"));
    this.stopwords = lower(sections.get("stopwords"));
    this.sectionLabels = sections.get("section-labels");
    this.subparagraph = Pattern.compile(ParseRun.SUBPARAGRAPH_LABELS
        + sections.get("subparagraph-labels").stream().map(label -> "|" + label).collect(java.util.stream.Collectors.joining()));
    this.letterLookAlikes = DataTables.pairs(sections.get("letter-look-alikes"));
    this.itemNumbers = String.join("", sections.get("item-numbers"));
    this.markerStyle = Markers.Style.of(sections.get("markers"));
    List<String> preambularLines = readLines(language.code() + ".preambular.txt");
    this.leadAgreement = LeadAgreement.of(sections.get("lead-agreement"));
    this.adverbMarks = String.join("", sections.get("adverb-marks"));
    this.leadInteriors = sections.get("lead-interiors");
    this.preambularLeads = leadTable(preambularLines);
    List<String> preambular = LeadTable.phraseLines(preambularLines);
    // Russian opens its paragraphs in lower case; English, French, Spanish with a capital
    this.leadsInLowerCase = preambular.stream().filter(l -> !l.isEmpty() && Character.isLowerCase(l.charAt(0))).count() * 2
        > preambular.stream().filter(l -> !l.isEmpty() && Character.isLetter(l.charAt(0))).count();
    this.operativeLeads = leadTable(readLines(language.code() + ".operative.txt"));
  }

  /**
   * A lead table of the language from a table file's lines, with the language's agreement and its
   * known interior words: the shipped tables are these, and the held-out measure builds its own so.
   */
  LeadTable leadTable(List<String> lines) {
    List<String> all = new java.util.ArrayList<>(lines);
    if (!leadInteriors.isEmpty()) {
      all.add(LeadTable.INTERIORS); // a second [interiors] section adds to the table's own
      all.addAll(leadInteriors);
    }
    return LeadTable.of(language, all, leadAgreement);
  }

  /**
   * The number signs of every language ({@code number-sign} in {@code [markers]}: {@code no},
   * {@code vol}, {@code n°}, {@code №}): a text quotes others' references as they were printed, so
   * each text reads them all.
   */
  static final ImmutableSet<String> NUMBER_SIGNS = java.util.Arrays.stream(Language.values())
      .flatMap(l -> Markers.Style.valuesOf(sectionsOf(l).get("markers"), "number-sign ").stream())
      .collect(ImmutableSet.toImmutableSet());

  static synchronized LanguageTables of(Language language) {
    return CACHE.computeIfAbsent(language, l -> new LanguageTables(l, sectionsOf(l)));
  }

  /** A language's sections ({@link #SECTIONS}). */
  private static synchronized ImmutableListMultimap<String, String> sectionsOf(Language language) {
    return SECTIONS.computeIfAbsent(language, l -> sections(readLines(l.code() + ".lang")));
  }

  /** The first date in the text, read with this language's date pattern and month names. */
  Optional<LocalDate> findDate(CharSequence text) {
    return Dates.first(text, language);
  }

  /** The most characters of an adverbial phrase before its mark. */
  private static final int ADVERB_LENGTH = 6;

  /** How many words after the first may be a lead's interior word. */
  private static final int INTERIOR_POSITIONS = 3;

  /** How much of a paragraph its lead is looked for in: many times the few words of any lead. */
  private static final int LEAD_WINDOW = 400;

  /**
   * The lead phrase of a paragraph's text: the longest phrase of the table that opens it, else its
   * first word with the words of {@code lead-extenders} that follow it (in Chinese, its first two
   * characters); then generalized by the table's opening words and continuations
   * ({@link LeadTable#extend}), its interior words ({@link LeadTable#isInterior}), an adverbial
   * phrase before a lead ({@link #adverbMarks}) and its first words never alone
   * ({@link LeadTable#isNeverAlone}).
   */
  String lead(String paragraph, LeadTable table) {
    // a lead is a few words: the steps below read no further than the window, and copy (to try a
    // text without a word, or after an opening word) no more than it
    String text = paragraph.length() > LEAD_WINDOW ? paragraph.substring(0, LEAD_WINDOW) : paragraph;
    int n = leadLength(text, table);
    // a word that stands inside leads, one of the first few after the first ("выражая также
    // серьезную обеспокоенность", "Se déclare également préoccupé"): the lead of the text without
    // it, where that goes past the words before it, with the word put back
    int start = text.indexOf(' ');
    for (int k = 1; k <= INTERIOR_POSITIONS && start >= 0; k++) {
      int end = text.indexOf(' ', start + 1);
      if (end < 0) {
        break; // the text's last word
      }
      if (end > start + 1 && table.isInterior(text, start + 1, end)) {
        int without = leadLength(text.substring(0, start) + text.substring(end), table);
        if (without > start && without + (end - start) > n) {
          n = without + (end - start);
        }
        break;
      }
      start = end;
    }
    // an adverbial phrase before a lead of the table (Chinese "感兴趣地" + "注意到"): one lead
    for (int k = 1; k <= ADVERB_LENGTH && k < text.length() && !adverbMarks.isEmpty(); k++) {
      if (adverbMarks.indexOf(text.charAt(k)) >= 0) {
        int lead = table.leadLength(text.substring(k + 1));
        if (lead > 0 && k + 1 + lead > n) {
          n = k + 1 + lead;
        }
        break;
      }
    }
    // a first word never marked alone takes the word after it ("Ayant entendu", "Se référant"); only
    // the table's own leads count as the evidence of the step above
    if (n > 0 && n < text.length() && text.charAt(n) == ' ' && table.isNeverAlone(text, n)) {
      int next = wordEnd(text, n + 1);
      if (next > n + 1) {
        n = next;
      }
    }
    return text.substring(0, n);
  }

  private int leadLength(String text, LeadTable table) {
    LeadTable.Phrase phrase = table.longestPhrase(text); // one walk for the look-up and the extension
    int n = table.leadLength(text, phrase);
    if (n == 0) {
      n = firstWords(text);
    }
    return table.extend(text, n, phrase == null ? 0 : phrase.text.length());
  }

  /** The lead where no phrase opens the text. */
  private int firstWords(String text) {
    if (language == Language.ZH) {
      return Math.min(2, text.length());
    }
    int end = wordEnd(text, 0);
    while (end > 0 && end < text.length() && text.charAt(end) == ' ') {
      int next = wordEnd(text, end + 1);
      if (next == end + 1 || !leadExtenders.contains(text.substring(end + 1, next).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = next;
    }
    return end;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '’' || text.charAt(i) == '\''
        || text.charAt(i) == '-' || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return i;
  }

  static Optional<Matcher> findAny(List<Pattern> patterns, CharSequence text) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static ImmutableList<Pattern> patterns(List<String> lines) {
    ImmutableList.Builder<Pattern> out = ImmutableList.builder();
    for (String line : lines) {
      out.add(Pattern.compile(line, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
    }
    return out.build();
  }

  private static ImmutableList<String> lower(List<String> words) {
    return DataTables.lower(words);
  }

  private static ImmutableListMultimap<String, String> sections(List<String> lines) {
    return DataTables.sections(lines);
  }

  /** The non-empty, non-comment lines of a resource; a missing resource is an empty table. */
  static List<String> readLines(String name) {
    return DataTables.lines(LanguageTables.class, "lang/" + name, false);
  }
}
