package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.symbol.SymbolSyntaxException;
import java.io.IOException;

/** A symbol from a string; anything else, or a string that is no symbol, is a typed error. */
final class DocumentSymbolDeserializer extends StdDeserializer<DocumentSymbol> {
  private static final long serialVersionUID = 1L;

  DocumentSymbolDeserializer() {
    super(DocumentSymbol.class);
  }

  @Override
  public DocumentSymbol deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (DocumentSymbol) ctxt.handleUnexpectedToken(DocumentSymbol.class, p);
    }
    String text = p.getText();
    try {
      return DocumentSymbol.parse(text);
    } catch (SymbolSyntaxException e) {
      throw ctxt.weirdStringException(text, DocumentSymbol.class, e.getMessage());
    }
  }
}
