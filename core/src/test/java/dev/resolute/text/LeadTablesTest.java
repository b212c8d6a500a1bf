package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.testing.SharedData;
import dev.resolute.testing.UnxmlParagraphs;
import dev.resolute.testing.UnxmlParagraphs.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the lead-phrase tables are built, and how well they work. The tables shipped in
 * {@code lang/XX.preambular.txt} and {@code XX.operative.txt} are every lead the UN marks in the
 * paragraphs of {@code unxml/} (the opening italic span, bold in Chinese, after the inline number in
 * Arabic; the {@code container name} where no span opens a preambular paragraph), kept where it
 * opens the paragraph's text (which drops the junk names of KNOWN_ISSUES; punctuation an italic span
 * takes after the phrase, "признавая,", is dropped too), most frequent first. To
 * measure the method on text it has not seen, this test builds the tables from the resolutions with
 * odd numbers only and finds the leads of those with even numbers. After the phrases, each table
 * lists the continuations and opening words that the leads show to generalize (see
 * {@link #continuations} and {@link #openings}): learnt from the same half.
 *
 * <p>Run with {@code -Dresolute.writeLeadTables=true} to rewrite the shipped tables.
 */
class LeadTablesTest {
  /**
   * The floor this build holds: the target is 0.99; held-out accuracy is now 0.969 to 0.984
   * (Arabic 0.952 to 0.956) with the continuations, opening and interior words, the words never
   * alone, Chinese adverbials and the agreement of leads with the body that speaks (0.95 to 0.97, Arabic 0.91 to 0.93,
   * with the phrases alone), the misses being leads unseen in training and the markup's own
   * inconsistencies: the same opening marked as different leads in different files ("Expressing"
   * and "Expressing grave concern"; the Security Council's markup most of all, 0.89 to 0.95 of its
   * leads against 0.97 to 0.99 of the Assembly's), so that even a table built from every file, the
   * test half included, finds 0.984 to 0.990 of preambular leads (printed beside each figure).
   */
  private static final double MINIMUM = 0.94;

  /** How many words after a lead's first may be its interior word (as the parser tries them). */
  private static final int INTERIOR_POSITIONS = 3;

  /** A first word marked alone in fewer than one in so many paragraphs it opens is never alone. */
  private static final int RARELY_ALONE = 50;

  private static final Map<Language, List<Sample>> samples = new EnumMap<>(Language.class);

  @BeforeAll
  static void read() throws IOException {
    for (Path path : SharedData.files("unxml", ".xml")) {
      try {
        for (Sample s : UnxmlParagraphs.read(path)) {
          if (s.language() != null && s.gold() != null) {
            samples.computeIfAbsent(Language.of(s.language()), l -> new ArrayList<>()).add(s);
          }
        }
      } catch (XMLStreamException notWellFormed) {
        // KNOWN_ISSUES: 75_251_B_S.xml is not well-formed; the symbol corpus test names it
      }
    }
  }

  @Test
  void leadsOfUnseenResolutionsAreFoundExactly() {
    StringBuilder report = new StringBuilder();
    boolean allPass = true;
    for (Language language : Language.values()) {
      List<Sample> all = samples.getOrDefault(language, List.of());
      List<Sample> train = all.stream().filter(s -> odd(s.symbol())).collect(Collectors.toList());
      List<Sample> test = all.stream().filter(s -> !odd(s.symbol())).collect(Collectors.toList());
      LanguageTables tables = LanguageTables.of(language);
      for (boolean operative : new boolean[] {false, true}) {
        LeadTable table = tables.leadTable(phrases(train, operative));
        // the same count with a table built from every file, the test half included: what the
        // markup's own inconsistency leaves to any table of phrases
        LeadTable seen = tables.leadTable(phrases(all, operative));
        int total = 0;
        int found = 0;
        int foundSeen = 0;
        Map<String, Integer> misses = new TreeMap<>();
        for (Sample s : test) {
          if (s.operative() != operative) {
            continue;
          }
          total++;
          String lead = tables.lead(s.text(), table);
          if (lead.equals(s.gold())) {
            found++;
          } else {
            misses.merge(s.gold() + " ≠ " + lead, 1, Integer::sum);
          }
          if (tables.lead(s.text(), seen).equals(s.gold())) {
            foundSeen++;
          }
        }
        double ratio = total == 0 ? 1 : (double) found / total;
        double ceiling = total == 0 ? 1 : (double) foundSeen / total;
        allPass &= ratio >= MINIMUM;
        report.append(String.format(Locale.ROOT,
            "%s %s: %d of %d leads found exactly (%.4f; with a table built from every file, test half included: %.4f); misses e.g. %s%n",
            language.code(), operative ? "operative" : "preambular", found, total, ratio, ceiling,
            misses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.toList())));
      }
    }
    System.out.print(report);
    assertTrue(allPass, report.toString());
  }

  @Test
  void shippedTablesAreThoseBuiltFromAllOfUnxml() throws IOException {
    boolean write = Boolean.getBoolean("resolute.writeLeadTables");
    for (Language language : Language.values()) {
      for (boolean operative : new boolean[] {false, true}) {
        String name = language.code() + (operative ? ".operative.txt" : ".preambular.txt");
        List<String> built = phrases(samples.getOrDefault(language, List.of()), operative);
        if (write) {
          Path file = Paths.get(System.getProperty("resolute.root"), "core/src/main/resources/dev/resolute/text/lang", name);
          List<String> lines = new ArrayList<>();
          lines.add("# Generated by LeadTablesTest from the UN's markup in unxml/ (" + (operative
              ? "the opening italic span of operative paragraphs; bold in Chinese; after the inline number in Arabic"
              : "the opening italic span of preambular paragraphs, else their container name") + "),");
          lines.add("# kept where it opens the paragraph text; most frequent first. A second column is the lead the UN marked");
          lines.add("# most often on paragraphs opening with the phrase, where that differs from it. Do not edit by hand.");
          lines.addAll(built);
          Files.write(file, lines, StandardCharsets.UTF_8);
          continue;
        }
        assertEquals(built, LanguageTables.readLines(name), name + " is out of date: rerun with -Dresolute.writeLeadTables=true");
      }
    }
  }

  /**
   * The distinct leads of the samples, most frequent first, each with its resolution: the lead
   * marked most often on the samples whose text opens with it.
   */
  private static List<String> phrases(List<Sample> samples, boolean operative) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sample s : samples) {
      if (s.operative() == operative) {
        counts.merge(s.gold(), 1, Integer::sum);
      }
    }
    List<String> ordered = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).collect(Collectors.toList());
    Language language = samples.isEmpty() ? Language.EN : Language.of(samples.get(0).language());
    LeadTable plain = LeadTable.of(language, ordered, LeadAgreement.NONE);
    Map<String, Map<String, Integer>> marked = new LinkedHashMap<>();
    for (Sample s : samples) {
      if (s.operative() == operative) {
        int n = plain.longestPrefix(s.text());
        if (n > 0) {
          marked.computeIfAbsent(s.text().substring(0, n), k -> new TreeMap<>()).merge(s.gold(), 1, Integer::sum);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (String phrase : ordered) {
      String resolution = marked.getOrDefault(phrase, Map.of()).entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length(), Comparator.reverseOrder()))
          .map(Map.Entry::getKey).orElse(phrase);
      lines.add(resolution.equals(phrase) ? phrase : phrase + "\t" + resolution);
    }
    List<Sample> kind = samples.stream().filter(s -> s.operative() == operative).collect(Collectors.toList());
    boolean spaced = language != Language.ZH;
    // the marked leads, as the table matches them (ignoring case and the kind of apostrophe)
    Set<String> golds = kind.stream().map(s -> norm(s.gold())).collect(Collectors.toSet());
    lines.add(LeadTable.CONTINUATIONS);
    lines.addAll(continuations(kind, golds, spaced));
    lines.add(LeadTable.OPENINGS);
    lines.addAll(openings(kind, golds, spaced));
    lines.add(LeadTable.INTERIORS);
    lines.addAll(interiors(kind, golds, spaced));
    lines.add(LeadTable.NEVER_ALONE);
    lines.addAll(neverAlone(kind, spaced));
    return lines;
  }

  /**
   * The first words (almost) never marked as a whole lead: each opened at least two different
   * leads and was a lead alone in fewer than one in {@value #RARELY_ALONE} of the paragraphs that
   * open with it ("Having", "Ayant", "Se"; Arabic "وإذ", alone once in over 3,000 paragraphs). Only
   * where words are spaced.
   */
  private static List<String> neverAlone(List<Sample> samples, boolean spaced) {
    Map<String, Set<String>> leads = new TreeMap<>();
    Map<String, Integer> alone = new TreeMap<>();
    Map<String, Integer> opened = new TreeMap<>();
    if (spaced) {
      for (Sample s : samples) {
        int space = s.gold().indexOf(' ');
        if (space > 0) {
          leads.computeIfAbsent(norm(s.gold().substring(0, space)), w -> new TreeSet<>()).add(norm(s.gold()));
        } else {
          alone.merge(norm(s.gold()), 1, Integer::sum);
        }
        int end = s.text().indexOf(' ');
        opened.merge(norm(end < 0 ? s.text() : s.text().substring(0, end)), 1, Integer::sum);
      }
    }
    List<String> out = leads.entrySet().stream()
        .filter(e -> e.getValue().size() >= 2
            && alone.getOrDefault(e.getKey(), 0) * RARELY_ALONE < opened.getOrDefault(e.getKey(), 0))
        .map(Map.Entry::getKey).collect(Collectors.toList());
    out.sort(longestFirst());
    return out;
  }

  /**
   * The words that stand inside leads: a lead with one of its first words after the first, not its
   * last, taken out leaving another lead ("выражая также серьезную обеспокоенность", "выражая
   * серьезную обеспокоенность") shows one; it is kept where at least two different leads show it.
   * Only where words are spaced.
   */
  private static List<String> interiors(List<Sample> samples, Set<String> golds, boolean spaced) {
    Map<String, Set<String>> shown = new TreeMap<>();
    if (spaced) {
      for (Sample s : samples) {
        String[] words = s.gold().split(" ");
        for (int k = 1; k <= Math.min(INTERIOR_POSITIONS, words.length - 2); k++) {
          List<String> rest = new ArrayList<>(Arrays.asList(words));
          rest.remove(k);
          if (golds.contains(norm(String.join(" ", rest)))) {
            shown.computeIfAbsent(norm(words[k]), w -> new TreeSet<>()).add(norm(s.gold()));
          }
        }
      }
    }
    List<String> out = shown.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey)
        .collect(Collectors.toList());
    out.sort(longestFirst());
    return out;
  }

  /**
   * The continuations that generalize: a lead marked as a shorter lead plus more words ("Notes" +
   * "with appreciation") shows a continuation; it is kept where, among the leads it was seen after
   * or marked without while the text went on with it, most take it, and at least two do
   * ("for" is not kept: "Calls for", but "Expresses its appreciation" and "Reaffirms its support"
   * before a "for" that is not theirs).
   */
  private static List<String> continuations(List<Sample> samples, Set<String> golds, boolean spaced) {
    Map<String, Map<String, Integer>> taken = new TreeMap<>();
    for (Sample s : samples) {
      String gold = s.gold();
      List<Integer> cuts = cuts(gold, spaced);
      for (int c = cuts.size() - 1; c >= 0; c--) {
        String head = gold.substring(0, cuts.get(c));
        if (golds.contains(norm(head))) {
          String tail = gold.substring(cuts.get(c) + (spaced ? 1 : 0));
          taken.computeIfAbsent(tail, t -> new TreeMap<>()).merge(norm(head), 1, Integer::sum);
          break;
        }
      }
    }
    List<String> candidates = taken.entrySet().stream()
        .filter(e -> e.getValue().values().stream().mapToInt(Integer::intValue).sum() >= 2)
        .map(Map.Entry::getKey).collect(Collectors.toList());
    Map<String, Map<String, Integer>> left = new TreeMap<>();
    for (Sample s : samples) {
      if (!s.text().startsWith(s.gold())) {
        continue;
      }
      int at = s.gold().length() + (spaced ? 1 : 0);
      if (spaced && (at > s.text().length() || s.text().charAt(at - 1) != ' ')) {
        continue;
      }
      for (String tail : candidates) {
        if (startsAt(s.text(), at, tail, spaced)) {
          left.computeIfAbsent(tail, t -> new TreeMap<>()).merge(norm(s.gold()), 1, Integer::sum);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String tail : candidates) {
      // one vote per lead: whether the paragraphs it opens take the continuation more often than not
      Map<String, Integer> takenAfter = taken.get(tail);
      Map<String, Integer> leftAfter = left.getOrDefault(tail, Map.of());
      Set<String> heads = new TreeSet<>(takenAfter.keySet());
      heads.addAll(leftAfter.keySet());
      int take = 0;
      int leave = 0;
      for (String head : heads) {
        int a = takenAfter.getOrDefault(head, 0);
        int b = leftAfter.getOrDefault(head, 0);
        take += a > b ? 1 : 0;
        leave += a < b ? 1 : 0;
      }
      if (take >= 2 && take >= leave) {
        out.add(tail);
      }
    }
    out.sort(longestFirst());
    return out;
  }

  /**
   * The opening words that generalize: a lead that is an opening word before another lead ("Also"
   * + "requests") shows one; it is kept where it opened at least two different leads and most of
   * the paragraphs that open with it have a lead that goes past it.
   */
  private static List<String> openings(List<Sample> samples, Set<String> golds, boolean spaced) {
    Map<String, Map<String, Integer>> opened = new TreeMap<>();
    for (Sample s : samples) {
      String gold = s.gold();
      for (int cut : cuts(gold, spaced)) {
        String rest = gold.substring(cut + (spaced ? 1 : 0));
        if (golds.contains(norm(rest))) {
          opened.computeIfAbsent(gold.substring(0, cut), o -> new TreeMap<>()).merge(norm(rest), 1, Integer::sum);
          break;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : opened.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      if (total < 2 || e.getValue().size() < 2) {
        continue;
      }
      String opening = norm(e.getKey() + (spaced ? " " : ""));
      int stops = 0;
      for (Sample s : samples) {
        String text = norm(s.text().substring(0, Math.min(s.text().length(), opening.length())));
        String gold = norm(s.gold());
        if (text.equals(opening) && !(gold.length() > opening.length() && gold.startsWith(opening))) {
          stops++;
        }
      }
      if (total >= stops) {
        out.add(e.getKey());
      }
    }
    out.sort(longestFirst());
    return out;
  }

  /** Where a lead may be cut in two: between its words (in Chinese, between any two characters). */
  private static List<Integer> cuts(String lead, boolean spaced) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < lead.length(); i++) {
      if (!spaced || lead.charAt(i) == ' ') {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether {@code word} stands at {@code at}, ignoring case, ending at a word boundary where spaced. */
  private static boolean startsAt(String text, int at, String word, boolean spaced) {
    int end = at + word.length();
    return end <= text.length() && norm(text.substring(at, end)).equals(norm(word))
        && (!spaced || end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  private static Comparator<String> longestFirst() {
    return Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
  }

  private static boolean odd(String symbol) {
    return DocumentSymbol.tryParse(symbol == null ? "" : symbol).flatMap(DocumentSymbol::number)
        .map(n -> Integer.parseInt(n) % 2 == 1).orElse(false);
  }

  static Comparator<String> byLength() {
    return Comparator.comparingInt(String::length);
  }
}
