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

    /** What {@link #nextField} returns at the object's end, and for a field its order does not know. */
    static final int END = -1;
    static final int UNKNOWN = -2;

    /**
     * The next field of an object, the parser then on its value: its index in the order (the
     * constants beside each order), {@link #UNKNOWN} for another name, {@link #END} at the object's
     * end. The name is guessed: the one that followed the field read last in the previous object of
     * this kind (at first, the one the writer writes next). Jackson checks a guess against the raw
     * bytes, cheaper than decoding a name and looking it up, and an index is switched on without
     * hashing a name; a wrong guess costs only the check, so fields may still come in any order.
     */
    int nextField(Order order, int k) throws IOException {
      int g = order.guess(k);
      if (g >= 0 && p.nextFieldName(order.name(g))) {
        nextGuess = g + 1;
        p.nextToken();
        return g;
      }
      return missed(order, k, g);
    }

    /** A wrong guess (kept apart so that the guessing path stays small enough to inline). */
    private int missed(Order order, int k, int g) throws IOException {
      String name = g < 0 ? p.nextFieldName() : p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
      if (name == null) {
        nextGuess = order.learn(k, null);
        return END;
      }
      p.nextToken();
      int index = order.indexOf(name);
      nextGuess = order.learn(k, name);
      return index >= 0 ? index : UNKNOWN;
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
      for (int f = nextField(SPAN, k); f != END; f = nextField(SPAN, k)) {
        k = nextGuess;
        if (f == SPAN_START) {
          bounds.start(this);
        } else if (f == SPAN_END) {
          bounds.end(this);
        } else {
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

    void start(In in) throws IOException {
      start = in.integer();
      hasStart = true;
    }

    void end(In in) throws IOException {
      end = in.integer();
      hasEnd = true;
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
   * guess each next name ({@link In#nextField(Order, int)}).
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

    /** The index of a name in the order, or -1. */
    int indexOf(String name) {
      for (int i = 0; i < values.length; i++) {
        if (values[i].equals(name)) {
          return i;
        }
      }
      return -1;
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
      int i = indexOf(name);
      if (i < 0) {
        return k;
      }
      follows[k] = i;
      return i + 1;
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
  private static final Codes<ActorKind> ACTOR_KINDS = Codes.of(ActorKind.values(), ModelSerializers::actorKindCode);

  private static final Order SPAN = new Order("start", "end");
  private static final int
      SPAN_START = 0,
      SPAN_END = 1;
  private static final Order RESOLUTION = new Order("symbol", "body", "session", "language", "title",
      "enactingFormula", "adoptionDate", "issueDate", "agendaItem", "draft", "preamble", "operative", "headings",
      "footnotes", "citations", "references", "actors", "annexes");
  private static final int
      RESOLUTION_SYMBOL = 0,
      RESOLUTION_BODY = 1,
      RESOLUTION_SESSION = 2,
      RESOLUTION_LANGUAGE = 3,
      RESOLUTION_TITLE = 4,
      RESOLUTION_ENACTING_FORMULA = 5,
      RESOLUTION_ADOPTION_DATE = 6,
      RESOLUTION_ISSUE_DATE = 7,
      RESOLUTION_AGENDA_ITEM = 8,
      RESOLUTION_DRAFT = 9,
      RESOLUTION_PREAMBLE = 10,
      RESOLUTION_OPERATIVE = 11,
      RESOLUTION_HEADINGS = 12,
      RESOLUTION_FOOTNOTES = 13,
      RESOLUTION_CITATIONS = 14,
      RESOLUTION_REFERENCES = 15,
      RESOLUTION_ACTORS = 16,
      RESOLUTION_ANNEXES = 17;
  private static final Order PREAMBULAR = new Order("lead", "text", "span", "footnoteRefs");
  private static final int
      PREAMBULAR_LEAD = 0,
      PREAMBULAR_TEXT = 1,
      PREAMBULAR_SPAN = 2,
      PREAMBULAR_FOOTNOTE_REFS = 3;
  private static final Order OPERATIVE = new Order("number", "section", "location", "lead", "text", "span",
      "subparagraphs", "footnoteRefs");
  private static final int
      OPERATIVE_NUMBER = 0,
      OPERATIVE_SECTION = 1,
      OPERATIVE_LOCATION = 2,
      OPERATIVE_LEAD = 3,
      OPERATIVE_TEXT = 4,
      OPERATIVE_SPAN = 5,
      OPERATIVE_SUBPARAGRAPHS = 6,
      OPERATIVE_FOOTNOTE_REFS = 7;
  private static final Order SUBPARAGRAPH = new Order("number", "text", "span", "subparagraphs", "footnoteRefs");
  private static final int
      SUBPARAGRAPH_NUMBER = 0,
      SUBPARAGRAPH_TEXT = 1,
      SUBPARAGRAPH_SPAN = 2,
      SUBPARAGRAPH_SUBPARAGRAPHS = 3,
      SUBPARAGRAPH_FOOTNOTE_REFS = 4;
  private static final Order HEADING = new Order("label", "text", "span", "firstOperative");
  private static final int
      HEADING_LABEL = 0,
      HEADING_TEXT = 1,
      HEADING_SPAN = 2,
      HEADING_FIRST_OPERATIVE = 3;
  private static final Order FOOTNOTE = new Order("marker", "text", "span");
  private static final int
      FOOTNOTE_MARKER = 0,
      FOOTNOTE_TEXT = 1,
      FOOTNOTE_SPAN = 2;
  private static final Order FOOTNOTE_REF = new Order("marker", "start", "end");
  private static final int
      FOOTNOTE_REF_MARKER = 0,
      FOOTNOTE_REF_START = 1,
      FOOTNOTE_REF_END = 2;
  private static final Order CITATION = new Order("kind", "canonical", "part", "date", "text", "start", "end",
      "location", "series", "registration", "volumes", "pages", "pinpoint", "instruments");
  private static final int
      CITATION_KIND = 0,
      CITATION_CANONICAL = 1,
      CITATION_PART = 2,
      CITATION_DATE = 3,
      CITATION_TEXT = 4,
      CITATION_START = 5,
      CITATION_END = 6,
      CITATION_LOCATION = 7,
      CITATION_SERIES = 8,
      CITATION_REGISTRATION = 9,
      CITATION_VOLUMES = 10,
      CITATION_PAGES = 11,
      CITATION_PINPOINT = 12,
      CITATION_INSTRUMENTS = 13;
  private static final Order INSTRUMENT = new Order("volume", "instrument", "depositaryChapter");
  private static final int
      INSTRUMENT_VOLUME = 0,
      INSTRUMENT_INSTRUMENT = 1,
      INSTRUMENT_DEPOSITARY_CHAPTER = 2;
  private static final Order REFERENCE = new Order("kind", "target", "instrument", "text", "start", "end", "location");
  private static final int
      REFERENCE_KIND = 0,
      REFERENCE_TARGET = 1,
      REFERENCE_INSTRUMENT = 2,
      REFERENCE_TEXT = 3,
      REFERENCE_START = 4,
      REFERENCE_END = 5,
      REFERENCE_LOCATION = 6;
  private static final Order ACTOR = new Order("id", "kind", "names", "acronyms");
  private static final int
      ACTOR_ID = 0,
      ACTOR_KIND = 1,
      ACTOR_NAMES = 2,
      ACTOR_ACRONYMS = 3;
  private static final Order ANNEX = new Order("heading", "text", "span");
  private static final int
      ANNEX_HEADING = 0,
      ANNEX_TEXT = 1,
      ANNEX_SPAN = 2;

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
    for (int f = in.nextField(RESOLUTION, k); f != In.END; f = in.nextField(RESOLUTION, k)) {
      k = in.nextGuess;
      switch (f) {
        case RESOLUTION_BODY:
          b.body(in.code(BODIES));
          hasBody = true;
          break;
        case RESOLUTION_LANGUAGE:
          b.language(in.code(LANGUAGES));
          hasLanguage = true;
          break;
        case RESOLUTION_SYMBOL:
          String symbol = in.optionalString();
          if (symbol != null) {
            try {
              b.symbol(DocumentSymbol.parse(symbol));
            } catch (SymbolSyntaxException e) {
              throw in.fail(e.getMessage());
            }
          }
          break;
        case RESOLUTION_SESSION:
          ifPresent(in.optionalString(), b::session);
          break;
        case RESOLUTION_TITLE:
          ifPresent(in.optionalString(), b::title);
          break;
        case RESOLUTION_ENACTING_FORMULA:
          ifPresent(in.optionalString(), b::enactingFormula);
          break;
        case RESOLUTION_AGENDA_ITEM:
          ifPresent(in.optionalString(), b::agendaItem);
          break;
        case RESOLUTION_ADOPTION_DATE:
          ifPresent(in.date(), b::adoptionDate);
          break;
        case RESOLUTION_ISSUE_DATE:
          ifPresent(in.date(), b::issueDate);
          break;
        case RESOLUTION_DRAFT:
          if (in.p.currentToken() != JsonToken.VALUE_NULL) {
            b.draft(in.bool());
          }
          break;
        case RESOLUTION_PREAMBLE:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addPreamble(preambular(in));
          }
          break;
        case RESOLUTION_OPERATIVE:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addOperative(operative(in));
          }
          break;
        case RESOLUTION_HEADINGS:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addHeadings(heading(in));
          }
          break;
        case RESOLUTION_FOOTNOTES:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addFootnotes(footnote(in));
          }
          break;
        case RESOLUTION_CITATIONS:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addCitations(citation(in));
          }
          break;
        case RESOLUTION_REFERENCES:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addReferences(reference(in));
          }
          break;
        case RESOLUTION_ACTORS:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addActors(actor(in));
          }
          break;
        case RESOLUTION_ANNEXES:
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
    for (int f = in.nextField(PREAMBULAR, k); f != In.END; f = in.nextField(PREAMBULAR, k)) {
      k = in.nextGuess;
      switch (f) {
        case PREAMBULAR_LEAD:
          lead = in.optionalString();
          break;
        case PREAMBULAR_TEXT:
          text = in.optionalString();
          break;
        case PREAMBULAR_SPAN:
          span = in.span();
          break;
        case PREAMBULAR_FOOTNOTE_REFS:
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
    for (int f = in.nextField(OPERATIVE, k); f != In.END; f = in.nextField(OPERATIVE, k)) {
      k = in.nextGuess;
      switch (f) {
        case OPERATIVE_LEAD:
          lead = in.optionalString();
          break;
        case OPERATIVE_TEXT:
          text = in.optionalString();
          break;
        case OPERATIVE_SPAN:
          span = in.span();
          break;
        case OPERATIVE_NUMBER:
          ifPresent(in.optionalString(), b::number);
          break;
        case OPERATIVE_SECTION:
          ifPresent(in.optionalString(), b::section);
          break;
        case OPERATIVE_LOCATION:
          // derived from number and section: accepted, and left undecoded
          in.skipString();
          break;
        case OPERATIVE_SUBPARAGRAPHS:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addSubparagraphs(subparagraph(in));
          }
          break;
        case OPERATIVE_FOOTNOTE_REFS:
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
    for (int f = in.nextField(SUBPARAGRAPH, k); f != In.END; f = in.nextField(SUBPARAGRAPH, k)) {
      k = in.nextGuess;
      switch (f) {
        case SUBPARAGRAPH_NUMBER:
          number = in.optionalString();
          break;
        case SUBPARAGRAPH_TEXT:
          text = in.optionalString();
          break;
        case SUBPARAGRAPH_SPAN:
          span = in.span();
          break;
        case SUBPARAGRAPH_SUBPARAGRAPHS:
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            b.addSubparagraphs(subparagraph(in));
          }
          break;
        case SUBPARAGRAPH_FOOTNOTE_REFS:
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
    for (int f = in.nextField(HEADING, k); f != In.END; f = in.nextField(HEADING, k)) {
      k = in.nextGuess;
      switch (f) {
        case HEADING_LABEL:
          label = in.optionalString();
          break;
        case HEADING_TEXT:
          text = in.optionalString();
          break;
        case HEADING_SPAN:
          span = in.span();
          break;
        case HEADING_FIRST_OPERATIVE:
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
    for (int f = in.nextField(FOOTNOTE, k); f != In.END; f = in.nextField(FOOTNOTE, k)) {
      k = in.nextGuess;
      switch (f) {
        case FOOTNOTE_MARKER:
          marker = in.optionalString();
          break;
        case FOOTNOTE_TEXT:
          text = in.optionalString();
          break;
        case FOOTNOTE_SPAN:
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
    for (int f = in.nextField(FOOTNOTE_REF, k); f != In.END; f = in.nextField(FOOTNOTE_REF, k)) {
      k = in.nextGuess;
      switch (f) {
        case FOOTNOTE_REF_MARKER:
          marker = in.optionalString();
          break;
        case FOOTNOTE_REF_START:
          bounds.start(in);
          break;
        case FOOTNOTE_REF_END:
          bounds.end(in);
          break;
        default:
          in.unknown(FOOTNOTE_REF);
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
    for (int f = in.nextField(CITATION, k); f != In.END; f = in.nextField(CITATION, k)) {
      k = in.nextGuess;
      switch (f) {
        case CITATION_KIND:
          kind = in.code(CITATION_KINDS);
          break;
        case CITATION_CANONICAL:
          canonical = in.optionalString();
          break;
        case CITATION_TEXT:
          text = in.optionalString();
          break;
        case CITATION_LOCATION:
          location = in.repeatedString(In.CITATION_LOCATION);
          break;
        case CITATION_PART:
          ifPresent(in.optionalString(), b::part);
          break;
        case CITATION_DATE:
          ifPresent(in.date(), b::date);
          break;
        case CITATION_SERIES:
          t = t == null ? TreatyReference.builder() : t;
          t.series(in.code(SERIES));
          hasSeries = true;
          break;
        case CITATION_REGISTRATION:
          registration = in.optionalString();
          break;
        case CITATION_PINPOINT:
          pinpoint = in.optionalString();
          break;
        case CITATION_VOLUMES:
          t = t == null ? TreatyReference.builder() : t;
          t.addAllVolumes(in.strings());
          break;
        case CITATION_PAGES:
          t = t == null ? TreatyReference.builder() : t;
          t.addAllPages(in.strings());
          break;
        case CITATION_INSTRUMENTS:
          t = t == null ? TreatyReference.builder() : t;
          for (boolean e = in.firstElement(); e; e = in.nextElement()) {
            t.addInstruments(instrument(in));
          }
          break;
        case CITATION_START:
          bounds.start(in);
          break;
        case CITATION_END:
          bounds.end(in);
          break;
        default:
          in.unknown(CITATION);
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
    for (int f = in.nextField(INSTRUMENT, k); f != In.END; f = in.nextField(INSTRUMENT, k)) {
      k = in.nextGuess;
      switch (f) {
        case INSTRUMENT_VOLUME:
          volume = in.optionalString();
          break;
        case INSTRUMENT_INSTRUMENT:
          instrument = in.optionalString();
          break;
        case INSTRUMENT_DEPOSITARY_CHAPTER:
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
    for (int f = in.nextField(REFERENCE, k); f != In.END; f = in.nextField(REFERENCE, k)) {
      k = in.nextGuess;
      switch (f) {
        case REFERENCE_KIND:
          kind = in.code(REFERENCE_KINDS);
          break;
        case REFERENCE_TARGET:
          target = in.optionalString();
          break;
        case REFERENCE_INSTRUMENT:
          ifPresent(in.optionalString(), b::instrument);
          break;
        case REFERENCE_TEXT:
          text = in.optionalString();
          break;
        case REFERENCE_LOCATION:
          location = in.repeatedString(In.REFERENCE_LOCATION);
          break;
        case REFERENCE_START:
          bounds.start(in);
          break;
        case REFERENCE_END:
          bounds.end(in);
          break;
        default:
          in.unknown(REFERENCE);
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
    for (int f = in.nextField(ACTOR, k); f != In.END; f = in.nextField(ACTOR, k)) {
      k = in.nextGuess;
      switch (f) {
        case ACTOR_ID:
          id = in.optionalString();
          break;
        case ACTOR_KIND:
          kind = in.code(ACTOR_KINDS);
          break;
        case ACTOR_ACRONYMS:
          b.addAllAcronyms(in.strings());
          break;
        case ACTOR_NAMES:
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
    for (int f = in.nextField(ANNEX, k); f != In.END; f = in.nextField(ANNEX, k)) {
      k = in.nextGuess;
      switch (f) {
        case ANNEX_HEADING:
          heading = in.optionalString();
          break;
        case ANNEX_TEXT:
          text = in.optionalString();
          break;
        case ANNEX_SPAN:
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
