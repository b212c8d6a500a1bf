package dev.resolute.testkit;

import dev.resolute.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's phrase table ({@code dev/resolute/testkit/lang/xx.phrases}) with the lead phrases,
 * month names and body names of core's own tables: everything the generator and the renderer word
 * differently from one language to another.
 */
final class Phrases {
  private static final Map<Language, Phrases> CACHE = new EnumMap<>(Language.class);

  final Language language;
  private final Map<String, List<String>> sections;
  /** The lead phrases of core's tables, each with the lead the parser gives it: what a filler must not extend. */
  final List<String[]> preambularLeads;
  final List<String[]> operativeLeads;
  /** The lead phrases a paragraph may open with: those the parser reads back as they stand ({@link #openings}). */
  final List<String[]> preambularOpenings;
  final List<String[]> operativeOpenings;
  /** Month names by number (1–12), the first of core's table for each. */
  final String[] months = new String[13];
  /** Body names as printed (first of core's table in this language), by body code. */
  final Map<String, String> bodyNames = new LinkedHashMap<>();
  /** First parts the parser keeps a line-end hyphen after ({@code sous-}, {@code non-}): core's {@code [compounds]}. */
  final List<String> compounds;

  private Phrases(Language language) {
    this.language = language;
    String code = language.code();
    this.sections = sections(lines("dev/resolute/testkit/lang/" + code + ".phrases"));
    List<String> preambular = lines("dev/resolute/text/lang/" + code + ".preambular.txt");
    List<String> operative = lines("dev/resolute/text/lang/" + code + ".operative.txt");
    this.preambularLeads = leads(preambular);
    this.operativeLeads = leads(operative);
    List<String> known = sections(lines("dev/resolute/text/lang/" + code + ".lang")).getOrDefault("lead-interiors", List.of());
    this.preambularOpenings = openings(preambularLeads, sections(preambular), known);
    this.operativeOpenings = openings(operativeLeads, sections(operative), known);
    for (String line : sections(lines("dev/resolute/cite/lang/" + code + ".cite")).getOrDefault("months", List.of())) {
      String[] cells = line.split("\t");
      int month = Integer.parseInt(cells[1].strip());
      if (months[month] == null) {
        months[month] = cells[0].strip();
      }
    }
    this.compounds = sections(lines("dev/resolute/text/lang/" + code + ".lang")).getOrDefault("compounds", List.of());
    for (String line : lines("dev/resolute/cite/bodies.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length >= 4 && cells[2].equals(code)) {
        bodyNames.putIfAbsent(cells[0], cells[3]);
      }
    }
  }

  static synchronized Phrases of(Language language) {
    return CACHE.computeIfAbsent(language, Phrases::new);
  }

  List<String> list(String section) {
    return sections.getOrDefault(section, List.of());
  }

  /** The value of {@code key<TAB>value} in a section, or the fallback. */
  String get(String section, String key, String fallback) {
    for (String line : list(section)) {
      int tab = line.indexOf('\t');
      if (tab > 0 && line.substring(0, tab).equals(key)) {
        return line.substring(tab + 1);
      }
    }
    return fallback;
  }

  /** The heading of an annex, from core's language table ({@code Annex}, {@code Annexe}, {@code المرفق}). */
  String annexHeading() {
    List<String> headings = sections(lines("dev/resolute/text/lang/" + language.code() + ".lang")).getOrDefault("annex", List.of());
    return headings.isEmpty() ? "Annex" : headings.get(0);
  }

  /** A date as the language prints it ({@code 21 December 2010}, {@code 2010年12月21日}), by the table's template. */
  String date(java.time.LocalDate d) {
    String template = list("date").isEmpty() ? "{y}-{m}-{d}" : list("date").get(0);
    String month = months[d.getMonthValue()];
    return template.replace("{d}", String.valueOf(d.getDayOfMonth())).replace("{m}", String.valueOf(d.getMonthValue()))
        .replace("{month}", month == null ? String.valueOf(d.getMonthValue()) : month).replace("{y}", String.valueOf(d.getYear()));
  }

  String separator() {
    return list("separator").contains("none") ? "" : " ";
  }

  /**
   * The leads a generated paragraph may open with, so that the parser reads the lead back whatever
   * words follow: none that is a first word the table says is never alone (the parser takes the
   * word after it), none with one of the table's interior words among its first words after the
   * first, the table's or the language's own {@code lead-interiors} (the parser reads the lead of the
   * text without it, which the words after may lengthen).
   */
  private static List<String[]> openings(List<String[]> leads, Map<String, List<String>> table, List<String> knownInteriors) {
    java.util.Set<String> interiors = new java.util.HashSet<>();
    table.getOrDefault("interiors", List.of()).forEach(w -> interiors.add(folded(w)));
    knownInteriors.forEach(w -> interiors.add(folded(w)));
    java.util.Set<String> neverAlone = new java.util.HashSet<>();
    table.getOrDefault("never-alone", List.of()).forEach(w -> neverAlone.add(folded(w)));
    List<String[]> out = new ArrayList<>();
    for (String[] lead : leads) {
      String[] words = lead[0].split(" ");
      boolean interior = false;
      for (int k = 1; k < words.length && k <= 3; k++) {
        interior |= interiors.contains(folded(words[k]));
      }
      if (!interior && !neverAlone.contains(folded(lead[0]))) {
        out.add(lead);
      }
    }
    return out;
  }

  /** A word as core's lead tables compare it: lower case, one apostrophe. */
  private static String folded(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replace('\'', '’');
  }

  /**
   * Pairs of the phrase that opens a paragraph and the lead the parser gives it (second column,
   * where present): the table's lines before its first section.
   */
  private static List<String[]> leads(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("[")) {
        break; // the generated sections of words that generalize the phrases
      }
      String[] cells = line.split("\t", 2);
      String opening = cells[0].strip();
      out.add(new String[] {opening, cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : opening});
    }
    return out;
  }

  private static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        out.put(line.substring(1, line.length() - 1), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream(resource)) {
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
