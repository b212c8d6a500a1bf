package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.resolute.model.Body;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/** Enumerations read from the codes of the JSON form; an unknown code is a typed error. */
final class CodeDeserializers {
  private CodeDeserializers() {}

  static StdDeserializer<Language> language() {
    return new CodeDeserializer<>(Language.class, Language::fromCode, "ar, en, es, fr, ru, zh");
  }

  static StdDeserializer<Body> body() {
    return new CodeDeserializer<>(Body.class, Body::fromCode, "GA, GA-C1 ... GA-C6, SC, ECOSOC, HRC, OTHER");
  }

  static StdDeserializer<CitationKind> citationKind() {
    return new CodeDeserializer<>(CitationKind.class, CitationKind::fromCode, "the kinds of CONVENTIONS.md");
  }

  private static final class CodeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, Optional<T>> lookUp;
    private final String expected;

    CodeDeserializer(Class<T> type, Function<String, Optional<T>> lookUp, String expected) {
      super(type);
      this.lookUp = lookUp;
      this.expected = expected;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String code = p.getText();
      return lookUp.apply(code).orElseThrow(
          () -> ctxt.weirdStringException(code, handledType(), "expected one of " + expected));
    }
  }
}
