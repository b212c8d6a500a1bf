package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** Checks that the parser stands on an object's start. */
    void startObject() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail("expected an object");
      }
    }

    /**
     * The next field's name, the parser then on its value; null at the object's end. Reads names
     * with {@link JsonParser#nextFieldName()}, Jackson's fast path for them.
     */
    String nextName() throws IOException {
      String name = p.nextFieldName();
      if (name != null) {
        p.nextToken();
      }
      return name;
    }

    /**
     * As {@link #nextName()}, guessing the name: the one the writer writes after the field read last.
     * Jackson checks a guess against the raw bytes, cheaper than decoding a name and looking it up;
     * a wrong guess costs nothing, so fields may still come in any order.
     */
    String nextName(Order order, int k) throws IOException {
      SerializableString guess = order.guess(k);
      String name;
      if (guess != null && p.nextFieldName(guess)) {
        name = guess.getValue();
        nextGuess = k + 1;
      } else {
        name = guess == null ? p.nextFieldName() : p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
        nextGuess = name == null ? k : order.after(name, k);
      }
      if (name != null) {
        p.nextToken();
      }
      return name;
    }

    /** Where the name read last stands in its order, plus one: the next guess. */
    int nextGuess;

    /** A field the reader does not know: refused, or skipped with its value. */
    void unknown(Order known) throws IOException {
      if (strict) {
        throw fail("unknown property (known: " + known + ")");
      }
      p.skipChildren();
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

    /** A string or null that is not needed: checked, but its characters are not decoded. */
    void skipString() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NULL && p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string or null");
      }
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

    int integer() throws IOException {
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
      LocalDate date = isoDate(text);
      if (date == null) {
        throw fail("not an ISO 8601 date: " + text);
      }
      return date;
    }

    /**
     * A {@code yyyy-mm-dd} date read without {@link java.time.format.DateTimeFormatter} (whose
     * resolution is most of the cost of a citation's date), or null when the text is not one.
     */
    private static LocalDate isoDate(String text) {
      if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
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
      each(element, out::add);
      return out;
    }

    /** Hands each element of an array (none for null) to a sink: a builder's adder. */
    <T> void each(ValueReader<T> element, Consumer<T> sink) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail("expected an array");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        sink.accept(element.read(this));
      }
    }

    List<String> strings() throws IOException {
      return list(In::string);
    }

    Span span() throws IOException {
      startObject();
      Bounds bounds = new Bounds();
      int k = 0;
      for (String name = nextName(SPAN, k); name != null; name = nextName(SPAN, k)) {
        k = nextGuess;
        if (!bounds.field(this, name)) {
          unknown(SPAN);
        }
      }
      return bounds.span(this);
    }

    /** A broken invariant of a value whose object has just ended, as an error at its path. */
    IOException invalid(InvalidValueException e) throws IOException {
      throw fail(e.getMessage());
    }

    /** Builds a value once its object has ended: a broken invariant becomes an error at its path. */
    <T> T build(Supplier<T> builder) throws IOException {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        throw invalid(e);
      }
    }
  }

  /** The {@code start} and {@code end} of a span, read inline (citations, references, markers) or as a span object. */
  static final class Bounds {
    private int start;
    private int end;
    private boolean hasStart;
    private boolean hasEnd;

    /** Reads {@code start} or {@code end}; false for any other field. */
    boolean field(In in, String name) throws IOException {
      if (name.equals("start")) {
        start = in.integer();
        hasStart = true;
        return true;
      }
      if (name.equals("end")) {
        end = in.integer();
        hasEnd = true;
        return true;
      }
      return false;
    }

    /** The span, once its object has ended: both bounds required, the span's invariant checked. */
    Span span(In in) throws IOException {
      in.required(hasStart ? Boolean.TRUE : null, "start", "integer");
      in.required(hasEnd ? Boolean.TRUE : null, "end", "integer");
      int s = start;
      int e = end;
      return in.build(() -> Span.of(s, e));
    }
  }

  /**
   * A value's field names in the order {@link ModelSerializers} writes them, so that the reader can
   * guess each next name ({@link In#nextName(Order, int)}).
   */
  static final class Order {
    private final SerializedString[] names;

    Order(String... names) {
      this.names = new SerializedString[names.length];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = new SerializedString(names[i]);
      }
    }

    /** The guess after {@code k} names, or null past the last. */
    SerializableString guess(int k) {
      return k < names.length ? names[k] : null;
    }

    /** The place after {@code name}: the next guess. */
    int after(String name, int k) {
      if (k < names.length && names[k].getValue().equals(name)) {
        return k + 1;
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].getValue().equals(name)) {
          return i + 1;
        }
      }
      return k;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < names.length; i++) {
        out.append(i == 0 ? "" : ", ").append(names[i].getValue());
      }
      return out.append(']').toString();
    }
  }

  private static final Order SPAN = new Order("start", "end");
  private static final Order RESOLUTION = new Order("symbol", "body", "session", "language", "title",
      "enactingFormula", "adoptionDate", "issueDate", "agendaItem", "draft", "preamble", "operative", "headings",
      "footnotes", "citations", "references", "actors", "annexes");
  private static final Order PREAMBULAR = new Order("lead", "text", "span", "footnoteRefs");
  private static final Order OPERATIVE = new Order("number", "section", "location", "lead", "text", "span",
      "subparagraphs", "footnoteRefs");
  private static final Order SUBPARAGRAPH = new Order("number", "text", "span", "subparagraphs", "footnoteRefs");
  private static final Order HEADING = new Order("label", "text", "span", "firstOperative");
  private static final Order FOOTNOTE = new Order("marker", "text", "span");
  private static final Order FOOTNOTE_REF = new Order("marker", "start", "end");
  private static final Order CITATION = new Order("kind", "canonical", "part", "date", "text", "start", "end",
      "location", "series", "registration", "volumes", "pages", "pinpoint", "instruments");
  private static final Order INSTRUMENT = new Order("volume", "instrument", "depositaryChapter");
  private static final Order REFERENCE = new Order("kind", "target", "instrument", "text", "start", "end", "location");
  private static final Order ACTOR = new Order("id", "kind", "names", "acronyms");
  private static final Order ANNEX = new Order("heading", "text", "span");

  // ------------------------------------------------------------------ value readers
  //
  // Each reader walks its object's fields with a switch, as Jackson's own deserializers do: no
  // tree, no per-field lambdas; required fields are checked once the object has ended, so that the
  // error names the object's path and the missing field.

  static Resolution resolution(In in) throws IOException {
    in.startObject();
    Resolution.Builder b = Resolution.builder();
    boolean hasBody = false;
    boolean hasLanguage = false;
    int k = 0;
    for (String name = in.nextName(RESOLUTION, k); name != null; name = in.nextName(RESOLUTION, k)) {
      k = in.nextGuess;
      switch (name) {
        case "body":
          b.body(in.code(Body::fromCode, "GA, GA-C1 … GA-C6, SC, ECOSOC, HRC, OTHER"));
          hasBody = true;
          break;
        case "language":
          b.language(in.code(Language::fromCode, "ar, en, es, fr, ru, zh"));
          hasLanguage = true;
          break;
        case "symbol":
          String symbol = in.optionalString();
          if (symbol != null) {
            try {
              b.symbol(DocumentSymbol.parse(symbol));
            } catch (SymbolSyntaxException e) {
              throw in.fail(e.getMessage());
            }
          }
          break;
        case "session":
          ifPresent(in.optionalString(), b::session);
          break;
        case "title":
          ifPresent(in.optionalString(), b::title);
          break;
        case "enactingFormula":
          ifPresent(in.optionalString(), b::enactingFormula);
          break;
        case "agendaItem":
          ifPresent(in.optionalString(), b::agendaItem);
          break;
        case "adoptionDate":
          ifPresent(in.date(), b::adoptionDate);
          break;
        case "issueDate":
          ifPresent(in.date(), b::issueDate);
          break;
        case "draft":
          if (in.p.currentToken() != JsonToken.VALUE_NULL) {
            b.draft(in.bool());
          }
          break;
        case "preamble":
          in.each(ModelDeserializers::preambular, b::addPreamble);
          break;
        case "operative":
          in.each(ModelDeserializers::operative, b::addOperative);
          break;
        case "headings":
          in.each(ModelDeserializers::heading, b::addHeadings);
          break;
        case "footnotes":
          in.each(ModelDeserializers::footnote, b::addFootnotes);
          break;
        case "citations":
          in.each(ModelDeserializers::citation, b::addCitations);
          break;
        case "references":
          in.each(ModelDeserializers::reference, b::addReferences);
          break;
        case "actors":
          in.each(ModelDeserializers::actor, b::addActors);
          break;
        case "annexes":
          in.each(ModelDeserializers::annex, b::addAnnexes);
          break;
        default:
          in.unknown(RESOLUTION);
      }
    }
    in.required(hasBody ? Boolean.TRUE : null, "body", "string");
    in.required(hasLanguage ? Boolean.TRUE : null, "language", "string");
    return in.build(b::build);
  }

  static PreambularClause preambular(In in) throws IOException {
    in.startObject();
    PreambularClause.Builder b = PreambularClause.builder();
    String lead = null;
    String text = null;
    Span span = null;
    int k = 0;
    for (String name = in.nextName(PREAMBULAR, k); name != null; name = in.nextName(PREAMBULAR, k)) {
      k = in.nextGuess;
      switch (name) {
        case "lead":
          lead = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        case "footnoteRefs":
          in.each(ModelDeserializers::footnoteRef, b::addFootnoteRefs);
          break;
        default:
          in.unknown(PREAMBULAR);
      }
    }
    b.lead(in.required(lead, "lead", "string")).text(in.required(text, "text", "string"))
        .span(in.required(span, "span", "span"));
    return in.build(b::build);
  }

  static OperativeClause operative(In in) throws IOException {
    in.startObject();
    OperativeClause.Builder b = OperativeClause.builder();
    String lead = null;
    String text = null;
    Span span = null;
    int k = 0;
    for (String name = in.nextName(OPERATIVE, k); name != null; name = in.nextName(OPERATIVE, k)) {
      k = in.nextGuess;
      switch (name) {
        case "lead":
          lead = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        case "number":
          ifPresent(in.optionalString(), b::number);
          break;
        case "section":
          ifPresent(in.optionalString(), b::section);
          break;
        case "location":
          // derived from number and section: accepted, and left undecoded
          in.skipString();
          break;
        case "subparagraphs":
          in.each(ModelDeserializers::subparagraph, b::addSubparagraphs);
          break;
        case "footnoteRefs":
          in.each(ModelDeserializers::footnoteRef, b::addFootnoteRefs);
          break;
        default:
          in.unknown(OPERATIVE);
      }
    }
    b.lead(in.required(lead, "lead", "string")).text(in.required(text, "text", "string"))
        .span(in.required(span, "span", "span"));
    return in.build(b::build);
  }

  static Subparagraph subparagraph(In in) throws IOException {
    in.startObject();
    Subparagraph.Builder b = Subparagraph.builder();
    String number = null;
    String text = null;
    Span span = null;
    int k = 0;
    for (String name = in.nextName(SUBPARAGRAPH, k); name != null; name = in.nextName(SUBPARAGRAPH, k)) {
      k = in.nextGuess;
      switch (name) {
        case "number":
          number = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        case "subparagraphs":
          in.each(ModelDeserializers::subparagraph, b::addSubparagraphs);
          break;
        case "footnoteRefs":
          in.each(ModelDeserializers::footnoteRef, b::addFootnoteRefs);
          break;
        default:
          in.unknown(SUBPARAGRAPH);
      }
    }
    b.number(in.required(number, "number", "string")).text(in.required(text, "text", "string"))
        .span(in.required(span, "span", "span"));
    return in.build(b::build);
  }

  static SectionHeading heading(In in) throws IOException {
    in.startObject();
    String label = null;
    String text = null;
    Span span = null;
    Integer firstOperative = null;
    int k = 0;
    for (String name = in.nextName(HEADING, k); name != null; name = in.nextName(HEADING, k)) {
      k = in.nextGuess;
      switch (name) {
        case "label":
          label = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        case "firstOperative":
          firstOperative = in.integer();
          break;
        default:
          in.unknown(HEADING);
      }
    }
    SectionHeading.Builder b = SectionHeading.builder().label(in.required(label, "label", "string"))
        .text(in.required(text, "text", "string")).span(in.required(span, "span", "span"))
        .firstOperative(in.required(firstOperative, "firstOperative", "integer"));
    return in.build(b::build);
  }

  static Footnote footnote(In in) throws IOException {
    in.startObject();
    String marker = null;
    String text = null;
    Span span = null;
    int k = 0;
    for (String name = in.nextName(FOOTNOTE, k); name != null; name = in.nextName(FOOTNOTE, k)) {
      k = in.nextGuess;
      switch (name) {
        case "marker":
          marker = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        default:
          in.unknown(FOOTNOTE);
      }
    }
    String m = in.required(marker, "marker", "string");
    String t = in.required(text, "text", "string");
    Span at = in.required(span, "span", "span");
    return in.build(() -> Footnote.of(m, t, at));
  }

  static FootnoteRef footnoteRef(In in) throws IOException {
    in.startObject();
    String marker = null;
    Bounds bounds = new Bounds();
    int k = 0;
    for (String name = in.nextName(FOOTNOTE_REF, k); name != null; name = in.nextName(FOOTNOTE_REF, k)) {
      k = in.nextGuess;
      switch (name) {
        case "marker":
          marker = in.optionalString();
          break;
        default:
          if (!bounds.field(in, name)) {
            in.unknown(FOOTNOTE_REF);
          }
      }
    }
    String m = in.required(marker, "marker", "string");
    Span span = bounds.span(in);
    return in.build(() -> FootnoteRef.of(m, span));
  }

  static Citation citation(In in) throws IOException {
    in.startObject();
    Citation.Builder b = Citation.builder();
    TreatyReference.Builder t = null;
    CitationKind kind = null;
    String canonical = null;
    String text = null;
    String location = null;
    String registration = null;
    String pinpoint = null;
    Bounds bounds = new Bounds();
    boolean hasSeries = false;
    int k = 0;
    for (String name = in.nextName(CITATION, k); name != null; name = in.nextName(CITATION, k)) {
      k = in.nextGuess;
      switch (name) {
        case "kind":
          kind = in.code(CitationKind::fromCode, "the kinds of the conventions");
          break;
        case "canonical":
          canonical = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "location":
          location = in.optionalString();
          break;
        case "part":
          ifPresent(in.optionalString(), b::part);
          break;
        case "date":
          ifPresent(in.date(), b::date);
          break;
        case "series":
          t = t == null ? TreatyReference.builder() : t;
          t.series(in.code(ModelDeserializers::series, "UNTS, LNTS"));
          hasSeries = true;
          break;
        case "registration":
          registration = in.optionalString();
          break;
        case "pinpoint":
          pinpoint = in.optionalString();
          break;
        case "volumes":
          t = t == null ? TreatyReference.builder() : t;
          t.addAllVolumes(in.strings());
          break;
        case "pages":
          t = t == null ? TreatyReference.builder() : t;
          t.addAllPages(in.strings());
          break;
        case "instruments":
          t = t == null ? TreatyReference.builder() : t;
          in.each(ModelDeserializers::instrument, t::addInstruments);
          break;
        default:
          if (!bounds.field(in, name)) {
            in.unknown(CITATION);
          }
      }
    }
    in.required(kind, "kind", "string");
    if (kind == CitationKind.TREATY) {
      in.required(hasSeries ? Boolean.TRUE : null, "series", "string");
    }
    b.kind(kind).canonical(in.required(canonical, "canonical", "string")).text(in.required(text, "text", "string"))
        .location(in.required(location, "location", "string")).span(bounds.span(in));
    try {
      if (kind == CitationKind.TREATY) {
        b.treaty(t.registration(Optional.ofNullable(registration)).pinpoint(Optional.ofNullable(pinpoint)).build());
      }
      return b.build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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
    in.startObject();
    String volume = null;
    String instrument = null;
    String chapter = null;
    int k = 0;
    for (String name = in.nextName(INSTRUMENT, k); name != null; name = in.nextName(INSTRUMENT, k)) {
      k = in.nextGuess;
      switch (name) {
        case "volume":
          volume = in.optionalString();
          break;
        case "instrument":
          instrument = in.optionalString();
          break;
        case "depositaryChapter":
          chapter = in.optionalString();
          break;
        default:
          in.unknown(INSTRUMENT);
      }
    }
    String v = in.required(volume, "volume", "string");
    String i = in.required(instrument, "instrument", "string");
    Optional<String> c = Optional.ofNullable(chapter);
    return in.build(() -> TreatyInstrument.of(v, i, c));
  }

  static Reference reference(In in) throws IOException {
    in.startObject();
    Reference.Builder b = Reference.builder();
    ReferenceKind kind = null;
    String target = null;
    String text = null;
    String location = null;
    Bounds bounds = new Bounds();
    int k = 0;
    for (String name = in.nextName(REFERENCE, k); name != null; name = in.nextName(REFERENCE, k)) {
      k = in.nextGuess;
      switch (name) {
        case "kind":
          kind = in.code(ModelDeserializers::referenceKind, "internal, pinpoint, treaty-mention");
          break;
        case "target":
          target = in.optionalString();
          break;
        case "instrument":
          ifPresent(in.optionalString(), b::instrument);
          break;
        case "text":
          text = in.optionalString();
          break;
        case "location":
          location = in.optionalString();
          break;
        default:
          if (!bounds.field(in, name)) {
            in.unknown(REFERENCE);
          }
      }
    }
    b.kind(in.required(kind, "kind", "string")).target(in.required(target, "target", "string"))
        .text(in.required(text, "text", "string")).location(in.required(location, "location", "string"))
        .span(bounds.span(in));
    return in.build(b::build);
  }

  private static Optional<ReferenceKind> referenceKind(String code) {
    for (ReferenceKind k : ReferenceKind.values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  static Actor actor(In in) throws IOException {
    in.startObject();
    Actor.Builder b = Actor.builder();
    String id = null;
    ActorKind kind = null;
    int k = 0;
    for (String name = in.nextName(ACTOR, k); name != null; name = in.nextName(ACTOR, k)) {
      k = in.nextGuess;
      switch (name) {
        case "id":
          id = in.optionalString();
          break;
        case "kind":
          kind = in.code(ModelDeserializers::actorKind,
              "member-state, observer-state, un-body, un-entity, organization, group, other");
          break;
        case "acronyms":
          b.addAllAcronyms(in.strings());
          break;
        case "names":
          names(in, b);
          break;
        default:
          in.unknown(ACTOR);
      }
    }
    b.id(in.required(id, "id", "string")).kind(in.required(kind, "kind", "string"));
    return in.build(b::build);
  }

  private static Optional<ActorKind> actorKind(String code) {
    try {
      return Optional.of(ActorKind.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void names(In in, Actor.Builder b) throws IOException {
    if (in.p.currentToken() != JsonToken.START_OBJECT) {
      throw in.fail("expected an object of names by language");
    }
    for (String code = in.nextName(); code != null; code = in.nextName()) {
      Optional<Language> language = Language.fromCode(code);
      if (language.isEmpty()) {
        throw in.fail("not one of ar, en, es, fr, ru, zh");
      }
      b.putNames(language.get(), in.string());
    }
  }

  static Annex annex(In in) throws IOException {
    in.startObject();
    String heading = null;
    String text = null;
    Span span = null;
    int k = 0;
    for (String name = in.nextName(ANNEX, k); name != null; name = in.nextName(ANNEX, k)) {
      k = in.nextGuess;
      switch (name) {
        case "heading":
          heading = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "span":
          span = in.span();
          break;
        default:
          in.unknown(ANNEX);
      }
    }
    Annex.Builder b = Annex.builder().heading(in.required(heading, "heading", "string"))
        .text(in.required(text, "text", "string")).span(in.required(span, "span", "span"));
    return in.build(b::build);
  }

  private static <T> void ifPresent(T value, Consumer<T> sink) {
    if (value != null) {
      sink.accept(value);
    }
  }
}
