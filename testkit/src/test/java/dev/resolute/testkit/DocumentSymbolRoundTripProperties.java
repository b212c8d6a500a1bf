package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.symbol.DocumentSymbol;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/** Symbols survive being written canonically and read back, and careless printing. */
class DocumentSymbolRoundTripProperties {

  @Property
  void canonicalFormParsesToTheSameSymbol(@ForAll DocumentSymbol symbol) {
    Statistics.collect(symbol.body(), symbol.documentType().map(Enum::name).orElse("document"));
    assertEquals(symbol, DocumentSymbol.parse(symbol.canonical()));
  }

  @Property
  void componentsSurviveTheRoundTrip(@ForAll DocumentSymbol symbol) {
    DocumentSymbol again = DocumentSymbol.parse(symbol.canonical());
    assertEquals(symbol.segments(), again.segments());
  }

  @Property
  void carelessPrintingParsesToTheCleanSymbol(@ForAll("variants") String[] cleanAndVariant) {
    assertEquals(DocumentSymbol.parse(cleanAndVariant[0]), DocumentSymbol.parse(cleanAndVariant[1]),
        "'" + cleanAndVariant[1] + "'");
  }

  @Provide
  Arbitrary<String[]> variants() {
    return ResolutionArbitraries.printedSymbolVariants();
  }
}
