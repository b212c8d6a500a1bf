package dev.resolute.testkit;

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
 * Builds valid model values from a seeded random source, laying them out as in a text: each value's
 * span follows the one before, so that every invariant of the model holds by construction. Lead
 * phrases come from the parser's own tables, treaty references from the gazetteer.
 */
final class ModelGenerator {
  private static final Map<Language, List<String>> PREAMBULAR = new EnumMap<>(Language.class);
  private static final Map<Language, List<String>> OPERATIVE = new EnumMap<>(Language.class);
  private static final List<String[]> TREATIES = new ArrayList<>();
  private static final Map<Language, String> FORMULA = new EnumMap<>(Map.of(
      Language.EN, "The General Assembly,", Language.FR, "L’Assemblée générale,", Language.ES, "La Asamblea General,",
      Language.RU, "Генеральная Ассамблея,", Language.AR, "إن الجمعية العامة،", Language.ZH, "大会，"));
  private static final Map<Language, String[]> WORDS = new EnumMap<>(Map.of(
      Language.EN, new String[] {"the", "report", "of", "Secretary-General", "international", "cooperation", "States"},
      Language.FR, new String[] {"le", "rapport", "du", "Secrétaire général", "coopération", "internationale", "États"},
      Language.ES, new String[] {"el", "informe", "del", "Secretario General", "cooperación", "internacional", "Estados"},
      Language.RU, new String[] {"доклад", "Генерального", "секретаря", "международного", "сотрудничества", "государств"},
      Language.AR, new String[] {"تقرير", "الأمين", "العام", "التعاون", "الدولي", "الدول"},
      Language.ZH, new String[] {"秘书长", "的", "报告", "国际", "合作", "各国"}));

  static {
    for (Language language : Language.values()) {
      PREAMBULAR.put(language, leads("dev/resolute/text/lang/" + language.code() + ".preambular.txt"));
      OPERATIVE.put(language, leads("dev/resolute/text/lang/" + language.code() + ".operative.txt"));
    }
    for (String line : lines("dev/resolute/cite/treaties.csv")) {
      String[] cells = line.split(",", -1);
      if (cells.length > 2 && cells[0].matches("\\d+") && cells[1].matches("\\d+")) {
        TREATIES.add(new String[] {cells[0], cells[1]});
      }
    }
  }

  private final Random random;
  private final Language language;
  private int position;

  ModelGenerator(long seed, Language language) {
    this.random = new Random(seed);
    this.language = language;
  }

