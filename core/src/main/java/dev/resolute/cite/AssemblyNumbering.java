package dev.resolute.cite;

import dev.resolute.internal.DataTables;
import dev.resolute.internal.Scripts;

/**
 * The one sequence in which the General Assembly numbered its resolutions from 1946 to 1975, the
 * session after the number in roman figures ({@code 2200 (XXI)}), read from
 * {@code assembly-numbers.tsv}: resolutions whose numbers and sessions are known bound the numbers
 * each session can have. {@code 707 (XXII)} is none of the Assembly's: its twentieth session had
 * already reached 2008. Such a number is another body's (the World Tourism Organization's General
 * Assembly numbers its resolutions so to this day).
 */
final class AssemblyNumbering {
  private static final AssemblyNumbering INSTANCE = new AssemblyNumbering();
  /** The last session numbered so. */
  static final int LAST_SESSION = 30;

  /** Per session (index 1 to {@link #LAST_SESSION}): the lowest and the highest number the table knows, or 0. */
  private final int[] lowest = new int[LAST_SESSION + 2];
  private final int[] highest = new int[LAST_SESSION + 2];

  private AssemblyNumbering() {
    for (String line : DataTables.lines(AssemblyNumbering.class, "assembly-numbers.tsv", true)) {
      String[] cells = line.split("\t");
      int session = Scripts.romanValue(cells[0]);
      int number = Integer.parseInt(cells[1]);
      if (session < 1 || session > LAST_SESSION) {
        throw new IllegalStateException("assembly-numbers.tsv: no session numbered so: " + line);
      }
      lowest[session] = lowest[session] == 0 ? number : Math.min(lowest[session], number);
      highest[session] = Math.max(highest[session], number);
    }
  }

  static AssemblyNumbering get() {
    return INSTANCE;
  }

  /**
   * Whether the Assembly may have given a resolution the number in the session printed with it,
   * or in the session before or after it (a source may print the session one off: "2145 (XXII)"
   * for 2145 (XXI) in a Security Council resolution's text).
   *
   * @param number the resolution's number
   * @param session the regular session printed, in figures (XXI is 21)
   */
  boolean fits(int number, int session) {
    for (int s = Math.max(1, session - 1); s <= Math.min(LAST_SESSION, session + 1); s++) {
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

  /** Below every number the table knows of a session after {@code session}. */
  private boolean below(int number, int session) {
    for (int s = session + 1; s <= LAST_SESSION; s++) {
      if (lowest[s] != 0) {
        return number < lowest[s];
      }
    }
    return number <= highest[LAST_SESSION];
  }

  /** The numbers the table knows of a session: {lowest, highest}, or an empty array. */
  int[] known(int session) {
    return highest[session] == 0 ? new int[0] : new int[] {lowest[session], highest[session]};
  }
}
