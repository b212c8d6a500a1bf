package dev.resolute.testkit;

import dev.resolute.internal.DataTables;
import dev.resolute.model.Actor;
import dev.resolute.model.ActorKind;
import dev.resolute.model.Annex;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.ReferenceKind;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.model.TreatySeries;
import dev.resolute.symbol.DocumentSymbol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds valid model values from a seeded random source. A resolution is written as a document
 * first: every citation stands in its clause's text, worded as the language's phrase table words it
 * ({@code General Assembly resolution 65/232 of 21 December 2010}), every footnote marker is glued to
 * a word, a number or a year of its clause, and every span is an offset into the canonical plain
 * text of that document (a preambular paragraph as its text, an operative one as
 * {@code NUMBER.<TAB>text}, subparagraphs on their own lines, footnotes after a rule), so that the
 * model's invariants hold by construction and {@link PdfText} can lay the document out again.
 */
final class ModelGenerator {
  private static final List<String[]> TREATIES = new ArrayList<>();

  static {
    for (String line : Phrases.lines("dev/resolute/cite/treaties.csv")) {
      List<String> cells = DataTables.csv(line);
      if (cells.size() > 7 && cells.get(0).matches("\\d+") && cells.get(1).matches("\\d+")) {
        // registration, volume, short name, depositary chapter
        TREATIES.add(new String[] {cells.get(0), cells.get(1), cells.get(2), cells.get(7)});
      }
    }
  }


  private final Random random;
  private final Language language;
  private final Phrases phrases;
  /** The canonical plain text written so far; spans are offsets into it. */
  private final StringBuilder doc = new StringBuilder();
  private final List<Citation> citations = new ArrayList<>();
  private final List<String> footnoteTexts = new ArrayList<>();
  private final List<List<Citation>> footnoteCitations = new ArrayList<>();
  /** Markers first glued to a word rather than a number. */
  private final List<String> plainMarkers = new ArrayList<>();
  private int footnotesWanted;
  private int citationsWanted;
  private String location = "preamble:1";
  private String ownSymbol = "";

  /** The body of every resolution made, or null for any. */
  private final Body fixedBody;

  ModelGenerator(long seed, Language language) {
    this(seed, language, null);
  }

  ModelGenerator(long seed, Language language, Body body) {
    this.random = new Random(seed);
    this.language = language;
    this.phrases = Phrases.of(language);
    this.fixedBody = body;
  }

