package dev.resolute.testkit;

import dev.resolute.symbol.DocumentSymbol;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Static factories of jqwik arbitraries for Resolute's model, valid by construction and shrinking
 * towards small, plain examples.
 *
 * <pre>{@code
 * @Property
 * void linksAreStable(@ForAll("symbols") DocumentSymbol symbol) { ... }
 *
 * @Provide
 * Arbitrary<DocumentSymbol> symbols() {
 *   return ResolutionArbitraries.symbols();
 * }
 * }</pre>
 */
public final class ResolutionArbitraries {
  private ResolutionArbitraries() {}

  /**
   * Document symbols of every shape: GA, SC, ECOSOC and HRC resolutions and decisions (with part
   * letters, roman sessions, special and emergency sessions), documents with suffixes and
   * parenthetical parts, meeting records, drafts, subsidiary bodies and joint symbols.
   *
   * @return valid symbols
   */
  public static Arbitrary<DocumentSymbol> symbols() {
    return printedSymbols().map(DocumentSymbol::parse);
  }

  /**
   * Symbols of resolutions of the General Assembly, the Security Council, ECOSOC and the Human
   * Rights Council.
   *
   * @return valid resolution symbols
   */
  public static Arbitrary<DocumentSymbol> resolutionSymbols() {
    return SymbolShapes.resolutions().map(DocumentSymbol::parse);
  }

  /**
   * Symbols as they are printed, in the UN's own typography: {@code S/RES/1373 (2001)},
   * {@code A/RES/2200 A (XXI)}, {@code A/CONF.157/24 (Part I)}.
   *
   * @return printed symbols
   */
  public static Arbitrary<String> printedSymbols() {
    return SymbolShapes.any();
  }

  /**
   * Symbols as careless hands write them: random case, no-break or doubled spaces where a space
   * may stand, spaces dropped. Each parses to the same symbol as its clean form.
   *
   * @return pairs of a clean printed symbol and a variant of it
   */
  public static Arbitrary<String[]> printedSymbolVariants() {
    return Combinators.combine(printedSymbols(), Arbitraries.randoms())
        .as((clean, random) -> new String[] {clean, vary(clean, random)});
  }

  private static String vary(String clean, java.util.Random random) {
    StringBuilder out = new StringBuilder(clean.length() + 4);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == ' ') {
        int choice = random.nextInt(4);
        out.append(choice == 0 ? "" : choice == 1 ? "\u00a0" : choice == 2 ? "  " : " ");
      } else if (Character.isLetter(c) && random.nextInt(5) == 0) {
        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