  /** A resolution with exactly these numbers of parts, so that shrinking the numbers shrinks it. */
  Resolution resolution(int preamble, int operative, int footnotes, int citationCount) {
    Body body = pick(Body.GA, Body.SC, Body.ECOSOC, Body.HRC, Body.GA_C3);
    Resolution.Builder r = Resolution.builder().language(language).body(body);
    if (random.nextInt(4) > 0) {
      r.symbol(symbol(body));
    }
    if (random.nextBoolean()) {
      r.session(String.valueOf(31 + random.nextInt(50)));
    }
    if (random.nextBoolean()) {
      r.title(phrase(3 + random.nextInt(6)));
    }
    if (random.nextBoolean()) {
      r.adoptionDate(date());
    }
    r.enactingFormula(FORMULA.get(language));
    position = 40;
    List<int[]> clauseSpans = new ArrayList<>();
    for (int i = 0; i < preamble; i++) {
      PreambularClause clause = preambular();
      r.addPreamble(clause);
      clauseSpans.add(new int[] {clause.span().start(), clause.span().end()});
    }
    boolean sections = operative > 2 && random.nextInt(5) == 0;
    int number = 0;
    String section = null;
    for (int i = 0; i < operative; i++) {
      if (sections && (i == 0 || random.nextInt(4) == 0)) {
        section = String.valueOf((char) ('A' + (section == null ? 0 : section.charAt(0) - 'A' + 1)));
        if (section.charAt(0) > 'Z') {
          section = "Z";
        }
        int start = advance(2);
        r.addHeadings(SectionHeading.builder().label(section).text(section + ". " + phrase(3))
            .span(Span.of(start, advance(20))).firstOperative(i).build());
        number = 0;
      }
      OperativeClause clause = operative(String.valueOf(++number), sections ? section : null);
      r.addOperative(clause);
      clauseSpans.add(new int[] {clause.span().start(), clause.span().end()});
    }
    for (int i = 1; i <= footnotes; i++) {
      int start = advance(4);
      r.addFootnotes(Footnote.of(String.valueOf(i), phrase(2 + random.nextInt(6)) + ".", Span.of(start, advance(30))));
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < (clauseSpans.isEmpty() ? 0 : citationCount); i++) {
      int[] span = clauseSpans.get(random.nextInt(clauseSpans.size()));
      Citation c = citation("preamble:1");
      int length = c.text().length();
      if (span[1] - span[0] < length) {
        continue;
      }
      int start = span[0] + random.nextInt(span[1] - span[0] - length + 1);
      citations.add(relocate(c, start));
    }
    citations.sort((a, b) -> a.span().compareTo(b.span()));
    r.addAllCitations(citations);
    if (random.nextInt(4) == 0 && !clauseSpans.isEmpty()) {
      int[] span = clauseSpans.get(0);
      String text = "paragraph " + (1 + random.nextInt(30)) + " above";
      if (span[1] - span[0] >= text.length()) {
        r.addReferences(Reference.builder().kind(ReferenceKind.INTERNAL).target("operative:" + (1 + random.nextInt(30)))
            .text(text).span(Span.of(span[0], span[0] + text.length())).location("preamble:1").build());
      }
    }
    if (random.nextInt(3) == 0) {
      r.addActors(actor());
    }
    if (random.nextInt(5) == 0) {
      int start = advance(4);
      r.addAnnexes(Annex.builder().heading("Annex").text(phrase(10)).span(Span.of(start, advance(80))).build());
    }
    return r.build();
  }

  PreambularClause preambular() {
    String lead = pickFrom(PREAMBULAR.get(language), "Recalling");
    String text = lead + " " + phrase(3 + random.nextInt(12)) + ",";
    int start = advance(2);
    int end = advance(text.length());
    List<FootnoteRef> refs = refs(start, end);
    return PreambularClause.builder().lead(lead).text(text).span(Span.of(start, end)).addAllFootnoteRefs(refs).build();
  }

  OperativeClause operative(String number, String section) {
    String lead = pickFrom(OPERATIVE.get(language), "Decides");
    String text = lead + " " + phrase(3 + random.nextInt(12)) + ";";
    int start = advance(2);
    int end = advance(text.length() + 4);
    OperativeClause.Builder clause = OperativeClause.builder().number(number).lead(lead).text(text);
    if (section != null) {
      clause.section(section);
    }
    int subs = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
    for (int i = 0; i < subs; i++) {
      int s = advance(2);
      advance(25);
      Subparagraph.Builder sub = Subparagraph.builder().number(String.valueOf((char) ('a' + i))).text(phrase(4));
      if (random.nextInt(4) == 0) {
        int ns = advance(1);
        sub.addSubparagraphs(Subparagraph.of("i", phrase(3), Span.of(ns, advance(15))));
      }
      clause.addSubparagraphs(sub.span(Span.of(s, position)).build());
    }
    return clause.span(Span.of(start, Math.max(end, position))).addAllFootnoteRefs(refs(start, end)).build();
  }

  private List<FootnoteRef> refs(int start, int end) {
    List<FootnoteRef> out = new ArrayList<>();
    if (end - start > 4 && random.nextInt(3) == 0) {
      int at = start + 1 + random.nextInt(end - start - 2);
      out.add(FootnoteRef.of(String.valueOf(1 + random.nextInt(9)), Span.of(at, at + 1)));
    }
    return out;
  }

