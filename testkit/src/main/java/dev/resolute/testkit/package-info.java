/**
 * jqwik arbitraries for Resolute's model, for our tests and our users'. Start at
 * {@link dev.resolute.testkit.ResolutionArbitraries}; a plain {@code @ForAll DocumentSymbol} works
 * too, through the provider this module registers with jqwik.
 */
package dev.resolute.testkit;
