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
    addSerializer(new ModelSerializers.ResolutionSerializer());
    addSerializer(new ModelSerializers.PreambularClauseSerializer());
    addSerializer(new ModelSerializers.OperativeClauseSerializer());
    addSerializer(new ModelSerializers.SubparagraphSerializer());
    addSerializer(new ModelSerializers.SectionHeadingSerializer());
    addSerializer(new ModelSerializers.FootnoteSerializer());
    addSerializer(new ModelSerializers.FootnoteRefSerializer());
    addSerializer(new ModelSerializers.CitationSerializer());
    addSerializer(new ModelSerializers.ReferenceSerializer());
    addDeserializer(Resolution.class, new ModelDeserializers.StreamDeserializer<>(Resolution.class, ModelDeserializers::resolution));
    addDeserializer(PreambularClause.class,
        new ModelDeserializers.StreamDeserializer<>(PreambularClause.class, ModelDeserializers::preambular));
    addDeserializer(OperativeClause.class,
        new ModelDeserializers.StreamDeserializer<>(OperativeClause.class, ModelDeserializers::operative));
    addDeserializer(Subparagraph.class, new ModelDeserializers.StreamDeserializer<>(Subparagraph.class, ModelDeserializers::subparagraph));
    addDeserializer(SectionHeading.class, new ModelDeserializers.StreamDeserializer<>(SectionHeading.class, ModelDeserializers::heading));
    addDeserializer(Footnote.class, new ModelDeserializers.StreamDeserializer<>(Footnote.class, ModelDeserializers::footnote));
    addDeserializer(FootnoteRef.class, new ModelDeserializers.StreamDeserializer<>(FootnoteRef.class, ModelDeserializers::footnoteRef));
    addDeserializer(Citation.class, new ModelDeserializers.StreamDeserializer<>(Citation.class, ModelDeserializers::citation));
    addDeserializer(TreatyInstrument.class,
        new ModelDeserializers.StreamDeserializer<>(TreatyInstrument.class, ModelDeserializers::instrument));
    addDeserializer(Reference.class, new ModelDeserializers.StreamDeserializer<>(Reference.class, ModelDeserializers::reference));
    addDeserializer(Actor.class, new ModelDeserializers.StreamDeserializer<>(Actor.class, ModelDeserializers::actor));
    addDeserializer(Annex.class, new ModelDeserializers.StreamDeserializer<>(Annex.class, ModelDeserializers::annex));
    addSerializer(new ModelSerializers.TreatyInstrumentSerializer());
    addSerializer(new ModelSerializers.ActorSerializer());
    addSerializer(new ModelSerializers.AnnexSerializer());
    addDeserializer(CitationKind.class, CodeDeserializers.citationKind());
  }
}