  Citation citation(String location) {
    int kind = random.nextInt(8);
    switch (kind) {
      case 0: {
        int session = 31 + random.nextInt(50);
        int number = 1 + random.nextInt(300);
        return plain(CitationKind.GA_RESOLUTION, "A/RES/" + session + "/" + number, session + "/" + number, location);
      }
      case 1: {
        int number = 1 + random.nextInt(2800);
        int year = 1946 + random.nextInt(80);
        return plain(CitationKind.SC_RESOLUTION, "S/RES/" + number + "(" + year + ")", number + " (" + year + ")", location);
      }
      case 2: {
        int year = 1990 + random.nextInt(36);
        int number = 1 + random.nextInt(60);
        return plain(CitationKind.ECOSOC_RESOLUTION, "E/RES/" + year + "/" + number, year + "/" + number, location);
      }
      case 3: {
        int session = 1 + random.nextInt(58);
        int number = 1 + random.nextInt(50);
        return plain(CitationKind.HRC_RESOLUTION, "A/HRC/RES/" + session + "/" + number, session + "/" + number, location);
      }
      case 4: {
        String symbol = "A/" + (31 + random.nextInt(50)) + "/" + (1 + random.nextInt(900));
        return plain(CitationKind.DOCUMENT_SYMBOL, symbol, symbol, location);
      }
      case 5: {
        String symbol = "S/PV." + (1 + random.nextInt(9999));
        return plain(CitationKind.MEETING_RECORD, symbol, symbol, location);
      }
      case 6: {
        int session = 31 + random.nextInt(50);
        int number = 401 + random.nextInt(200);
        return plain(CitationKind.GA_DECISION, "A/DEC/" + session + "/" + number, session + "/" + number, location);
      }
      default: {
        TreatyReference treaty = treaty();
        String text = "United Nations, Treaty Series, vol. " + treaty.volumes().get(0) + ", No. " + treaty.registration().get();
        return Citation.builder().kind(CitationKind.TREATY).canonical(treaty.canonical()).text(text)
            .span(Span.of(0, text.length())).location(location).treaty(treaty).build();
      }
    }
  }

  private Citation plain(CitationKind kind, String canonical, String text, String location) {
    Citation.Builder c = Citation.builder().kind(kind).canonical(canonical).text(text).span(Span.of(0, text.length()))
        .location(location);
    if (random.nextBoolean() && kind != CitationKind.DOCUMENT_SYMBOL && kind != CitationKind.MEETING_RECORD) {
      c.date(date());
    }
    return c.build();
  }

  static Citation relocate(Citation c, int start) {
    return Citation.builder().kind(c.kind()).canonical(c.canonical()).part(c.part()).date(c.date()).treaty(c.treaty())
        .location(c.location()).text(c.text()).span(Span.of(start, start + c.text().length())).build();
  }

  TreatyReference treaty() {
    String[] row = TREATIES.get(random.nextInt(TREATIES.size()));
    return TreatyReference.builder().series(TreatySeries.UNTS).registration(row[0]).addVolumes(row[1])
        .addInstruments(TreatyInstrument.of(row[1], "Instrument " + row[0], Optional.empty())).build();
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
    String[] vocabulary = WORDS.get(language);
    StringBuilder out = new StringBuilder();
    String separator = language == Language.ZH ? "" : " ";
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return out.toString();
  }

  private LocalDate date() {
    return LocalDate.of(1946 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private int advance(int characters) {
    int start = position;
    position += characters;
    return start + characters;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private String pickFrom(List<String> values, String fallback) {
    return values.isEmpty() ? fallback : values.get(random.nextInt(Math.min(values.size(), 60)));
  }

  private static List<String> leads(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.split("\t", 2)[0].strip());
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = ModelGenerator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return out;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
