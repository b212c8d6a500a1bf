package dev.resolute.testkit;

import dev.resolute.model.Actor;
import dev.resolute.model.Annex;
import dev.resolute.model.Citation;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.symbol.DocumentSymbol;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain of every model type, for properties that want Resolute's values and nothing else
 * (jqwik's defaults left out): annotate the property or its container with
 * {@code @Domain(ResoluteDomain.class)}.
 *
 * <pre>{@code
 * @Property
 * @Domain(ResoluteDomain.class)
 * void footnotesHaveMarkers(@ForAll Footnote footnote) { ... }
 * }</pre>
 */
public class ResoluteDomain extends DomainContextBase {
  /** Used by jqwik. */
  public ResoluteDomain() {}

  @Provide
  Arbitrary<Resolution> resolutions() {
    return ResolutionArbitraries.resolutions();
  }

  @Provide
  Arbitrary<PreambularClause> preambularClauses() {
    return Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::preambularClauses);
  }

  @Provide
  Arbitrary<OperativeClause> operativeClauses() {
    return Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::operativeClauses);
  }

  @Provide
  Arbitrary<Subparagraph> subparagraphs() {
    return Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::subparagraphs);
  }

  @Provide
  Arbitrary<SectionHeading> headings() {
    return ResolutionArbitraries.headings();
  }

  @Provide
  Arbitrary<Footnote> footnotes() {
    return ResolutionArbitraries.footnotes();
  }

  @Provide
  Arbitrary<FootnoteRef> footnoteRefs() {
    return ResolutionArbitraries.footnoteRefs();
  }

  @Provide
  Arbitrary<Citation> citations() {
    return ResolutionArbitraries.citations();
  }

  @Provide
  Arbitrary<TreatyReference> treatyReferences() {
    return ResolutionArbitraries.treatyReferences();
  }

  @Provide
  Arbitrary<TreatyInstrument> treatyInstruments() {
    return ResolutionArbitraries.treatyInstruments();
  }

  @Provide
  Arbitrary<Reference> references() {
    return ResolutionArbitraries.references();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return ResolutionArbitraries.actors();
  }

  @Provide
  Arbitrary<Annex> annexes() {
    return ResolutionArbitraries.annexes();
  }

  @Provide
  Arbitrary<Span> spans() {
    return ResolutionArbitraries.spans();
  }

  @Provide
  Arbitrary<DocumentSymbol> symbols() {
    return ResolutionArbitraries.symbols();
  }

  @Provide
  Arbitrary<Language> languages() {
    return Arbitraries.of(Language.values());
  }
}
