package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, parsing gives a symbol or the one documented exception. */
class DocumentSymbolProperties {

  @Property
  void arbitraryStringsNeverThrowAnythingButTheDocumentedException(@ForAll String text) {
    parseOrFail(text);
  }

  @Property
  void symbolLikeStringsNeverThrowAnythingButTheDocumentedException(@ForAll("symbolLike") String text) {
    parseOrFail(text);
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
