package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.resolute.model.Body;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import java.io.IOException;
import java.util.function.Function;

/** Enumerations written as the codes of the JSON form ({@code fr}, {@code GA-C3}, {@code ga-resolution}). */
final class CodeSerializers {
  private CodeSerializers() {}

  static StdSerializer<Language> language() {
    return new CodeSerializer<>(Language.class, Language::code);
  }

  static StdSerializer<Body> body() {
    return new CodeSerializer<>(Body.class, Body::code);
  }

  static StdSerializer<CitationKind> citationKind() {
    return new CodeSerializer<>(CitationKind.class, CitationKind::code);
  }

  private static final class CodeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> code;

    CodeSerializer(Class<T> type, Function<T, String> code) {
      super(type);
      this.code = code;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(code.apply(value));
    }
  }
}
