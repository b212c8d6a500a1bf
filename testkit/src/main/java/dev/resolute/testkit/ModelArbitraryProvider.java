package dev.resolute.testkit;

import dev.resolute.model.Actor;
import dev.resolute.model.Citation;
import dev.resolute.model.Resolution;
import dev.resolute.model.Span;
import dev.resolute.model.TreatyReference;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets a plain {@code @ForAll Resolution}, {@code @ForAll Citation}, {@code @ForAll Span},
 * {@code @ForAll TreatyReference} or {@code @ForAll Actor} work in users' properties; registered
 * through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class ModelArbitraryProvider implements ArbitraryProvider {
  /** Used by jqwik's service loader. */
  public ModelArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Resolution.class) || targetType.isOfType(Citation.class)
        || targetType.isOfType(Span.class) || targetType.isOfType(TreatyReference.class)
        || targetType.isOfType(Actor.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(Resolution.class)) {
      return Set.of(ResolutionArbitraries.resolutions());
    }
    if (targetType.isOfType(Citation.class)) {
      return Set.of(ResolutionArbitraries.citations());
    }
    if (targetType.isOfType(Span.class)) {
      return Set.of(ResolutionArbitraries.spans());
    }
    if (targetType.isOfType(TreatyReference.class)) {
      return Set.of(ResolutionArbitraries.treatyReferences());
    }
    return Set.of(ResolutionArbitraries.actors());
  }
}
