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

    /**
     * Reads an object whose string fields are named in {@code strings}, with an optional
     * {@code span} object and inline {@code start}/{@code end}; other fields go to the handler.
     */
    Fields fields(Set<String> known, List<String> strings, FieldHandler other) throws IOException {
      Fields f = new Fields(this, strings);
      object(known, name -> {
        int i = strings.indexOf(name);
        if (i >= 0) {
          f.values[i] = optionalString();
          return true;
        }
        if (name.equals("span")) {
          f.span = span();
          return true;
        }
        return spanField(name, f.bounds, f.seen) || other.field(name);
      });
      return f;
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

  /** The common fields of one object, read by {@link In#fields}; required ones checked on use. */
  static final class Fields {
    private final In in;
    private final List<String> names;
    private final String[] values;
    private final int[] bounds = {-1, -1};
    private final boolean[] seen = new boolean[2];
    private Span span;

    Fields(In in, List<String> names) {
      this.in = in;
      this.names = names;
      this.values = new String[names.size()];
    }

    String string(String name) throws IOException {
      return in.required(values[names.indexOf(name)], name, "string");
    }

    Optional<String> optional(String name) {
      return Optional.ofNullable(values[names.indexOf(name)]);
    }

    Span span() throws IOException {
      return in.required(span, "span", "span");
    }

    /** The inline {@code start} and {@code end} of a citation, reference or footnote reference. */
    Span inline() throws IOException {
      in.required(seen[0] ? Boolean.TRUE : null, "start", "integer");
      in.required(seen[1] ? Boolean.TRUE : null, "end", "integer");
      return Span.of(bounds[0], bounds[1]);
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
          return added(b.addAllPreamble(in.list(ModelDeserializers::preambular)));
        case "operative":
          return added(b.addAllOperative(in.list(ModelDeserializers::operative)));
        case "headings":
          return added(b.addAllHeadings(in.list(ModelDeserializers::heading)));
        case "footnotes":
          return added(b.addAllFootnotes(in.list(ModelDeserializers::footnote)));
        case "citations":
          return added(b.addAllCitations(in.list(ModelDeserializers::citation)));
        case "references":
          return added(b.addAllReferences(in.list(ModelDeserializers::reference)));
        case "actors":
          return added(b.addAllActors(in.list(ModelDeserializers::actor)));
        case "annexes":
          return added(b.addAllAnnexes(in.list(ModelDeserializers::annex)));
        default:
          return false;
      }
    });
    in.required(required[0], "body", "string");
    in.required(required[1], "language", "string");
    return in.build(b::build);
  }

  private static final List<String> LEAD_TEXT = List.of("lead", "text");
  private static final List<String> OPERATIVE_TEXTS = List.of("lead", "text", "number", "section", "location");
  private static final List<String> NUMBER_TEXT = List.of("number", "text");
  private static final List<String> LABEL_TEXT = List.of("label", "text");
  private static final List<String> MARKER_TEXT = List.of("marker", "text");
  private static final List<String> MARKER = List.of("marker");
  private static final List<String> CITATION_TEXTS = List.of("canonical", "text", "location", "part", "registration",
      "pinpoint");
  private static final List<String> INSTRUMENT_TEXTS = List.of("volume", "instrument", "depositaryChapter");
  private static final List<String> REFERENCE_TEXTS = List.of("target", "text", "location", "instrument");
  private static final List<String> HEADING_TEXT = List.of("heading", "text");

  static PreambularClause preambular(In in) throws IOException {
    PreambularClause.Builder b = PreambularClause.builder();
    Fields f = in.fields(PREAMBULAR, LEAD_TEXT, name -> name.equals("footnoteRefs")
        && added(b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef))));
    return in.build(() -> b.lead(f.string("lead")).text(f.string("text")).span(f.span()).build());
  }

  static OperativeClause operative(In in) throws IOException {
    OperativeClause.Builder b = OperativeClause.builder();
    // "location" is derived from number and section: accepted, not read
    Fields f = in.fields(OPERATIVE, OPERATIVE_TEXTS, name -> {
      switch (name) {
        case "subparagraphs":
          return added(b.addAllSubparagraphs(in.list(ModelDeserializers::subparagraph)));
        case "footnoteRefs":
          return added(b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef)));
        default:
          return false;
      }
    });
    return in.build(() -> b.lead(f.string("lead")).text(f.string("text")).span(f.span())
        .number(f.optional("number")).section(f.optional("section")).build());
  }

  static Subparagraph subparagraph(In in) throws IOException {
    Subparagraph.Builder b = Subparagraph.builder();
    Fields f = in.fields(SUBPARAGRAPH, NUMBER_TEXT, name -> {
      switch (name) {
        case "subparagraphs":
          return added(b.addAllSubparagraphs(in.list(ModelDeserializers::subparagraph)));
        case "footnoteRefs":
          return added(b.addAllFootnoteRefs(in.list(ModelDeserializers::footnoteRef)));
        default:
          return false;
      }
    });
    return in.build(() -> b.number(f.string("number")).text(f.string("text")).span(f.span()).build());
  }

  static SectionHeading heading(In in) throws IOException {
    Integer[] first = new Integer[1];
    Fields f = in.fields(HEADING, LABEL_TEXT, name -> name.equals("firstOperative") && added(first[0] = in.integer()));
    return in.build(() -> SectionHeading.builder().label(f.string("label")).text(f.string("text")).span(f.span())
        .firstOperative(in.required(first[0], "firstOperative", "integer")).build());
  }

  static Footnote footnote(In in) throws IOException {
    Fields f = in.fields(FOOTNOTE, MARKER_TEXT, name -> false);
    return in.build(() -> Footnote.of(f.string("marker"), f.string("text"), f.span()));
  }

  static FootnoteRef footnoteRef(In in) throws IOException {
    Fields f = in.fields(FOOTNOTE_REF, MARKER, name -> false);
    return in.build(() -> FootnoteRef.of(f.string("marker"), f.inline()));
  }

  static Citation citation(In in) throws IOException {
    Citation.Builder b = Citation.builder();
    TreatyReference.Builder t = TreatyReference.builder();
    CitationKind[] kind = new CitationKind[1];
    boolean[] series = new boolean[1];
    Fields f = in.fields(CITATION, CITATION_TEXTS, name -> {
      switch (name) {
        case "kind":
          return added(kind[0] = in.code(CitationKind::fromCode, "the kinds of the conventions"));
        case "date":
          ifPresent(in.date(), b::date);
          return true;
        case "series":
          series[0] = true;
          return added(t.series(in.code(ModelDeserializers::series, "UNTS, LNTS")));
        case "volumes":
          return added(t.addAllVolumes(in.strings()));
        case "pages":
          return added(t.addAllPages(in.strings()));
        case "instruments":
          return added(t.addAllInstruments(in.list(ModelDeserializers::instrument)));
        default:
          return false;
      }
    });
    CitationKind k = in.required(kind[0], "kind", "string");
    if (k == CitationKind.TREATY) {
      in.required(series[0] ? Boolean.TRUE : null, "series", "string");
    }
    return in.build(() -> {
      b.kind(k).canonical(f.string("canonical")).text(f.string("text")).location(f.string("location"))
          .part(f.optional("part")).span(f.inline());
      if (k == CitationKind.TREATY) {
        b.treaty(t.registration(f.optional("registration")).pinpoint(f.optional("pinpoint")).build());
      }
      return b.build();
    });
  }

  private static Optional<TreatySeries> series(String code) {
    for (TreatySeries s : TreatySeries.values()) {
      if (s.name().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static TreatyInstrument instrument(In in) throws IOException {
    Fields f = in.fields(INSTRUMENT, INSTRUMENT_TEXTS, name -> false);
    return in.build(() -> TreatyInstrument.of(f.string("volume"), f.string("instrument"), f.optional("depositaryChapter")));
  }

  static Reference reference(In in) throws IOException {
    ReferenceKind[] kind = new ReferenceKind[1];
    Fields f = in.fields(REFERENCE, REFERENCE_TEXTS, name -> name.equals("kind") && added(kind[0] = in.code(code -> {
      for (ReferenceKind k : ReferenceKind.values()) {
        if (k.code().equals(code)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }, "internal, pinpoint, treaty-mention")));
    return in.build(() -> Reference.builder().kind(in.required(kind[0], "kind", "string")).target(f.string("target"))
        .instrument(f.optional("instrument")).text(f.string("text")).location(f.string("location")).span(f.inline())
        .build());
  }

  static Actor actor(In in) throws IOException {
    Actor.Builder b = Actor.builder();
    ActorKind[] kind = new ActorKind[1];
    Fields f = in.fields(ACTOR, List.of("id"), name -> {
      switch (name) {
        case "kind":
          return added(kind[0] = in.code(code -> {
            try {
              return Optional.of(ActorKind.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
              return Optional.empty();
            }
          }, "member-state, observer-state, un-body, un-entity, organization, group, other"));
        case "acronyms":
          return added(b.addAllAcronyms(in.strings()));
        case "names":
          names(in, b);
          return true;
        default:
          return false;
      }
    });
    return in.build(() -> b.id(f.string("id")).kind(in.required(kind[0], "kind", "string")).build());
  }

  private static void names(In in, Actor.Builder b) throws IOException {
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
  }

  static Annex annex(In in) throws IOException {
    Fields f = in.fields(ANNEX, HEADING_TEXT, name -> false);
    return in.build(() -> Annex.builder().heading(f.string("heading")).text(f.string("text")).span(f.span()).build());
  }

  /** For handlers that read a value into a builder: the field was known. */
  private static boolean added(Object ignored) {
    return true;
  }

  private static <T> void ifPresent(T value, java.util.function.Consumer<T> sink) {
    if (value != null) {
      sink.accept(value);
    }
  }
}
