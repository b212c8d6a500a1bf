package dev.resolute.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Deserializers of the model's value types, reading the JSON form that {@link ModelSerializers}
 * writes. Every error names the JSON path of the offending value ({@code $.operative[3].span.end})
 * and what is wrong, as a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}.
 * Unknown properties are refused while {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is
 * on (Jackson's default) and skipped otherwise; the derived {@code location} of an operative
 * paragraph is always accepted.
 */
final class ModelDeserializers {
  private ModelDeserializers() {}

  /** Reads one value of a type from a JSON tree, at a path. */
  @FunctionalInterface
  interface NodeReader<T> {
    T read(Reader r, JsonNode node, String path) throws IOException;
  }

  /** A deserializer that reads the tree, then hands it to a node reader. */
  static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient NodeReader<T> reader;

    TreeDeserializer(Class<T> type, NodeReader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      return reader.read(new Reader(ctxt, handledType()), node, "$");
    }
  }

  /** The reading of one document: the context, for errors and features. */
  static final class Reader {
    private final DeserializationContext ctxt;
    private final Class<?> type;

    Reader(DeserializationContext ctxt, Class<?> type) {
      this.ctxt = ctxt;
      this.type = type;
    }

    IOException fail(String path, String message) throws IOException {
      ctxt.reportInputMismatch(type, "%s: %s", path, message);
      throw new IllegalStateException("unreachable");
    }

    void only(JsonNode node, String path, Set<String> fields) throws IOException {
      if (!node.isObject()) {
        throw fail(path, "expected an object");
      }
      if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        return;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!fields.contains(name)) {
          throw fail(path + "." + name, "unknown property (known: " + fields + ")");
        }
      }
    }

    String string(JsonNode node, String path, String field) throws IOException {
      JsonNode v = node.get(field);
      if (v == null || !v.isTextual()) {
        throw fail(path + "." + field, v == null ? "required string is missing" : "expected a string");
      }
      return v.textValue();
    }

    Optional<String> optionalString(JsonNode node, String path, String field) throws IOException {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isTextual()) {
        throw fail(path + "." + field, "expected a string or null");
      }
      return Optional.of(v.textValue());
    }

    int integer(JsonNode node, String path, String field) throws IOException {
      JsonNode v = node.get(field);
      if (v == null || !v.isInt()) {
        throw fail(path + "." + field, v == null ? "required integer is missing" : "expected an integer");
      }
      return v.intValue();
    }

    Optional<LocalDate> date(JsonNode node, String path, String field) throws IOException {
      Optional<String> text = optionalString(node, path, field);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.get()));
      } catch (DateTimeParseException e) {
        throw fail(path + "." + field, "not an ISO 8601 date: " + text.get());
      }
    }

    <T> List<T> list(JsonNode node, String path, String field, NodeReader<T> element) throws IOException {
      JsonNode v = node.get(field);
      List<T> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw fail(path + "." + field, "expected an array");
      }
      for (int i = 0; i < v.size(); i++) {
        out.add(element.read(this, v.get(i), path + "." + field + "[" + i + "]"));
      }
      return out;
    }

    List<String> strings(JsonNode node, String path, String field) throws IOException {
      return list(node, path, field, (r, n, p) -> {
        if (!n.isTextual()) {
          throw r.fail(p, "expected a string");
        }
        return n.textValue();
      });
    }

    <T> T code(JsonNode node, String path, String field, Function<String, Optional<T>> lookUp, String expected)
        throws IOException {
      String code = string(node, path, field);
      Optional<T> value = lookUp.apply(code);
      if (value.isEmpty()) {
        throw fail(path + "." + field, "\"" + code + "\" is not one of " + expected);
      }
      return value.get();
    }

    Span span(JsonNode node, String path) throws IOException {
      only(node, path, Set.of("start", "end"));
      return build(path, () -> Span.of(integer(node, path, "start"), integer(node, path, "end")));
    }

    /** Builds a value, turning a broken invariant into an error at the path. */
    <T> T build(String path, IoSupplier<T> builder) throws IOException {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        throw fail(path, e.getMessage());
      }
    }
  }

  /** A supplier that may fail with an I/O (mapping) error. */
  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  // ------------------------------------------------------------------ node readers

  static Resolution resolution(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("symbol", "body", "session", "language", "title", "enactingFormula", "adoptionDate",
        "issueDate", "agendaItem", "draft", "preamble", "operative", "headings", "footnotes", "citations",
        "references", "actors", "annexes"));
    Resolution.Builder b = Resolution.builder()
        .body(r.code(n, path, "body", Body::fromCode, "GA, GA-C1 … GA-C6, SC, ECOSOC, HRC, OTHER"))
        .language(r.code(n, path, "language", Language::fromCode, "ar, en, es, fr, ru, zh"));
    Optional<String> symbol = r.optionalString(n, path, "symbol");
    if (symbol.isPresent()) {
      try {
        b.symbol(DocumentSymbol.parse(symbol.get()));
      } catch (SymbolSyntaxException e) {
        throw r.fail(path + ".symbol", e.getMessage());
      }
    }
    r.optionalString(n, path, "session").ifPresent(b::session);
    r.optionalString(n, path, "title").ifPresent(b::title);
    r.optionalString(n, path, "enactingFormula").ifPresent(b::enactingFormula);
    r.optionalString(n, path, "agendaItem").ifPresent(b::agendaItem);
    r.date(n, path, "adoptionDate").ifPresent(b::adoptionDate);
    r.date(n, path, "issueDate").ifPresent(b::issueDate);
    JsonNode draft = n.get("draft");
    if (draft != null && !draft.isNull()) {
      if (!draft.isBoolean()) {
        throw r.fail(path + ".draft", "expected true or false");
      }
      b.draft(draft.booleanValue());
    }
    b.addAllPreamble(r.list(n, path, "preamble", ModelDeserializers::preambular))
        .addAllOperative(r.list(n, path, "operative", ModelDeserializers::operative))
        .addAllHeadings(r.list(n, path, "headings", ModelDeserializers::heading))
        .addAllFootnotes(r.list(n, path, "footnotes", ModelDeserializers::footnote))
        .addAllCitations(r.list(n, path, "citations", ModelDeserializers::citation))
        .addAllReferences(r.list(n, path, "references", ModelDeserializers::reference))
        .addAllActors(r.list(n, path, "actors", ModelDeserializers::actor))
        .addAllAnnexes(r.list(n, path, "annexes", ModelDeserializers::annex));
    return r.build(path, b::build);
  }

  static PreambularClause preambular(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("lead", "text", "span", "footnoteRefs"));
    return r.build(path, () -> PreambularClause.builder().lead(r.string(n, path, "lead")).text(r.string(n, path, "text"))
        .span(r.span(n.path("span"), path + ".span"))
        .addAllFootnoteRefs(r.list(n, path, "footnoteRefs", ModelDeserializers::footnoteRef)).build());
  }

  static OperativeClause operative(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("number", "section", "location", "lead", "text", "span", "subparagraphs", "footnoteRefs"));
    return r.build(path, () -> {
      OperativeClause.Builder b = OperativeClause.builder().lead(r.string(n, path, "lead")).text(r.string(n, path, "text"))
          .span(r.span(n.path("span"), path + ".span"))
          .addAllSubparagraphs(r.list(n, path, "subparagraphs", ModelDeserializers::subparagraph))
          .addAllFootnoteRefs(r.list(n, path, "footnoteRefs", ModelDeserializers::footnoteRef));
      r.optionalString(n, path, "number").ifPresent(b::number);
      r.optionalString(n, path, "section").ifPresent(b::section);
      return b.build();
    });
  }

  static Subparagraph subparagraph(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("number", "text", "span", "subparagraphs", "footnoteRefs"));
    return r.build(path, () -> Subparagraph.builder().number(r.string(n, path, "number")).text(r.string(n, path, "text"))
        .span(r.span(n.path("span"), path + ".span"))
        .addAllSubparagraphs(r.list(n, path, "subparagraphs", ModelDeserializers::subparagraph))
        .addAllFootnoteRefs(r.list(n, path, "footnoteRefs", ModelDeserializers::footnoteRef)).build());
  }

  static SectionHeading heading(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("label", "text", "span", "firstOperative"));
    return r.build(path, () -> SectionHeading.builder().label(r.string(n, path, "label")).text(r.string(n, path, "text"))
        .span(r.span(n.path("span"), path + ".span")).firstOperative(r.integer(n, path, "firstOperative")).build());
  }

  static Footnote footnote(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("marker", "text", "span"));
    return r.build(path, () -> Footnote.of(r.string(n, path, "marker"), r.string(n, path, "text"),
        r.span(n.path("span"), path + ".span")));
  }

  static FootnoteRef footnoteRef(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("marker", "start", "end"));
    return r.build(path, () -> FootnoteRef.of(r.string(n, path, "marker"),
        Span.of(r.integer(n, path, "start"), r.integer(n, path, "end"))));
  }

  static Citation citation(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("kind", "canonical", "part", "date", "text", "start", "end", "location", "series",
        "registration", "volumes", "pages", "pinpoint", "instruments"));
    CitationKind kind = r.code(n, path, "kind", CitationKind::fromCode, "the kinds of the conventions");
    return r.build(path, () -> {
      Citation.Builder b = Citation.builder().kind(kind).canonical(r.string(n, path, "canonical"))
          .text(r.string(n, path, "text")).span(Span.of(r.integer(n, path, "start"), r.integer(n, path, "end")))
          .location(r.string(n, path, "location"));
      r.optionalString(n, path, "part").ifPresent(b::part);
      r.date(n, path, "date").ifPresent(b::date);
      if (kind == CitationKind.TREATY) {
        TreatyReference.Builder t = TreatyReference.builder()
            .series(r.code(n, path, "series", s -> {
              try {
                return Optional.of(TreatySeries.valueOf(s));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            }, "UNTS, LNTS"))
            .addAllVolumes(r.strings(n, path, "volumes")).addAllPages(r.strings(n, path, "pages"))
            .addAllInstruments(r.list(n, path, "instruments", ModelDeserializers::instrument));
        r.optionalString(n, path, "registration").ifPresent(t::registration);
        r.optionalString(n, path, "pinpoint").ifPresent(t::pinpoint);
        b.treaty(t.build());
      }
      return b.build();
    });
  }

  static TreatyInstrument instrument(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("volume", "instrument", "depositaryChapter"));
    return r.build(path, () -> TreatyInstrument.of(r.string(n, path, "volume"), r.string(n, path, "instrument"),
        r.optionalString(n, path, "depositaryChapter")));
  }

  static Reference reference(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("kind", "target", "instrument", "text", "start", "end", "location"));
    ReferenceKind kind = r.code(n, path, "kind", code -> {
      for (ReferenceKind k : ReferenceKind.values()) {
        if (k.code().equals(code)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }, "internal, pinpoint, treaty-mention");
    return r.build(path, () -> Reference.builder().kind(kind).target(r.string(n, path, "target"))
        .instrument(r.optionalString(n, path, "instrument")).text(r.string(n, path, "text"))
        .span(Span.of(r.integer(n, path, "start"), r.integer(n, path, "end"))).location(r.string(n, path, "location"))
        .build());
  }

  static Actor actor(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("id", "kind", "names", "acronyms"));
    ActorKind kind = r.code(n, path, "kind", code -> {
      try {
        return Optional.of(ActorKind.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }, "member-state, observer-state, un-body, un-entity, organization, group, other");
    return r.build(path, () -> {
      Actor.Builder b = Actor.builder().id(r.string(n, path, "id")).kind(kind).addAllAcronyms(r.strings(n, path, "acronyms"));
      JsonNode names = n.path("names");
      if (!names.isMissingNode()) {
        if (!names.isObject()) {
          throw r.fail(path + ".names", "expected an object of names by language");
        }
        for (Iterator<String> it = names.fieldNames(); it.hasNext(); ) {
          String code = it.next();
          Optional<Language> language = Language.fromCode(code);
          if (language.isEmpty()) {
            throw r.fail(path + ".names." + code, "not one of ar, en, es, fr, ru, zh");
          }
          b.putNames(language.get(), r.string(names, path + ".names", code));
        }
      }
      return b.build();
    });
  }

  static Annex annex(Reader r, JsonNode n, String path) throws IOException {
    r.only(n, path, Set.of("heading", "text", "span"));
    return r.build(path, () -> Annex.builder().heading(r.string(n, path, "heading")).text(r.string(n, path, "text"))
        .span(r.span(n.path("span"), path + ".span")).build());
  }
}
