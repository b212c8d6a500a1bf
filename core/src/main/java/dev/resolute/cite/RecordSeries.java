package dev.resolute.cite;

import dev.resolute.internal.DataTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document series in which bodies print their own resolutions and decisions (their reports and
 * records), from {@code record-series.tsv}: a number cited right after such a document, with no
 * body named for it, is the body's ("UNEP/CBD/COP/10/27, annex, decision X/2").
 */
final class RecordSeries {
  private static final RecordSeries INSTANCE = new RecordSeries();

  /**
   * A series: its components ({@code null} at the dating one), the body, and what dates it (a
   * {@code bodies.tsv} acronym or {@code GA} whose session the dating component is, or
   * {@link #YEAR}).
   */
  private record Series(String[] components, int dating, String datedBy, String body) {}

  /** A document of a series: the body whose records it is, and the years it was issued in. */
  record Document(String body, int firstYear, int lastYear) {}

  /** The dating component that is a year. */
  static final String YEAR = "year";

  private final List<Series> series = new ArrayList<>();

  private RecordSeries() {
    for (String line : DataTables.lines(RecordSeries.class, "record-series.tsv", true)) {
      String[] cells = line.split("\t");
      String[] components = cells[0].split("/");
      int dating = -1;
      String datedBy = null;
      for (int i = 0; i < components.length; i++) {
        if (components[i].startsWith("{") && components[i].endsWith("}")) {
          if (dating >= 0) {
            throw new IllegalStateException("record-series.tsv: one dating component per series: " + line);
          }
          dating = i;
          datedBy = components[i].substring(1, components[i].length() - 1);
          components[i] = null;
        }
      }
      if (cells.length != 2 || dating < 0) {
        throw new IllegalStateException("record-series.tsv: a series with one {BODY} or {year} component, a tab, a body: "
            + line);
      }
      series.add(new Series(components, dating, datedBy, cells[1]));
    }
  }

  static RecordSeries get() {
    return INSTANCE;
  }

  /**
   * The document a canonical symbol names, where it is of a series of the table and dated there
   * ({@code A/74/53/Add.1}: the Human Rights Council's, 2018 to 2020); empty otherwise.
   */
  Optional<Document> of(String canonical) {
    String[] printed = canonical.split("/");
    for (Series s : series) {
      if (printed.length < s.components().length || !matches(s, printed)) {
        continue;
      }
      String dating = printed[s.dating()];
      if (dating.isEmpty() || !dating.chars().allMatch(c -> c >= '0' && c <= '9') || dating.length() > 4) {
        continue;
      }
      int value = Integer.parseInt(dating);
      if (s.datedBy().equals(YEAR)) {
        return Optional.of(new Document(s.body(), value - 1, value));
      }
      SessionYears years = SessionYears.get();
      int first = years.firstYear(s.datedBy(), value).orElse(-1);
      if (first >= 0) {
        return Optional.of(new Document(s.body(), first - 1, first + 1));
      }
    }
    return Optional.empty();
  }

  /** The acronyms of the bodies the series are of, each once. */
  java.util.Set<String> bodies() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    series.forEach(s -> out.add(s.body()));
    return out;
  }

  private static boolean matches(Series s, String[] printed) {
    for (int i = 0; i < s.components().length; i++) {
      if (s.components()[i] != null && !s.components()[i].equals(printed[i])) {
        return false;
      }
    }
    return true;
  }
}
