package dev.resolute.cite;

import dev.resolute.internal.DataTables;
import dev.resolute.model.Body;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The calendar years of the numbered sessions of the bodies that number by session (the General
 * Assembly, the Human Rights Council; and, by the acronyms of {@code bodies.tsv}, other bodies whose
 * numbers a language prints right to left), from {@code session-years.tsv}: a dated
 * {@code 24/14 of 27 September 2013} is no resolution of the Assembly's 24th session (1969).
 */
final class SessionYears {
  private static final SessionYears INSTANCE = new SessionYears();

  /** For each body (its {@link Body} name, or its acronym), session to {first year, last year}. */
  private final Map<String, Map<Integer, int[]>> years = new HashMap<>();

  private SessionYears() {
    for (String line : DataTables.lines(SessionYears.class, "session-years.tsv", true)) {
      String[] cells = line.split("\t");
      years.computeIfAbsent(cells[0], b -> new HashMap<>())
          .put(Integer.parseInt(cells[1]), new int[] {Integer.parseInt(cells[2]), Integer.parseInt(cells[3])});
    }
  }

  static SessionYears get() {
    return INSTANCE;
  }

  /** The first calendar year of a body's session, or empty where the table does not know the session. */
  OptionalInt firstYear(Body body, int session) {
    return firstYear(body.name(), session);
  }

  /** As {@link #firstYear(Body, int)}, of a body named by its acronym ({@code CBD-COP}). */
  OptionalInt firstYear(String body, int session) {
    int[] span = years.getOrDefault(body, Map.of()).get(session);
    return span == null ? OptionalInt.empty() : OptionalInt.of(span[0]);
  }

  /** The bodies the table dates ({@link Body} names and acronyms). */
  java.util.Set<String> bodies() {
    return java.util.Collections.unmodifiableSet(years.keySet());
  }

  /** A body's sessions, each to its {first year, last year}, in the order of the sessions. */
  java.util.SortedMap<Integer, int[]> sessions(String body) {
    return new java.util.TreeMap<>(years.getOrDefault(body, Map.of()));
  }

  /** Whether the table knows that session of the body ({@link Body} name or acronym). */
  boolean held(String body, int session) {
    return years.getOrDefault(body, Map.of()).containsKey(session);
  }

  /** Whether the table dates any session of the body ({@link Body} name or acronym). */
  boolean dates(String body) {
    return years.containsKey(body);
  }

  /** Whether the table knows the session and a text of that session may be dated in the year. */
  boolean fits(Body body, int session, int year) {
    return fits(body.name(), session, year);
  }

  /** As {@link #fits(Body, int, int)}, of a body named by its acronym ({@code CBD-COP}, {@code UNEA}). */
  boolean fits(String body, int session, int year) {
    int[] span = years.getOrDefault(body, Map.of()).get(session);
    return span != null && span[0] <= year && year <= span[1];
  }
}
