package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.resolute.model.Actor;
import dev.resolute.model.ActorKind;
import dev.resolute.model.Annex;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.InvalidValueException;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.ReferenceKind;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.model.TreatySeries;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.symbol.SymbolSyntaxException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Deserializers of the model's value types, reading the JSON form that {@link ModelSerializers}
 * writes as a stream of tokens, straight into the builders: no intermediate tree, fields in any
 * order. Every error names the JSON path of the offending value ({@code $.operative[3].span.end}),
 * taken from the parser's own context when, and only when, something is wrong, and what is wrong,
 * as a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}. Unknown properties are
 * refused while {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson's default)
 * and skipped otherwise; the derived {@code location} of an operative paragraph is always accepted.
 */
final class ModelDeserializers {
  private ModelDeserializers() {}

  /** Reads one value of a type, the parser on its first token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(In in) throws IOException;
  }

  /** A deserializer that hands the token stream to a value reader. */
  static final class StreamDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueReader<T> reader;

    StreamDeserializer(Class<T> type, ValueReader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(new In(p, ctxt, handledType()));
    }
  }

  /** Handles one field of an object, the parser on its value; false for a field it does not know. */
  @FunctionalInterface
  interface FieldHandler {
    boolean field(String name) throws IOException;
  }

  /** The reading of one document: the parser, and the context for errors and features. */
  static final class In {
    private final JsonParser p;
    private final DeserializationContext ctxt;
    private final Class<?> type;
    private final boolean strict;

    In(JsonParser p, DeserializationContext ctxt, Class<?> type) {
      this.p = p;
      this.ctxt = ctxt;
      this.type = type;
      this.strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Where the parser stands: the value being read, or after an object's end, that object. */
    String path() {
      List<String> parts = new ArrayList<>();
      for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
        } else if (c.getCurrentName() != null) {
          parts.add("." + c.getCurrentName());
        }
      }
      StringBuilder out = new StringBuilder("$");
      for (int i = parts.size() - 1; i >= 0; i--) {
        out.append(parts.get(i));
      }
      return out.toString();
    }

    IOException fail(String path, String message) throws IOException {
      ctxt.reportInputMismatch(type, "%s: %s", path, message);
      throw new IllegalStateException("unreachable");
    }

    IOException fail(String message) throws IOException {
      throw fail(path(), message);
    }

    /** Reads an object's fields; the parser ends on its END_OBJECT. */
    void object(Set<String> known, FieldHandler handler) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail("expected an object");
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (!handler.field(name)) {
          if (strict) {
            throw fail("unknown property (known: " + known + ")");
          }
          p.skipChildren();
        }
      }
    }

    /** A required value, checked once its object has ended: the error names the field. */
    <T> T required(T value, String field, String what) throws IOException {
      if (value == null) {
        throw fail(path() + "." + field, "required " + what + " is missing");
      }
      return value;
    }

    String string() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string");
      }
      return p.getText();
    }

    /** A string, or null for JSON null. */
    String optionalString() throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string or null");
      }
      return p.getText();
    }

    Integer integer() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw fail("expected an integer");
      }
      return p.getIntValue();
    }

    boolean bool() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
        throw fail("expected true or false");
      }
      return p.currentToken() == JsonToken.VALUE_TRUE;
    }

    LocalDate date() throws IOException {
      String text = optionalString();
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail("not an ISO 8601 date: " + text);
      }
    }

    <T> T code(Function<String, Optional<T>> lookUp, String expected) throws IOException {
      String code = string();
      Optional<T> value = lookUp.apply(code);
      if (value.isEmpty()) {
        throw fail("\"" + code + "\" is not one of " + expected);
      }
      return value.get();
    }

    /** The elements of an array (none for null). */
    <T> List<T> list(ValueReader<T> element) throws IOException {
      List<T> out = new ArrayList<>();
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return out;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail("expected an array");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        out.add(element.read(this));
      }
      return out;
    }

    List<String> strings() throws IOException {
      return list(In::string);
    }

    Span span() throws IOException {
      int[] bounds = {-1, -1};
      boolean[] seen = new boolean[2];
      object(SPAN, name -> spanField(name, bounds, seen));
      required(seen[0] ? Boolean.TRUE : null, "start", "integer");
      required(seen[1] ? Boolean.TRUE : null, "end", "integer");
      return build(() -> Span.of(bounds[0], bounds[1]));
    }

    /** {@code start} and {@code end} of a span, or of a value that has them inline. */
    boolean spanField(String name, int[] bounds, boolean[] seen) throws IOException {
      if (name.equals("start")) {
        bounds[0] = integer();
        seen[0] = true;
        return true;
      }
      if (name.equals("end")) {
        bounds[1] = integer();
        seen[1] = true;
        return true;
      }
      return false;
    }

    /** Builds a value once its object has ended, turning a broken invariant into an error at its path. */
    <T> T build(IoSupplier<T> builder) throws IOException {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        throw fail(e.getMessage());
      }
    }
  }

  /** A supplier that may fail with an I/O (mapping) error. */
  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static final Set<String> SPAN = Set.of("start", "end");
  private static final Set<String> RESOLUTION = Set.of("symbol", "body", "session", "language", "title",
      "enactingFormula", "adoptionDate", "issueDate", "agendaItem", "draft", "preamble", "operative", "headings",
      "footnotes", "citations", "references", "actors", "annexes");
  private static final Set<String> PREAMBULAR = Set.of("lead", "text", "span", "footnoteRefs");
  private static final Set<String> OPERATIVE = Set.of("number", "section", "location", "lead", "text", "span",
      "subparagraphs", "footnoteRefs");
  private static final Set<String> SUBPARAGRAPH = Set.of("number", "text", "span", "subparagraphs", "footnoteRefs");
  private static final Set<String> HEADING = Set.of("label", "text", "span", "firstOperative");
  private static final Set<String> FOOTNOTE = Set.of("marker", "text", "span");
  private static final Set<String> FOOTNOTE_REF = Set.of("marker", "start", "end");
  private static final Set<String> CITATION = Set.of("kind", "canonical", "part", "date", "text", "start", "end",
      "location", "series", "registration", "volumes", "pages", "pinpoint", "instruments");
  private static final Set<String> INSTRUMENT = Set.of("volume", "instrument", "depositaryChapter");
  private static final Set<String> REFERENCE = Set.of("kind", "target", "instrument", "text", "start", "end", "location");
  private static final Set<String> ACTOR = Set.of("id", "kind", "names", "acronyms");
  private static final Set<String> ANNEX = Set.of("heading", "text", "span");

  // ------------------------------------------------------------------ value readers

  static Resolution resolution(In in) throws IOException {
    Resolution.Builder b = Resolution.builder();
    Object[] required = new Object[2];
    in.object(RESOLUTION, name -> {
      switch (name) {
        case "body":
          b.body(in.code(Body::fromCode, "GA, GA-C1 … GA-C6, SC, ECOSOC, HRC, OTHER"));
          required[0] = Boolean.TRUE;
          return true;
        case "language":
          b.language(in.code(Language::fromCode, "ar, en, es, fr, ru, zh"));
          required[1] = Boolean.TRUE;
          return true;
        case "symbol": {
          String symbol = in.optionalString();
          if (symbol != null) {
            try {
              b.symbol(DocumentSymbol.parse(symbol));
            } catch (SymbolSyntaxException e) {
              throw in.fail(e.getMessage());
            }
          }
          return true;
        }
        case "session":
          ifPresent(in.optionalString(), b::session);
          return true;
        case "title":
          ifPresent(in.optionalString(), b::title);
          return true;
        case "enactingFormula":
          ifPresent(in.optionalString(), b::enactingFormula);
          return true;
        case "agendaItem":
          ifPresent(in.optionalString(), b::agendaItem);
          return true;
        case "adoptionDate":
          ifPresent(in.date(), b::adoptionDate);
          return true;
        case "issueDate":
          ifPresent(in.date(), b::issueDate);
          return true;
        case "draft":
          if (in.p.currentToken() != JsonToken.VALUE_NULL) {
            b.draft(in.bool());
          }
          return true;
        case "preamble":
          b.addAllPreamble(in.list(ModelDeserializers::preambular));
          return true;
        case "operative":
          b.addAllOperative(in.list(ModelDeserializers::operative));
          return true;
        case "headings":
          b.addAllHeadings(in.list(ModelDeserializers::heading));
          return true;
        case "footnotes":
          b.addAllFootnotes(in.list(ModelDeserializers::footnote));
          return true;
        case "citations":
          b.addAllCitations(in.list(ModelDeserializers::citation));
          return true;
        case "references":
          b.addAllReferences(in.list(ModelDeserializers::reference));
          return true;
        case "actors":
          b.addAllActors(in.list(ModelDeserializers::actor));
          return true;
        case "annexes":
          b.addAllAnnexes(in.list(ModelDeserializers::annex));
          return true;
        default:
          return false;
      }
    });
    in.required(required[0], "body", "string");
    in.required(required[1], "language", "string");
    return in.build(b::build);
  }

  static PreambularClause preambular(In in) throws IOException {
    PreambularClause.Builder b = PreambularClause.builder();
    String[] texts = new String[2];
    Span[] span = new Span[1];
    in.object(PREAMBULAR, name -> {
      switch (name) {
        case "lead":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        case "footnoteRefs":
          b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef));
          return true;
        default:
          return false;
      }
    });
    b.lead(in.required(texts[0], "lead", "string")).text(in.required(texts[1], "text", "string"))
        .span(in.required(span[0], "span", "span"));
    return in.build(b::build);
  }

  static OperativeClause operative(In in) throws IOException {
    OperativeClause.Builder b = OperativeClause.builder();
    String[] texts = new String[2];
    Span[] span = new Span[1];
    in.object(OPERATIVE, name -> {
      switch (name) {
        case "lead":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        case "number":
          ifPresent(in.optionalString(), b::number);
          return true;
        case "section":
          ifPresent(in.optionalString(), b::section);
          return true;
        case "location":
          in.optionalString(); // derived from number and section; accepted, not read
          return true;
        case "subparagraphs":
          b.addAllSubparagraphs(in.list(ModelDeserializers::subparagraph));
          return true;
        case "footnoteRefs":
          b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef));
          return true;
        default:
          return false;
      }
    });
    b.lead(in.required(texts[0], "lead", "string")).text(in.required(texts[1], "text", "string"))
        .span(in.required(span[0], "span", "span"));
    return in.build(b::build);
  }

  static Subparagraph subparagraph(In in) throws IOException {
    Subparagraph.Builder b = Subparagraph.builder();
    String[] texts = new String[2];
    Span[] span = new Span[1];
    in.object(SUBPARAGRAPH, name -> {
      switch (name) {
        case "number":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        case "subparagraphs":
          b.addAllSubparagraphs(in.list(ModelDeserializers::subparagraph));
          return true;
        case "footnoteRefs":
          b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef));
          return true;
        default:
          return false;
      }
    });
    b.number(in.required(texts[0], "number", "string")).text(in.required(texts[1], "text", "string"))
        .span(in.required(span[0], "span", "span"));
    return in.build(b::build);
  }

  static SectionHeading heading(In in) throws IOException {
    String[] texts = new String[2];
    Span[] span = new Span[1];
    Integer[] first = new Integer[1];
    in.object(HEADING, name -> {
      switch (name) {
        case "label":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        case "firstOperative":
          first[0] = in.integer();
          return true;
        default:
          return false;
      }
    });
    SectionHeading.Builder b = SectionHeading.builder().label(in.required(texts[0], "label", "string"))
        .text(in.required(texts[1], "text", "string")).span(in.required(span[0], "span", "span"))
        .firstOperative(in.required(first[0], "firstOperative", "integer"));
    return in.build(b::build);
  }

  static Footnote footnote(In in) throws IOException {
    String[] texts = new String[2];
    Span[] span = new Span[1];
    in.object(FOOTNOTE, name -> {
      switch (name) {
        case "marker":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        default:
          return false;
      }
    });
    String marker = in.required(texts[0], "marker", "string");
    String text = in.required(texts[1], "text", "string");
    Span at = in.required(span[0], "span", "span");
    return in.build(() -> Footnote.of(marker, text, at));
  }

  static FootnoteRef footnoteRef(In in) throws IOException {
    String[] marker = new String[1];
    int[] bounds = {-1, -1};
    boolean[] seen = new boolean[2];
    in.object(FOOTNOTE_REF, name -> {
      if (name.equals("marker")) {
        marker[0] = in.string();
        return true;
      }
      return in.spanField(name, bounds, seen);
    });
    String m = in.required(marker[0], "marker", "string");
    in.required(seen[0] ? Boolean.TRUE : null, "start", "integer");
    in.required(seen[1] ? Boolean.TRUE : null, "end", "integer");
    return in.build(() -> FootnoteRef.of(m, Span.of(bounds[0], bounds[1])));
  }

  static Citation citation(In in) throws IOException {
    Citation.Builder b = Citation.builder();
    TreatyReference.Builder t = TreatyReference.builder();
    Object[] values = new Object[4]; // kind, canonical, text, location
    int[] bounds = {-1, -1};
    boolean[] seen = new boolean[2];
    boolean[] series = new boolean[1];
    in.object(CITATION, name -> {
      switch (name) {
        case "kind":
          values[0] = in.code(CitationKind::fromCode, "the kinds of the conventions");
          return true;
        case "canonical":
          values[1] = in.string();
          return true;
        case "text":
          values[2] = in.string();
          return true;
        case "location":
          values[3] = in.string();
          return true;
        case "part":
          ifPresent(in.optionalString(), b::part);
          return true;
        case "date":
          ifPresent(in.date(), b::date);
          return true;
        case "series":
          t.series(in.code(s -> {
            try {
              return Optional.of(TreatySeries.valueOf(s));
            } catch (IllegalArgumentException e) {
              return Optional.empty();
            }
          }, "UNTS, LNTS"));
          series[0] = true;
          return true;
        case "registration":
          ifPresent(in.optionalString(), t::registration);
          return true;
        case "pinpoint":
          ifPresent(in.optionalString(), t::pinpoint);
          return true;
        case "volumes":
          t.addAllVolumes(in.strings());
          return true;
        case "pages":
          t.addAllPages(in.strings());
          return true;
        case "instruments":
          t.addAllInstruments(in.list(ModelDeserializers::instrument));
          return true;
        default:
          return in.spanField(name, bounds, seen);
      }
    });
    CitationKind kind = in.required((CitationKind) values[0], "kind", "string");
    b.kind(kind).canonical(in.required((String) values[1], "canonical", "string"))
        .text(in.required((String) values[2], "text", "string"))
        .location(in.required((String) values[3], "location", "string"));
    in.required(seen[0] ? Boolean.TRUE : null, "start", "integer");
    in.required(seen[1] ? Boolean.TRUE : null, "end", "integer");
    if (kind == CitationKind.TREATY) {
      in.required(series[0] ? Boolean.TRUE : null, "series", "string");
    }
    return in.build(() -> {
      b.span(Span.of(bounds[0], bounds[1]));
      if (kind == CitationKind.TREATY) {
        b.treaty(t.build());
      }
      return b.build();
    });
  }

  static TreatyInstrument instrument(In in) throws IOException {
    String[] texts = new String[3];
    in.object(INSTRUMENT, name -> {
      switch (name) {
        case "volume":
          texts[0] = in.string();
          return true;
        case "instrument":
          texts[1] = in.string();
          return true;
        case "depositaryChapter":
          texts[2] = in.optionalString();
          return true;
        default:
          return false;
      }
    });
    String volume = in.required(texts[0], "volume", "string");
    String instrument = in.required(texts[1], "instrument", "string");
    return in.build(() -> TreatyInstrument.of(volume, instrument, Optional.ofNullable(texts[2])));
  }

  static Reference reference(In in) throws IOException {
    Reference.Builder b = Reference.builder();
    Object[] values = new Object[4]; // kind, target, text, location
    int[] bounds = {-1, -1};
    boolean[] seen = new boolean[2];
    in.object(REFERENCE, name -> {
      switch (name) {
        case "kind":
          values[0] = in.code(code -> {
            for (ReferenceKind k : ReferenceKind.values()) {
              if (k.code().equals(code)) {
                return Optional.of(k);
              }
            }
            return Optional.empty();
          }, "internal, pinpoint, treaty-mention");
          return true;
        case "target":
          values[1] = in.string();
          return true;
        case "text":
          values[2] = in.string();
          return true;
        case "location":
          values[3] = in.string();
          return true;
        case "instrument":
          ifPresent(in.optionalString(), b::instrument);
          return true;
        default:
          return in.spanField(name, bounds, seen);
      }
    });
    b.kind(in.required((ReferenceKind) values[0], "kind", "string")).target(in.required((String) values[1], "target", "string"))
        .text(in.required((String) values[2], "text", "string"))
        .location(in.required((String) values[3], "location", "string"));
    in.required(seen[0] ? Boolean.TRUE : null, "start", "integer");
    in.required(seen[1] ? Boolean.TRUE : null, "end", "integer");
    return in.build(() -> b.span(Span.of(bounds[0], bounds[1])).build());
  }

  static Actor actor(In in) throws IOException {
    Actor.Builder b = Actor.builder();
    Object[] values = new Object[2]; // id, kind
    in.object(ACTOR, name -> {
      switch (name) {
        case "id":
          values[0] = in.string();
          return true;
        case "kind":
          values[1] = in.code(code -> {
            try {
              return Optional.of(ActorKind.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
              return Optional.empty();
            }
          }, "member-state, observer-state, un-body, un-entity, organization, group, other");
          return true;
        case "acronyms":
          b.addAllAcronyms(in.strings());
          return true;
        case "names":
          if (in.p.currentToken() != JsonToken.START_OBJECT) {
            throw in.fail("expected an object of names by language");
          }
          for (JsonToken t = in.p.nextToken(); t == JsonToken.FIELD_NAME; t = in.p.nextToken()) {
            String code = in.p.currentName();
            in.p.nextToken();
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty()) {
              throw in.fail("not one of ar, en, es, fr, ru, zh");
            }
            b.putNames(language.get(), in.string());
          }
          return true;
        default:
          return false;
      }
    });
    b.id(in.required((String) values[0], "id", "string")).kind(in.required((ActorKind) values[1], "kind", "string"));
    return in.build(b::build);
  }

  static Annex annex(In in) throws IOException {
    String[] texts = new String[2];
    Span[] span = new Span[1];
    in.object(ANNEX, name -> {
      switch (name) {
        case "heading":
          texts[0] = in.string();
          return true;
        case "text":
          texts[1] = in.string();
          return true;
        case "span":
          span[0] = in.span();
          return true;
        default:
          return false;
      }
    });
    Annex.Builder b = Annex.builder().heading(in.required(texts[0], "heading", "string"))
        .text(in.required(texts[1], "text", "string")).span(in.required(span[0], "span", "span"));
    return in.build(b::build);
  }

  private static <T> void ifPresent(T value, java.util.function.Consumer<T> sink) {
    if (value != null) {
      sink.accept(value);
    }
  }
}
