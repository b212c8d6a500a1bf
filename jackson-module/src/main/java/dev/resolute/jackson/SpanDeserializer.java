package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.resolute.model.InvalidValueException;
import dev.resolute.model.Span;
import java.io.IOException;

/** A span from {@code {"start": 0, "end": 12}}; both fields required, no others. */
final class SpanDeserializer extends StdDeserializer<Span> {
  private static final long serialVersionUID = 1L;

  SpanDeserializer() {
    super(Span.class);
  }

  @Override
  public Span deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return (Span) ctxt.handleUnexpectedToken(Span.class, p);
    }
    Integer start = null;
    Integer end = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      if (token != JsonToken.VALUE_NUMBER_INT) {
        return (Span) ctxt.handleUnexpectedToken(Span.class, token, p, "span field '%s' must be an integer", field);
      }
      switch (field) {
        case "start":
          start = p.getIntValue();
          break;
        case "end":
          end = p.getIntValue();
          break;
        default:
          ctxt.handleUnknownProperty(p, this, Span.class, field);
      }
    }
    if (start == null || end == null) {
      throw ctxt.instantiationException(Span.class, "a span needs both 'start' and 'end'");
    }
    try {
      return Span.of(start, end);
    } catch (InvalidValueException e) {
      throw ctxt.instantiationException(Span.class, e.getMessage());
    }
  }
}
