package dev.resolute.testkit;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Printed document symbols of every shape the UN uses, built from their components, as a
 * typesetter or a link would write them (clean: one space where the UN prints one).
 */
final class SymbolShapes {
  private SymbolShapes() {}

  static Arbitrary<String> any() {
    return Arbitraries.oneOf(
        gaResolutions(), oldGaResolutions(), specialSessionResolutions(), scResolutions(),
        ecosocResolutions(), hrcResolutions(), decisions(), documents(), meetingRecords(),
        drafts(), subsidiaryDocuments(), joint());
  }

  static Arbitrary<String> resolutions() {
    return Arbitraries.oneOf(gaResolutions(), oldGaResolutions(), specialSessionResolutions(),
        scResolutions(), ecosocResolutions(), hrcResolutions());
  }

  static Arbitrary<String> gaResolutions() {
    return Combinators.combine(session(), Arbitraries.integers().between(1, 350), partLetter())
        .as((s, n, p) -> "A/RES/" + s + "/" + n + (p.isEmpty() ? "" : " " + p));
  }

  static Arbitrary<String> oldGaResolutions() {
    return Combinators.combine(Arbitraries.integers().between(1, 3500), partLetter(), roman(1, 30))
        .as((n, p, r) -> "A/RES/" + n + (p.isEmpty() ? "" : " " + p) + " (" + r + ")");
  }

  static Arbitrary<String> specialSessionResolutions() {
    return Combinators.combine(Arbitraries.of("S", "ES"), Arbitraries.integers().between(1, 32),
            Arbitraries.integers().between(1, 30))
        .as((kind, s, n) -> "A/RES/" + kind + "-" + s + "/" + n);
  }

  static Arbitrary<String> scResolutions() {
    return Combinators.combine(Arbitraries.integers().between(1, 2800), Arbitraries.integers().between(1946, 2026))
        .as((n, y) -> "S/RES/" + n + " (" + y + ")");
  }

  static Arbitrary<String> ecosocResolutions() {
    return Combinators.combine(Arbitraries.of("RES", "DEC"), year(), Arbitraries.integers().between(1, 300), partLetter())
        .as((t, y, n, p) -> "E/" + t + "/" + y + "/" + n + (p.isEmpty() ? "" : " " + p));
  }

  static Arbitrary<String> hrcResolutions() {
    return Combinators.combine(Arbitraries.of("RES", "DEC"), Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 130))
        .as((t, s, n) -> "A/HRC/" + t + "/" + s + "/" + n);
  }

  static Arbitrary<String> decisions() {
    return Combinators.combine(session(), Arbitraries.integers().between(401, 599))
        .as((s, n) -> "A/DEC/" + s + "/" + n);
  }

  static Arbitrary<String> documents() {
    return Combinators.combine(Arbitraries.of("A", "S", "E"), session(), year(), Arbitraries.integers().between(1, 999),
            qualifier(), suffixes())
        .as((organ, s, y, n, q, suf) -> organ + "/" + (organ.equals("A") ? s : y) + "/" + n + q + suf);
  }

  static Arbitrary<String> meetingRecords() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 9999).map(n -> "S/PV." + n),
        Combinators.combine(session(), Arbitraries.integers().between(1, 130)).as((s, n) -> "A/" + s + "/PV." + n));
  }

  static Arbitrary<String> drafts() {
    return Combinators.combine(Arbitraries.integers().between(1, 6), session(), Arbitraries.integers().between(1, 70),
            suffixes())
        .as((c, s, n, suf) -> "A/C." + c + "/" + s + "/L." + n + suf);
  }

  static Arbitrary<String> subsidiaryDocuments() {
    return Combinators.combine(
            Arbitraries.of("E/CN.15", "E/CN.6", "A/CONF.157", "A/AC.105", "ST/SGB", "FCCC/CP", "CAC/COSP",
                "BWC/CONF.IX", "UNEP/EA.5", "CRC/C/GC", "A/HRC/WG.2"),
            year(), Arbitraries.integers().between(1, 120), suffixes())
        .as((body, y, n, suf) -> body + "/" + y + "/" + n + suf);
  }

  static Arbitrary<String> joint() {
    return Combinators.combine(session(), Arbitraries.integers().between(1, 999), year(), Arbitraries.integers().between(1, 999))
        .as((s, n, y, m) -> "A/" + s + "/" + n + "-S/" + y + "/" + m);
  }

  private static Arbitrary<Integer> session() {
    return Arbitraries.integers().between(31, 80);
  }

  private static Arbitrary<Integer> year() {
    return Arbitraries.integers().between(1990, 2026);
  }

  private static Arbitrary<String> partLetter() {
    return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of("A", "B", "C", "D", "A-B", "A-C"));
  }

  private static Arbitrary<String> qualifier() {
    return Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.just(""), Arbitraries.just(""),
        roman(1, 4).map(r -> " (Part " + r + ")"),
        roman(1, 3).map(r -> " (Vol. " + r + ")"),
        Arbitraries.integers().between(1, 36).map(n -> " (Sect. " + n + ")"),
        Arbitraries.just(" (Supp)"));
  }

  private static Arbitrary<String> suffixes() {
    return Arbitraries.of("Rev", "Add", "Corr", "Amend")
        .flatMap(s -> Arbitraries.integers().between(1, 9).map(n -> "/" + s + "." + n))
        .list().ofMaxSize(3)
        .map(list -> String.join("", list));
  }

  /** Roman numerals from {@code min} to {@code max}. */
  static Arbitrary<String> roman(int min, int max) {
    return Arbitraries.integers().between(min, max).map(SymbolShapes::toRoman);
  }

  static String toRoman(int n) {
    int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    List<String> numerals = List.of("C", "XC", "L", "XL", "X", "IX", "V", "IV", "I");
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(numerals.get(i));
        rest -= values[i];
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
