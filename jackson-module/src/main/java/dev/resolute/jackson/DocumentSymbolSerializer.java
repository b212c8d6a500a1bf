package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.resolute.symbol.DocumentSymbol;
import java.io.IOException;

/** A symbol as its canonical string. */
final class DocumentSymbolSerializer extends StdSerializer<DocumentSymbol> {
  private static final long serialVersionUID = 1L;

  DocumentSymbolSerializer() {
    super(DocumentSymbol.class);
  }

  @Override
  public void serialize(DocumentSymbol value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.canonical());
  }
}
