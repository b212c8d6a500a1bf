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
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets a plain {@code @ForAll} of any model type work in users' properties ({@code @ForAll
 * Resolution}, {@code Citation}, {@code Footnote}, {@code DocumentSymbol}, …); registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}. Clauses and subparagraphs
 * come in any of the six languages.
 */
public final class ModelArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES = Map.ofEntries(
      Map.entry(Resolution.class, ResolutionArbitraries::resolutions),
      Map.entry(PreambularClause.class,
          () -> Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::preambularClauses)),
      Map.entry(OperativeClause.class,
          () -> Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::operativeClauses)),
      Map.entry(Subparagraph.class, () -> Arbitraries.of(Language.values()).flatMap(ResolutionArbitraries::subparagraphs)),
      Map.entry(SectionHeading.class, ResolutionArbitraries::headings),
      Map.entry(Footnote.class, ResolutionArbitraries::footnotes),
      Map.entry(FootnoteRef.class, ResolutionArbitraries::footnoteRefs),
      Map.entry(Citation.class, ResolutionArbitraries::citations),
      Map.entry(TreatyReference.class, ResolutionArbitraries::treatyReferences),
      Map.entry(TreatyInstrument.class, ResolutionArbitraries::treatyInstruments),
      Map.entry(Reference.class, ResolutionArbitraries::references),
      Map.entry(Actor.class, ResolutionArbitraries::actors),
      Map.entry(Annex.class, ResolutionArbitraries::annexes),
      Map.entry(Span.class, ResolutionArbitraries::spans),
      Map.entry(DocumentSymbol.class, ResolutionArbitraries::symbols));

  /** Used by jqwik's service loader. */
  public ModelArbitraryProvider() {}

  /**
   * The model types a plain {@code @ForAll} works for.
   *
   * @return the types
   */
  public static Set<Class<?>> types() {
    return ARBITRARIES.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream().filter(e -> targetType.isOfType(e.getKey())).findFirst()
        .<Set<Arbitrary<?>>>map(e -> Set.of(e.getValue().get())).orElse(Set.of());
  }
}
