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
     * As {@link #nextName()}, guessing the name: the one that followed the field read last in the
     * previous object of this kind (at first, the one the writer writes next). Jackson checks a
     * guess against the raw bytes, cheaper than decoding a name and looking it up; a wrong guess
     * costs only the time of the check, so fields may still come in any order.
     */
    String nextName(Order order, int k) throws IOException {
      int g = order.guess(k);
      if (g >= 0 && p.nextFieldName(order.name(g))) {
        nextGuess = g + 1;
        p.nextToken();
        return order.value(g);
      }
      return missed(order, k, g);
    }

    /** A wrong guess (kept apart so that the guessing path stays small enough to inline). */
    private String missed(Order order, int k, int g) throws IOException {
      String name = g < 0 ? p.nextFieldName() : p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
      nextGuess = order.learn(k, name);
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

    /**
     * A {@code yyyy-mm-dd} date or null, read from the parser's characters without
     * {@link java.time.format.DateTimeFormatter} (whose resolution was most of the cost of a
     * citation's date) and without a string; the date read last is reused when it repeats.
     */
    LocalDate date() throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string or null");
      }
      char[] text = p.getTextCharacters();
      int o = p.getTextOffset();
      int year = -1;
      int month = -1;
      int day = -1;
      if (p.getTextLength() == 10 && text[o + 4] == '-' && text[o + 7] == '-') {
        year = digits(text, o, o + 4);
        month = digits(text, o + 5, o + 7);
        day = digits(text, o + 8, o + 10);
      }
      LocalDate last = lastDate;
      if (last != null && last.getYear() == year && last.getMonthValue() == month && last.getDayOfMonth() == day) {
        return last;
      }
      try {
        if (year >= 0 && month >= 0 && day >= 0) {
          return lastDate = LocalDate.of(year, month, day);
        }
      } catch (DateTimeException e) {
        // not a date of the calendar: reported below
      }
      throw fail("not an ISO 8601 date: " + p.getText());
    }

    private LocalDate lastDate;

    private static int digits(char[] text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text[i];
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    /** A code of an enumeration, matched on the parser's characters (no string is made of it). */
    <E extends Enum<E>> E code(Codes<E> codes) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string");
      }
      E value = codes.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value == null) {
        throw fail("\"" + p.getText() + "\" is not one of " + codes);
      }
      return value;
    }

    /**
     * A string or null that often repeats the one read last in the same slot (a citation's location
     * repeats for every citation of a paragraph): the last one is reused when the characters agree.
     */
    String repeatedString(int slot) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail("expected a string or null");
      }
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      String last = lastStrings[slot];
      if (last != null && last.length() == length) {
        int i = 0;
        while (i < length && last.charAt(i) == text[offset + i]) {
          i++;
        }
        if (i == length) {
          return last;
        }
      }
      return lastStrings[slot] = new String(text, offset, length);
    }

    /** The slots of {@link #repeatedString(int)}. */
    static final int CITATION_LOCATION = 0;
    static final int REFERENCE_LOCATION = 1;
    private final String[] lastStrings = new String[2];

    /**
     * Enters an array (null: an empty one): true when it has a first element, the parser then on
     * it. Readers loop with {@link #nextElement()} and call each element's reader directly, so that
     * the calls stay direct (one shared loop over reader callbacks would make them megamorphic).
     */
    boolean firstElement() throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return false;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail("expected an array");
      }
      return p.nextToken() != JsonToken.END_ARRAY;
    }

    /** Moves to the next element of an array: false at its end. */
    boolean nextElement() throws IOException {
      return p.nextToken() != JsonToken.END_ARRAY;
    }

    List<String> strings() throws IOException {
      List<String> out = new ArrayList<>();
      for (boolean e = firstElement(); e; e = nextElement()) {
        out.add(string());
      }
      return out;
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
    private final String[] values;

    /**
     * For each state, the index of the name that came in it last (names.length: the object's end).
     * Shared by all readers without synchronization: each element is an int written whole and
     * always a valid guess, and a stale or crossed one costs a wrong guess, never a wrong read.
     */
    private final int[] follows;

    Order(String... names) {
      this.names = new SerializedString[names.length];
      this.values = names.clone();
      this.follows = new int[names.length + 1];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = new SerializedString(names[i]);
        this.follows[i] = i;
      }
      this.follows[names.length] = names.length;
    }

    /**
     * The index of the name guessed in state {@code k} (after the name of index {@code k - 1}), or
     * -1 when the object is expected to end there.
     */
    int guess(int k) {
      int g = follows[k];
      return g < names.length ? g : -1;
    }

    SerializableString name(int g) {
      return names[g];
    }

    String value(int g) {
      return values[g];
    }

    /**
     * Learns that {@code name} (null: the object's end) came in state {@code k}, and returns the
     * state after it; an unknown name leaves the state as it was.
     */
    int learn(int k, String name) {
      if (name == null) {
        follows[k] = names.length;
        return k;
      }
      for (int i = 0; i < names.length; i++) {
        if (values[i].equals(name)) {
          follows[k] = i;
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

  private static final Codes<Body> BODIES = Codes.of(Body.values(), Body::code);
  private static final Codes<Language> LANGUAGES = Codes.of(Language.values(), Language::code);
  private static final Codes<CitationKind> CITATION_KINDS = Codes.of(CitationKind.values(), CitationKind::code);
  private static final Codes<TreatySeries> SERIES = Codes.of(TreatySeries.values(), TreatySeries::name);
  private static final Codes<ReferenceKind> REFERENCE_KINDS = Codes.of(ReferenceKind.values(), ReferenceKind::code);
  private static final Codes<ActorKind> ACTOR_KINDS =
      Codes.of(ActorKind.values(), k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'));

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
          b.body(in.code(BODIES));
          hasBody = true;
          break;
        case "language":
          b.language(in.code(LANGUAGES));
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
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addPreamble(preambular(in));
          }
          break;
        case "operative":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addOperative(operative(in));
          }
          break;
        case "headings":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addHeadings(heading(in));
          }
          break;
        case "footnotes":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addFootnotes(footnote(in));
          }
          break;
        case "citations":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addCitations(citation(in));
          }
          break;
        case "references":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addReferences(reference(in));
          }
          break;
        case "actors":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addActors(actor(in));
          }
          break;
        case "annexes":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addAnnexes(annex(in));
          }
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
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addFootnoteRefs(footnoteRef(in));
          }
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
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addSubparagraphs(subparagraph(in));
          }
          break;
        case "footnoteRefs":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addFootnoteRefs(footnoteRef(in));
          }
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
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addSubparagraphs(subparagraph(in));
          }
          break;
        case "footnoteRefs":
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addFootnoteRefs(footnoteRef(in));
          }
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
          kind = in.code(CITATION_KINDS);
          break;
        case "canonical":
          canonical = in.optionalString();
          break;
        case "text":
          text = in.optionalString();
          break;
        case "location":
          location = in.repeatedString(In.CITATION_LOCATION);
          break;
        case "part":
          ifPresent(in.optionalString(), b::part);
          break;
        case "date":
          ifPresent(in.date(), b::date);
          break;
        case "series":
          t = t == null ? TreatyReference.builder() : t;
          t.series(in.code(SERIES));
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
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            t.addInstruments(instrument(in));
          }
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
          kind = in.code(REFERENCE_KINDS);
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
          location = in.repeatedString(In.REFERENCE_LOCATION);
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
          kind = in.code(ACTOR_KINDS);
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
