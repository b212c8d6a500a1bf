package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.resolute.model.Actor;
import dev.resolute.model.Annex;
import dev.resolute.model.Citation;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Serializers of the model's value types, writing the JSON form of CONVENTIONS.md: camelCase
 * fields, printed numbers as strings, dates as ISO 8601, spans as {@code {"start", "end"}}. Absent
 * required fields are written as {@code null}; absent optional ones are left out.
 */
final class ModelSerializers {
  private ModelSerializers() {}

  /** Writes one value of a type. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
  }

  /** A serializer that hands the value to a writer: one class for every model type. */
  static final class WriterSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueWriter<T> writer;

    WriterSerializer(Class<T> type, ValueWriter<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writer.write(value, gen, provider);
    }
  }

  static void resolution(Resolution r, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("symbol", r.symbol().map(s -> s.canonical()).orElse(null));
    gen.writeStringField("body", r.body().code());
    gen.writeStringField("session", r.session().orElse(null));
    gen.writeStringField("language", r.language().code());
    gen.writeStringField("title", r.title().orElse(null));
    gen.writeStringField("enactingFormula", r.enactingFormula().orElse(null));
    writeOptional(gen, "adoptionDate", r.adoptionDate().map(Object::toString));
    writeOptional(gen, "issueDate", r.issueDate().map(Object::toString));
    writeOptional(gen, "agendaItem", r.agendaItem());
    gen.writeBooleanField("draft", r.draft());
    gen.writeArrayFieldStart("preamble");
    for (PreambularClause c : r.preamble()) {
      provider.defaultSerializeValue(c, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("operative");
    for (int i = 0; i < r.operative().size(); i++) {
      writeOperative(r.operative().get(i), r.operativeLocation(i), gen, provider);
    }
    gen.writeEndArray();
    writeList(gen, provider, "headings", r.headings());
    writeList(gen, provider, "footnotes", r.footnotes());
    writeList(gen, provider, "citations", r.citations());
    writeList(gen, provider, "references", r.references());
    writeList(gen, provider, "actors", r.actors());
    writeList(gen, provider, "annexes", r.annexes());
    gen.writeEndObject();
  }

  static void preambularClause(PreambularClause c, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("lead", c.lead());
    gen.writeStringField("text", c.text());
    writeSpan(gen, "span", c.span());
    writeList(gen, provider, "footnoteRefs", c.footnoteRefs());
    gen.writeEndObject();
  }

  static void operativeClause(OperativeClause c, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writeOperative(c, null, gen, provider);
  }

  private static void writeOperative(OperativeClause c, String location, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("number", c.number().orElse(null));
    writeOptional(gen, "section", c.section());
    if (location != null) {
      gen.writeStringField("location", location);
    }
    gen.writeStringField("lead", c.lead());
    gen.writeStringField("text", c.text());
    writeSpan(gen, "span", c.span());
    writeList(gen, provider, "subparagraphs", c.subparagraphs());
    writeList(gen, provider, "footnoteRefs", c.footnoteRefs());
    gen.writeEndObject();
  }

  static void subparagraph(Subparagraph s, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("number", s.number());
    gen.writeStringField("text", s.text());
    writeSpan(gen, "span", s.span());
    writeList(gen, provider, "subparagraphs", s.subparagraphs());
    writeList(gen, provider, "footnoteRefs", s.footnoteRefs());
    gen.writeEndObject();
  }

  static void sectionHeading(SectionHeading h, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("label", h.label());
    gen.writeStringField("text", h.text());
    writeSpan(gen, "span", h.span());
    gen.writeNumberField("firstOperative", h.firstOperative());
    gen.writeEndObject();
  }

  static void footnote(Footnote f, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("marker", f.marker());
    gen.writeStringField("text", f.text());
    writeSpan(gen, "span", f.span());
    gen.writeEndObject();
  }

  static void footnoteRef(FootnoteRef f, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("marker", f.marker());
    writeInline(gen, f.span());
    gen.writeEndObject();
  }

  static void citation(Citation c, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("kind", c.kind().code());
    gen.writeStringField("canonical", c.canonical());
    writeOptional(gen, "part", c.part());
    writeOptional(gen, "date", c.date().map(Object::toString));
    gen.writeStringField("text", c.text());
    writeInline(gen, c.span());
    gen.writeStringField("location", c.location());
    if (c.treaty().isPresent()) {
      TreatyReference t = c.treaty().get();
      gen.writeStringField("series", t.series().name());
      writeOptional(gen, "registration", t.registration());
      writeStrings(gen, "volumes", t.volumes());
      writeStrings(gen, "pages", t.pages());
      writeOptional(gen, "pinpoint", t.pinpoint());
      writeList(gen, provider, "instruments", t.instruments());
    }
    gen.writeEndObject();
  }

  static void reference(Reference r, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("kind", r.kind().code());
    gen.writeStringField("target", r.target());
    writeOptional(gen, "instrument", r.instrument());
    gen.writeStringField("text", r.text());
    writeInline(gen, r.span());
    gen.writeStringField("location", r.location());
    gen.writeEndObject();
  }

  static void treatyInstrument(TreatyInstrument t, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("volume", t.volume());
    gen.writeStringField("instrument", t.instrument());
    writeOptional(gen, "depositaryChapter", t.depositaryChapter());
    gen.writeEndObject();
  }

  /** An actor's kind as the JSON form writes it: {@code member-state}; the reader matches the same codes. */
  static String actorKindCode(dev.resolute.model.ActorKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static void actor(Actor a, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", a.id());
    gen.writeStringField("kind", actorKindCode(a.kind()));
    gen.writeObjectFieldStart("names");
    for (var e : a.names().entrySet()) {
      gen.writeStringField(e.getKey().code(), e.getValue());
    }
    gen.writeEndObject();
    writeStrings(gen, "acronyms", a.acronyms());
    gen.writeEndObject();
  }

  static void annex(Annex a, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("heading", a.heading());
    gen.writeStringField("text", a.text());
    writeSpan(gen, "span", a.span());
    gen.writeEndObject();
  }

  /** A span written inline, as {@code start} and {@code end} of its value (citations, references, markers). */
  private static void writeInline(JsonGenerator gen, Span span) throws IOException {
    gen.writeNumberField("start", span.start());
    gen.writeNumberField("end", span.end());
  }

  private static void writeSpan(JsonGenerator gen, String name, Span span) throws IOException {
    gen.writeObjectFieldStart(name);
    writeInline(gen, span);
    gen.writeEndObject();
  }

  private static void writeOptional(JsonGenerator gen, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(name, value.get());
    }
  }

  private static void writeStrings(JsonGenerator gen, String name, List<String> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  private static void writeList(JsonGenerator gen, SerializerProvider provider, String name, List<?> values)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object v : values) {
      provider.defaultSerializeValue(v, gen);
    }
    gen.writeEndArray();
  }
}
