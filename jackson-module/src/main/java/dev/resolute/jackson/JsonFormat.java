package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.resolute.format.ResolutionFormat;
import dev.resolute.model.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON form of the conventions as a {@link ResolutionFormat} ({@code json}). Reading is guarded
 * against hostile input: nesting at most {@value #MAX_DEPTH} deep, strings at most
 * {@value #MAX_STRING} characters, documents at most {@value #MAX_DOCUMENT} characters, no default
 * typing, unknown properties refused. Registered for {@link java.util.ServiceLoader}.
 */
public final class JsonFormat implements ResolutionFormat {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest string accepted, in characters. */
  public static final int MAX_STRING = 20_000_000;
  /** The longest document accepted, in characters. */
  public static final long MAX_DOCUMENT = 200_000_000L;

  private final ObjectMapper mapper;

  /** The format, with its guarded mapper. */
  public JsonFormat() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxDocumentLength(MAX_DOCUMENT).build())
        .build();
    this.mapper = new ObjectMapper(factory).registerModule(new ResoluteModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.CLOSE_CLOSEABLE);
  }

  /**
   * The guarded mapper this format uses, for users who want the same limits.
   *
   * @return a copy of the mapper
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public void write(Resolution resolution, OutputStream out) throws IOException {
    mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, resolution);
  }

  @Override
  public Resolution read(InputStream in) throws IOException {
    return mapper.readerFor(Resolution.class).without(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
        .readValue(in);
  }
}
