package dev.resolute.testkit;

import dev.resolute.symbol.DocumentSymbol;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets a plain {@code @ForAll DocumentSymbol} work in users' properties; registered through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class DocumentSymbolArbitraryProvider implements ArbitraryProvider {
  /** Used by jqwik's service loader. */
  public DocumentSymbolArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(DocumentSymbol.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(ResolutionArbitraries.symbols());
  }
}