  /** A resolution with exactly these numbers of parts, so that shrinking the numbers shrinks it. */
  Resolution resolution(int preamble, int operative, int footnotes, int citationCount) {
    Body body = fixedBody != null ? fixedBody : pick(Body.GA, Body.SC, Body.ECOSOC, Body.HRC, Body.GA_C3);
    Resolution.Builder r = Resolution.builder().language(language).body(body);
    if (random.nextInt(4) > 0) {
      DocumentSymbol own = symbol(body);
      ownSymbol = own.canonical();
      r.symbol(own);
      // the session the symbol names (GA, HRC, drafts), as the cover page prints it
      own.session().ifPresent(r::session);
    }
    if (random.nextBoolean()) {
      r.title(capitalized(phrase(3 + random.nextInt(4))));
    }
    if (random.nextBoolean()) {
      r.adoptionDate(date());
    }
    String formulaBody = body == Body.GA_C3 ? "GA" : body.name();
    String formula = phrases.get("formula", formulaBody, "The General Assembly,");
    r.enactingFormula(formula);
    doc.append(formula).append("\n\n");
    this.footnotesWanted = preamble + operative == 0 ? 0 : footnotes;
    this.citationsWanted = preamble + operative == 0 ? 0 : citationCount;
    int clauses = preamble + operative;
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < preamble; i++) {
      location = "preamble:" + (i + 1);
      r.addPreamble(preambular(clauses - i, i + 1 == preamble && operative == 0));
      clauses--;
    }
    // at least two headings, so that numbering restarts and the sections qualify the numbers (CONVENTIONS)
    boolean sections = operative > 3 && random.nextInt(5) == 0 && !phrases.list("sections").isEmpty();
    int number = 0;
    String section = null;
    for (int i = 0; i < operative; i++) {
      if (sections && (i == 0 || i == operative / 2 || random.nextInt(4) == 0) && (section == null || section.charAt(0) < 'Z')) {
        section = section == null ? "A" : String.valueOf((char) (section.charAt(0) + 1));
        int start = doc.length();
        String text = phrases.list("sections").get(0).replace("{label}", section).replace("{text}", capitalized(phrase(3)));
        doc.append(text).append("\n\n");
        r.addHeadings(SectionHeading.builder().label(section).text(text)
            .span(Span.of(start, start + text.length())).firstOperative(i).build());
        number = 0;
      }
      String printed = String.valueOf(++number);
      location = "operative:" + (section != null ? section + "." : "") + printed;
      r.addOperative(operative(printed, section, clauses - i, i + 1 == operative, references));
    }
    // footnotes not anchored yet (too few clauses) are dropped: a footnote always has an anchor
    int anchored = footnoteTexts.size();
    if (anchored > 0) {
      doc.append("__________________\n");
    }
    for (int i = 0; i < anchored; i++) {
      String marker = String.valueOf(i + 1);
      int start = doc.length();
      doc.append(marker).append("  ");
      int textStart = doc.length();
      String text = footnoteTexts.get(i);
      doc.append(text).append('\n');
      r.addFootnotes(Footnote.of(marker, text, Span.of(start, textStart + text.length())));
      for (Citation c : footnoteCitations.get(i)) {
        citations.add(relocate(c, textStart + c.span().start()).withLocation("footnote:" + marker));
      }
    }
    citations.sort((a, b) -> a.span().compareTo(b.span()));
    r.addAllCitations(citations);
    r.addAllReferences(references);
    if (random.nextInt(3) == 0) {
      r.addActors(actor());
    }
    return r.build();
  }

  PreambularClause preambular() {
    return preambular(1, false);
  }

  private PreambularClause preambular(int clausesLeft, boolean last) {
    String[] lead = pickLead(phrases.preambularOpenings, "Recalling");
    int start = doc.length();
    List<FootnoteRef> refs = new ArrayList<>();
    String text = clauseText(lead[0], phrases.preambularLeads, clausesLeft, refs, null);
    text += last ? phrases.get("punctuation", "last", ".") : phrases.get("punctuation", "preamble", ",");
    doc.append(last ? phrases.get("punctuation", "last", ".") : phrases.get("punctuation", "preamble", ","));
    int end = doc.length();
    doc.append("\n\n");
    return PreambularClause.builder().lead(lead[1]).text(text).span(Span.of(start, end)).addAllFootnoteRefs(refs).build();
  }

  OperativeClause operative(String number, String section) {
    return operative(number, section, 1, false, new ArrayList<>());
  }

  private OperativeClause operative(String number, String section, int clausesLeft, boolean last, List<Reference> references) {
    String[] lead = pickLead(phrases.operativeOpenings, "Decides");
    int start = doc.length();
    doc.append(number).append(".\t");
    List<FootnoteRef> refs = new ArrayList<>();
    String text = clauseText(lead[0], phrases.operativeLeads, clausesLeft, refs, references);
    int subs = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
    String end = subs > 0 ? ":" : last ? phrases.get("punctuation", "last", ".") : phrases.get("punctuation", "operative", ";");
    text += end;
    doc.append(end);
    OperativeClause.Builder clause = OperativeClause.builder().number(number).lead(lead[1]).text(text);
    if (section != null) {
      clause.section(section);
    }
    String[] letters = phrases.get("numbering", "letters", "a b c d e f").split(" ");
    for (int i = 0; i < subs; i++) {
      doc.append("\n\n");
      int s = doc.length();
      String subText = phrase(3 + random.nextInt(4)) + (i + 1 == subs && last ? phrases.get("punctuation", "last", ".")
          : phrases.get("punctuation", "operative", ";"));
      doc.append(letters[i]).append(")\t").append(subText);
      Subparagraph.Builder sub = Subparagraph.builder().number(letters[i]).text(subText);
      if (random.nextInt(4) == 0) {
        doc.append("\n\n");
        int ns = doc.length();
        String inner = phrase(3) + phrases.get("punctuation", "operative", ";");
        doc.append("i)\t").append(inner);
        sub.addSubparagraphs(Subparagraph.of("i", inner, Span.of(ns, doc.length())));
      }
      clause.addSubparagraphs(sub.span(Span.of(s, doc.length())).build());
    }
    int clauseEnd = doc.length();
    doc.append("\n\n");
    return clause.span(Span.of(start, clauseEnd)).addAllFootnoteRefs(refs).build();
  }

  /**
   * Writes a clause's text into the document: its opening phrase, filler, the citations due here
   * (each with its own words), footnote markers glued to the word before them, and at times a
   * reference to another paragraph. Returns the text a reader sees, without the markers.
   */
  private String clauseText(String opening, List<String[]> leads, int clausesLeft, List<FootnoteRef> refs,
      List<Reference> references) {
    String separator = phrases.separator();
    StringBuilder text = new StringBuilder();
    int textStart = doc.length();
    // the markers written so far into this clause: the text offset is the document offset minus these
    int[] markerChars = {0};
    java.util.function.Consumer<String> words = w -> {
      if (text.length() > 0) {
        text.append(separator);
        doc.append(separator);
      }
      text.append(w);
      doc.append(w);
    };
    words.accept(opening);
    words.accept(fillerAfter(opening, leads));
    int due = share(citationsWanted, clausesLeft);
    citationsWanted -= due;
    List<Citation> here = new ArrayList<>();
    for (int i = 0; i < due; i++) {
      if (i > 0) {
        String connector = phrases.get("punctuation", "list", " and");
        text.append(connector);
        doc.append(connector);
      }
      String[] worded = notSelf(8);
      Citation c = citationOf(worded);
      int phraseStart = text.length() + (text.length() > 0 ? separator.length() : 0);
      words.accept(worded[0]);
      int at = textStart + markerChars[0] + phraseStart + Integer.parseInt(worded[1]);
      here.add(relocate(c, at).withLocation(location));
      if (footnotesWanted > 0 && random.nextInt(3) == 0 && !ambiguousGlue(worded[0])) {
        marker(refs, markerChars);
      }
    }
    citations.addAll(here);
    if (references != null && random.nextInt(6) == 0 && !phrases.list("internal").isEmpty()) {
      String ref = phrases.list("internal").get(0).replace("{n}", String.valueOf(1 + random.nextInt(30)));
      int start = textStart + markerChars[0] + text.length() + (text.length() > 0 ? separator.length() : 0);
      words.accept(ref);
      references.add(Reference.builder().kind(ReferenceKind.INTERNAL)
          .target("operative:" + ref.replaceAll("\\D", "")).text(ref).span(Span.of(start, start + ref.length()))
          .location(location).build());
    }
    words.accept(phrase(1 + random.nextInt(3)));
    int markers = share(footnotesWanted, clausesLeft);
    for (int i = 0; i < markers; i++) {
      marker(refs, markerChars);
      words.accept(phrase(1 + random.nextInt(2)));
    }
    if (!plainMarkers.isEmpty() && random.nextInt(8) == 0) {
      // the same footnote referenced again later; only one first glued to a word, since after "72/21"
      // a first "1" is as much part of the number as a marker, and the repeat would be read as the first
      String again = plainMarkers.get(random.nextInt(plainMarkers.size()));
      refs.add(FootnoteRef.of(again, Span.of(doc.length(), doc.length() + again.length())));
      doc.append(again);
      markerChars[0] += again.length();
      if (separator.isEmpty()) {
        // Chinese prints a space after a marker (2,365 of the 2,378 markers of unxml's Chinese files
        // stand before white space or markup, 13 before a character): a number glued between two
        // characters, and repeating a marker, is the text's own there ("千年发展目标6中", Goal 6)
        text.append(' ');
        doc.append(' ');
      }
      words.accept(phrase(1));
    }
    return text.toString();
  }

  /**
   * Whether the next marker glued to these words would read as part of their number: "72/21" + "1"
   * is resolution 72/211 as much as 72/21 and footnote 1, and no reader can tell them apart; glued
   * where the whole is no number ("65/232" + "11", "2010/21" + "1"), the marker is read as one.
   */
  private boolean ambiguousGlue(String words) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)$").matcher(words);
    if (!m.find()) {
      return false;
    }
    String whole = m.group(2) + (footnoteTexts.size() + 1);
    if (whole.length() > 4) {
      return false;
    }
    int number = Integer.parseInt(whole);
    return m.group(1).length() == 4 ? number <= 99 : number <= 600;
  }

  /** Glues the next footnote's marker to the end of the document so far, and words that footnote. */
  private void marker(List<FootnoteRef> refs, int[] markerChars) {
    if (footnotesWanted == 0) {
      return;
    }
    footnotesWanted--;
    String marker = String.valueOf(footnoteTexts.size() + 1);
    if (doc.length() > 0 && !Character.isDigit(doc.charAt(doc.length() - 1))) {
      plainMarkers.add(marker);
    }
    refs.add(FootnoteRef.of(marker, Span.of(doc.length(), doc.length() + marker.length())));
    doc.append(marker);
    markerChars[0] += marker.length();
    List<Citation> cited = new ArrayList<>();
    String text;
    List<String> templates = phrases.list("footnote");
    if (!templates.isEmpty() && random.nextBoolean()) {
      String[] worded = notSelf(5);
      String template = templates.get(random.nextInt(templates.size()));
      int at = template.indexOf("{cite}");
      text = template.replace("{cite}", worded[0]);
      if (at == 0) {
        text = capitalized(text);
      }
      cited.add(relocate(citationOf(worded), at + Integer.parseInt(worded[1])));
    } else {
      text = capitalized(phrase(2 + random.nextInt(6))) + phrases.get("punctuation", "footnote", ".");
    }
    footnoteTexts.add(text);
    footnoteCitations.add(cited);
  }

  /**
   * Filler to follow a lead phrase that does not make it a longer phrase of the table ("Acogiendo
   * con beneplácito" + "a este respecto" is a lead of its own): the parser rightly reads the longest.
   */
  private String fillerAfter(String opening, List<String[]> leads) {
    String separator = phrases.separator();
    for (int attempt = 0; ; attempt++) {
      String filler = phrase(1 + random.nextInt(4));
      String joined = (opening + separator + filler).toLowerCase(java.util.Locale.ROOT);
      boolean extends_ = false;
      for (String[] lead : leads) {
        String longer = lead[0].toLowerCase(java.util.Locale.ROOT);
        if (longer.length() > opening.length() && joined.startsWith(longer)
            && (joined.length() == longer.length() || !Character.isLetter(joined.charAt(longer.length())))) {
          extends_ = true;
          break;
        }
      }
      if (!extends_ || attempt > 20) {
        return filler;
      }
    }
  }

  /** An even share of what is left for the clauses left, at random. */
  private int share(int left, int clausesLeft) {
    if (left <= 0) {
      return 0;
    }
    if (clausesLeft <= 1) {
      return left;
    }
    int mean = (left + clausesLeft - 1) / clausesLeft;
    return Math.min(left, random.nextInt(2 * mean + 1));
  }

  /** A citation of one of the first {@code kinds} kinds, never of the resolution itself. */
  private String[] notSelf(int kinds) {
    String[] worded = worded(random.nextInt(kinds));
    while (worded[3].equals(ownSymbol)) {
      worded = worded(random.nextInt(kinds));
    }
    return worded;
  }

  /**
   * A citation worded in this language: {0} the words, {1} the offset of the cited number in them,
   * {2} kind, {3} canonical, {4} the number's text, {5} the date or empty, {6} volume, {7} registration.
   */
  private String[] worded(int kind) {
    String number;
    String canonical;
    CitationKind citationKind;
    String volume = "";
    String registration = "";
    // the date a citation may print is one its number can have: the year a Council resolution
    // prints, the months of an Assembly or Human Rights Council session (the parser reads a date
    // that no session of the number fits as another body's, or the number printed right to left)
    LocalDate adopted = null;
    switch (kind) {
      case 0: {
        int session = 31 + random.nextInt(50);
        int n = 1 + random.nextInt(300);
        citationKind = CitationKind.GA_RESOLUTION;
        number = session + "/" + n;
        canonical = "A/RES/" + number;
        adopted = inAssemblySession(session);
        break;
      }
      case 1: {
        int n = 1 + random.nextInt(2800);
        int year = 1946 + random.nextInt(80);
        citationKind = CitationKind.SC_RESOLUTION;
        number = phrases.get("numbering", "sc", "{n} ({y})").replace("{n}", String.valueOf(n)).replace("{y}", String.valueOf(year));
        canonical = "S/RES/" + n + "(" + year + ")";
        adopted = date(year, 1, 12);
        break;
      }
      case 2: {
        int year = 1990 + random.nextInt(36);
        citationKind = CitationKind.ECOSOC_RESOLUTION;
        number = year + "/" + (1 + random.nextInt(60));
        canonical = "E/RES/" + number;
        adopted = date(year, 1, 12);
        break;
      }
      case 3: {
        int session = 1 + random.nextInt(58);
        citationKind = CitationKind.HRC_RESOLUTION;
        number = session + "/" + (1 + random.nextInt(50));
        canonical = "A/HRC/RES/" + number;
        // three sessions a year since 2006: March, June and September
        adopted = date(2006 + (session - 1) / 3, 3 + 3 * ((session - 1) % 3), 3 + 3 * ((session - 1) % 3));
        break;
      }
      case 4: {
        int session = 31 + random.nextInt(50);
        citationKind = CitationKind.GA_DECISION;
        number = session + "/" + (401 + random.nextInt(200));
        canonical = "A/DEC/" + number;
        adopted = inAssemblySession(session);
        break;
      }
      case 5: {
        citationKind = CitationKind.DOCUMENT_SYMBOL;
        number = "A/" + (31 + random.nextInt(50)) + "/" + (1 + random.nextInt(900));
        canonical = number;
        break;
      }
      case 6: {
        citationKind = CitationKind.MEETING_RECORD;
        number = "S/PV." + (1 + random.nextInt(9999));
        canonical = number;
        break;
      }
      default: {
        String[] row = TREATIES.get(random.nextInt(TREATIES.size()));
        citationKind = CitationKind.TREATY;
        registration = row[0];
        volume = row[1];
        number = null;
        canonical = null;
      }
    }
    String template = phrases.get("cite", citationKind.name(), "{n}");
    String words;
    int offset;
    String date = "";
    if (citationKind == CitationKind.TREATY) {
      int open = template.indexOf('(');
      String inner = template.substring(open + 1, template.lastIndexOf(')')).replace("{v}", volume).replace("{r}", registration);
      words = template.substring(0, open + 1) + inner + ")";
      offset = open + 1;
      number = inner;
    } else {
      words = template.replace("{n}", number);
      offset = template.indexOf("{n}");
      boolean dated = citationKind != CitationKind.DOCUMENT_SYMBOL && citationKind != CitationKind.MEETING_RECORD
          && random.nextBoolean();
      if (dated) {
        LocalDate d = adopted;
        date = d.toString();
        String pattern = phrases.list("dated").isEmpty() ? "{cite}" : phrases.list("dated").get(0);
        String printedDate = phrases.date(d);
        int before = pattern.indexOf("{cite}");
        String head = pattern.substring(0, before).replace("{date}", printedDate);
        offset += head.length();
        words = head + words + pattern.substring(before + "{cite}".length()).replace("{date}", printedDate);
      }
    }
    return new String[] {words, String.valueOf(offset), citationKind.name(), canonical == null ? "" : canonical, number,
        date, volume, registration};
  }

  private Citation citationOf(String[] worded) {
    CitationKind kind = CitationKind.valueOf(worded[2]);
    String text = worded[4];
    if (kind == CitationKind.TREATY) {
      TreatyReference.Builder treaty = TreatyReference.builder().series(TreatySeries.UNTS).registration(worded[7])
          .addVolumes(worded[6]);
      for (String[] row : TREATIES) {
        if (row[0].equals(worded[7]) && row[1].equals(worded[6])) {
          treaty.addInstruments(instrument(row)); // as the gazetteer names it
          break;
        }
      }
      TreatyReference reference = treaty.build();
      return Citation.builder().kind(kind).canonical(reference.canonical()).text(text).span(Span.of(0, text.length()))
          .location(location).treaty(reference).build();
    }
    Citation.Builder c = Citation.builder().kind(kind).canonical(worded[3]).text(text).span(Span.of(0, text.length()))
        .location(location);
    if (!worded[5].isEmpty()) {
      c.date(LocalDate.parse(worded[5]));
    }
    return c.build();
  }

  /** A citation of any kind, worded in this language, spanning its own text from offset 0. */
  Citation citation(String location) {
    this.location = location;
    return citationOf(notSelf(8));
  }

  static Citation relocate(Citation c, int start) {
    return Citation.builder().kind(c.kind()).canonical(c.canonical()).part(c.part()).date(c.date()).treaty(c.treaty())
        .location(c.location()).text(c.text()).span(Span.of(start, start + c.text().length())).build();
  }

  TreatyReference treaty() {
    String[] row = TREATIES.get(random.nextInt(TREATIES.size()));
    return TreatyReference.builder().series(TreatySeries.UNTS).registration(row[0]).addVolumes(row[1])
        .addInstruments(instrument(row)).build();
  }

  /** An instrument of the gazetteer: its volume, short name and depositary chapter. */
  TreatyInstrument instrument() {
    return instrument(TREATIES.get(random.nextInt(TREATIES.size())));
  }

  private static TreatyInstrument instrument(String[] row) {
    return TreatyInstrument.of(row[1], row[2].isBlank() ? "Treaty No. " + row[0] : row[2],
        row[3].isBlank() ? Optional.empty() : Optional.of(row[3]));
  }

  /** A subparagraph in this language's numbering, at times with one of its own. */
  Subparagraph subparagraph() {
    String[] letters = phrases.get("numbering", "letters", "a b c d e f").split(" ");
    int start = doc.length();
    String text = phrase(3 + random.nextInt(4)) + phrases.get("punctuation", "operative", ";");
    doc.append(letters[0]).append(")\t").append(text);
    Subparagraph.Builder sub = Subparagraph.builder().number(letters[random.nextInt(letters.length)]).text(text);
    if (random.nextInt(3) == 0) {
      doc.append("\n\n");
      int inner = doc.length();
      String innerText = phrase(3) + phrases.get("punctuation", "operative", ";");
      doc.append("i)\t").append(innerText);
      sub.addSubparagraphs(Subparagraph.of("i", innerText, Span.of(inner, doc.length())));
    }
    return sub.span(Span.of(start, doc.length())).build();
  }

  /** A heading of a section of the operative part: a letter and a few words. */
  SectionHeading heading() {
    String label = String.valueOf((char) ('A' + random.nextInt(26)));
    String text = label + ". " + capitalized(phrase(2 + random.nextInt(4)));
    int start = doc.length();
    doc.append(text);
    return SectionHeading.builder().label(label).text(text).span(Span.of(start, doc.length()))
        .firstOperative(random.nextInt(30)).build();
  }

  /** A footnote: its marker and a text, at times citing. */
  Footnote footnote() {
    String marker = String.valueOf(1 + random.nextInt(99));
    int start = doc.length();
    doc.append(marker).append("  ");
    String text = capitalized(phrase(2 + random.nextInt(8))) + phrases.get("punctuation", "footnote", ".");
    doc.append(text);
    return Footnote.of(marker, text, Span.of(start, doc.length()));
  }

  /** A footnote reference: a marker glued to the text, spanning its digits. */
  FootnoteRef footnoteRef() {
    String marker = String.valueOf(1 + random.nextInt(99));
    int start = random.nextInt(100_000);
    return FootnoteRef.of(marker, Span.of(start, start + marker.length()));
  }

  /** A reference to another paragraph, worded in this language (English where its table has none). */
  Reference reference() {
    List<String> internal = phrases.list("internal").isEmpty() ? Phrases.of(Language.EN).list("internal")
        : phrases.list("internal");
    int n = 1 + random.nextInt(40);
    String text = internal.get(0).replace("{n}", String.valueOf(n));
    int start = random.nextInt(100_000);
    return Reference.builder().kind(ReferenceKind.INTERNAL).target("operative:" + n).text(text)
        .span(Span.of(start, start + text.length())).location("preamble:" + (1 + random.nextInt(20))).build();
  }

  /** An annex: the language's heading and a few words. */
  Annex annex() {
    int start = doc.length();
    String heading = phrases.annexHeading();
    String text = capitalized(phrase(5 + random.nextInt(20))) + ".";
    doc.append(heading).append("\n\n").append(text);
    return Annex.builder().heading(heading).text(text).span(Span.of(start, doc.length())).build();
  }

  Actor actor() {
    String[] ids = {"unodc", "ohchr", "unicef", "undp", "wfp", "unhcr"};
    String id = ids[random.nextInt(ids.length)];
    return Actor.builder().id(id).kind(ActorKind.UN_ENTITY).putNames(language, id.toUpperCase(java.util.Locale.ROOT))
        .addAcronyms(id.toUpperCase(java.util.Locale.ROOT)).build();
  }

  private DocumentSymbol symbol(Body body) {
    switch (body) {
      case SC:
        return DocumentSymbol.parse("S/RES/" + (1 + random.nextInt(2800)) + " (" + (1946 + random.nextInt(80)) + ")");
      case ECOSOC:
        return DocumentSymbol.parse("E/RES/" + (1990 + random.nextInt(36)) + "/" + (1 + random.nextInt(60)));
      case HRC:
        return DocumentSymbol.parse("A/HRC/RES/" + (1 + random.nextInt(58)) + "/" + (1 + random.nextInt(50)));
      case GA_C3:
        return DocumentSymbol.parse("A/C.3/" + (31 + random.nextInt(50)) + "/L." + (1 + random.nextInt(70)));
      default:
        return DocumentSymbol.parse("A/RES/" + (31 + random.nextInt(50)) + "/" + (1 + random.nextInt(300)));
    }
  }

  private String phrase(int words) {
    List<String> vocabulary = phrases.list("words");
    StringBuilder out = new StringBuilder();
    String separator = phrases.separator();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return out.toString();
  }

  private String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  private LocalDate date() {
    return LocalDate.of(1946 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  /** A day of the year in the months given. */
  private LocalDate date(int year, int firstMonth, int lastMonth) {
    return LocalDate.of(year, firstMonth + random.nextInt(lastMonth - firstMonth + 1), 1 + random.nextInt(28));
  }

  /** A day of the Assembly's session: from September of 1945 + session to August of the next year. */
  private LocalDate inAssemblySession(int session) {
    return random.nextBoolean() ? date(1945 + session, 9, 12) : date(1946 + session, 1, 8);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private String[] pickLead(List<String[]> values, String fallback) {
    return values.isEmpty() ? new String[] {fallback, fallback} : values.get(random.nextInt(Math.min(values.size(), 60)));
  }
}
