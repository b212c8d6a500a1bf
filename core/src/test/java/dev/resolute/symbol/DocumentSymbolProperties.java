package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, parsing gives a symbol or the one documented exception; a symbol's segments
 * print its canonical form, whichever way it was made.
 */
class DocumentSymbolProperties {

  @Property
  void arbitraryStringsNeverThrowAnythingButTheDocumentedException(@ForAll String text) {
    parseOrFail(text);
  }

  @Property
  void symbolLikeStringsNeverThrowAnythingButTheDocumentedException(@ForAll("symbolLike") String text) {
    parseOrFail(text);
  }

  @Property
  void segmentsPrintTheCanonicalFormOfTheSymbolItsPartsAndItsFormWithoutPart(@ForAll("symbols") String text) {
    Optional<DocumentSymbol> parsed = DocumentSymbol.tryParse(text);
    Assume.that(parsed.isPresent());
    DocumentSymbol symbol = parsed.get();
    StringBuilder joined = new StringBuilder();
    for (DocumentSymbol part : symbol.jointParts()) {
      assertSegmentsPrint(part);
      assertEquals(DocumentSymbol.parse(part.canonical()).segments(), part.segments(), "a joint part as parsed alone");
      joined.append(joined.length() == 0 ? "" : "-").append(part.canonical());
    }
    assertEquals(symbol.canonical(), joined.toString());
    DocumentSymbol withoutPart = symbol.withoutPart();
    assertEquals(DocumentSymbol.parse(withoutPart.canonical()).segments(), withoutPart.segments(), "without its part as parsed");
  }

  private static void assertSegmentsPrint(DocumentSymbol symbol) {
    StringBuilder printed = new StringBuilder();
    for (DocumentSymbol.Segment segment : symbol.segments()) {
      assertTrue(segment.printed().contains(segment.value()), segment + " prints its value");
      printed.append(segment.printed());
    }
    assertEquals(symbol.canonical(), printed.toString());
  }

  /**
   * Symbols as printed, most of them valid: an organ, components of every kind (sessions, years,
   * types with numbers, part letters, suffixes, parenthetical parts), sometimes a second symbol
   * joined to the first.
   */
  @Provide
  Arbitrary<String> symbols() {
    Arbitrary<String> organ = Arbitraries.of("A", "S", "E", "a", "A/HRC", "A/C.3", "E/CN.15", "ST/SGB", "BWC/CONF.IX");
    Arbitrary<String> component = Arbitraries.of("/66", "/RES", "/2011", "/PV.117", "/L.15", "/Add.1", "/rev.2",
        " (Vol. II)", " (2001)", "/1373 (2001)", "/2200 A (XXI)", "/245 B", "/Corr.1", "/S-26", "/7Add.2", "/INF/52");
    Arbitrary<String> one = Combinators.combine(organ, component.list().ofMinSize(1).ofMaxSize(5))
        .as((o, cs) -> o + String.join("", cs));
    return Combinators.combine(one, one, Arbitraries.integers().between(0, 3))
        .as((first, second, joint) -> joint == 0 ? first + "-" + second : first);
  }

  /** Strings from the symbol alphabet, so that most get deep into the grammar before failing. */
  @Provide
  Arbitrary<String> symbolLike() {
    return Arbitraries.strings().withChars("ASERCVLIXPDH/.-() 0123456789\u00a0abx").ofMaxLength(40);
  }

  private static void parseOrFail(String text) {
    try {
      DocumentSymbol symbol = DocumentSymbol.parse(text);
      assertTrue(DocumentSymbol.parse(symbol.canonical()).equals(symbol), "canonical form is a fixed point");
    } catch (SymbolSyntaxException expected) {
      assertTrue(expected.position() >= 0 && expected.position() <= text.length(), expected.getMessage());
    }
  }
}
