package dev.resolute.cite;

import dev.resolute.internal.DataTables;
import dev.resolute.internal.Scripts;
import dev.resolute.model.Body;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one sequence in which a principal organ numbered its resolutions while it printed the session
 * after the number in roman figures ({@code 2200 (XXI)}: the General Assembly until 1975, the
 * Economic and Social Council until 1977), read from {@code roman-numbers.tsv}: resolutions whose
 * numbers and sessions are known bound the numbers each session can have. {@code 707 (XXII)} is none
 * of the Assembly's: its twentieth session had already reached 2008. Such a number is another body's
 * (the World Tourism Organization's General Assembly numbers its resolutions so to this day).
 */
final class RomanNumbering {
  private static final Map<Body, RomanNumbering> BY_BODY = load();

  /** The last session numbered so. */
  private final int lastSession;
  /** Per session (1 to {@link #lastSession}): the lowest and the highest number the table knows, or 0. */
  private final int[] lowest;
  private final int[] highest;
  /** The sequence's last number, where the table gives it; else 0 (no bound after the last row). */
  private int lastNumber;

  private RomanNumbering(int lastSession) {
    this.lastSession = lastSession;
    this.lowest = new int[lastSession + 2];
    this.highest = new int[lastSession + 2];
  }

  private static Map<Body, RomanNumbering> load() {
    Map<Body, RomanNumbering> byBody = new EnumMap<>(Body.class);
    for (String line : DataTables.lines(RomanNumbering.class, "roman-numbers.tsv", true)) {
      String[] cells = line.split("\t");
      if (cells[0].equals("last-session")) {
        byBody.put(Body.valueOf(cells[1]), new RomanNumbering(Scripts.romanValue(cells[2])));
        continue;
      }
      RomanNumbering numbering = byBody.get(Body.valueOf(cells[0]));
      int session = Scripts.romanValue(cells[1]);
      int number = Integer.parseInt(cells[2]);
      if (numbering == null || session < 1 || session > numbering.lastSession) {
        throw new IllegalStateException("roman-numbers.tsv: no session numbered so: " + line);
      }
      numbering.lowest[session] = numbering.lowest[session] == 0 ? number : Math.min(numbering.lowest[session], number);
      numbering.highest[session] = Math.max(numbering.highest[session], number);
      if (cells.length > 3 && cells[3].startsWith("last:")) {
        numbering.lastNumber = number;
      }
    }
    return byBody;
  }

  /** The sequence of a body, where it numbered so. */
  static Optional<RomanNumbering> of(Body body) {
    return Optional.ofNullable(BY_BODY.get(body));
  }

  int lastSession() {
    return lastSession;
  }

  /**
   * Whether the body may have given a resolution the number in the session printed with it, or in
   * the session before or after it (a source may print the session one off: "2145 (XXII)" for the
   * Assembly's 2145 (XXI) in a Security Council resolution's text).
   *
   * @param number the resolution's number
   * @param session the regular session printed, in figures (XXI is 21)
   */
  boolean fits(int number, int session) {
    for (int s = Math.max(1, session - 1); s <= Math.min(lastSession, session + 1); s++) {
      if (above(number, s) && below(number, s)) {
        return true;
      }
    }
    return false;
  }

  /** Above every number the table knows of a session before {@code session}. */
  private boolean above(int number, int session) {
    for (int s = session - 1; s >= 1; s--) {
      if (highest[s] != 0) {
        return number > highest[s];
      }
    }
    return number >= 1;
  }

  /** Below every number the table knows of a session after {@code session}, and not past the last. */
  private boolean below(int number, int session) {
    for (int s = session + 1; s <= lastSession; s++) {
      if (lowest[s] != 0) {
        return number < lowest[s];
      }
    }
    return lastNumber == 0 || number <= lastNumber;
  }

  /** The numbers the table knows of a session: {lowest, highest}, or an empty array. */
  int[] known(int session) {
    return highest[session] == 0 ? new int[0] : new int[] {lowest[session], highest[session]};
  }
}
