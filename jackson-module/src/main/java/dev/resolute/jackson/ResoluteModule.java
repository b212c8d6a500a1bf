package dev.resolute.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.resolute.model.Actor;
import dev.resolute.model.Annex;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import dev.resolute.model.Span;
import dev.resolute.symbol.DocumentSymbol;

/**
 * The Jackson module of Resolute. Registered through {@code META-INF/services}, so
 * {@code findAndRegisterModules()} finds it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ResoluteModule());
 * mapper.writeValueAsString(DocumentSymbol.parse("S/RES/1373 (2001)"));  // "S/RES/1373(2001)"
 * }</pre>
 */
public final class ResoluteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for each supported type. */
  public ResoluteModule() {
    super("ResoluteModule", Version.unknownVersion());
    addSerializer(DocumentSymbol.class, new DocumentSymbolSerializer());
    addDeserializer(DocumentSymbol.class, new DocumentSymbolDeserializer());
    addSerializer(Span.class, new SpanSerializer());
    addDeserializer(Span.class, new SpanDeserializer());
    addSerializer(Language.class, CodeSerializers.language());
    addDeserializer(Language.class, CodeDeserializers.language());
    addSerializer(Body.class, CodeSerializers.body());
    addDeserializer(Body.class, CodeDeserializers.body());
    addSerializer(CitationKind.class, CodeSerializers.citationKind());
    addDeserializer(CitationKind.class, CodeDeserializers.citationKind());
    model(Resolution.class, ModelSerializers::resolution, ModelDeserializers::resolution);
    model(PreambularClause.class, ModelSerializers::preambularClause, ModelDeserializers::preambular);
    model(OperativeClause.class, ModelSerializers::operativeClause, ModelDeserializers::operative);
    model(Subparagraph.class, ModelSerializers::subparagraph, ModelDeserializers::subparagraph);
    model(SectionHeading.class, ModelSerializers::sectionHeading, ModelDeserializers::heading);
    model(Footnote.class, ModelSerializers::footnote, ModelDeserializers::footnote);
    model(FootnoteRef.class, ModelSerializers::footnoteRef, ModelDeserializers::footnoteRef);
    model(Citation.class, ModelSerializers::citation, ModelDeserializers::citation);
    model(TreatyInstrument.class, ModelSerializers::treatyInstrument, ModelDeserializers::instrument);
    model(Reference.class, ModelSerializers::reference, ModelDeserializers::reference);
    model(Actor.class, ModelSerializers::actor, ModelDeserializers::actor);
    model(Annex.class, ModelSerializers::annex, ModelDeserializers::annex);
  }

  /** A model type's writer and reader, registered together. */
  private <T> void model(Class<T> type, ModelSerializers.ValueWriter<T> writer, ModelDeserializers.ValueReader<T> reader) {
    addSerializer(type, new ModelSerializers.WriterSerializer<>(type, writer));
    addDeserializer(type, new ModelDeserializers.StreamDeserializer<>(type, reader));
  }
}
