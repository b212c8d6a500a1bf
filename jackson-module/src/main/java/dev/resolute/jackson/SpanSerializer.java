package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.resolute.model.Span;
import java.io.IOException;

/** A span as {@code {"start": 0, "end": 12}}. */
final class SpanSerializer extends StdSerializer<Span> {
  private static final long serialVersionUID = 1L;

  SpanSerializer() {
    super(Span.class);
  }

  @Override
  public void serialize(Span value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("start", value.start());
    gen.writeNumberField("end", value.end());
    gen.writeEndObject();
  }
}
