package dev.resolute.text;

import com.google.common.collect.ImmutableList;
import dev.resolute.model.Resolution;
import java.util.List;

/**
 * What {@link ResolutionParser} makes of a text: the resolution, what it noticed on the way, and
 * the regions that account for every character of the input.
 */
public final class ParseResult {
  private final String input;
  private final Resolution resolution;
  private final ImmutableList<Diagnostic> diagnostics;
  private final ImmutableList<Region> regions;

  ParseResult(String input, Resolution resolution, List<Diagnostic> diagnostics, List<Region> regions) {
    this.input = input;
    this.resolution = resolution;
    this.diagnostics = ImmutableList.copyOf(diagnostics);
    this.regions = ImmutableList.copyOf(regions);
  }

  /**
   * The input as read; every span points into it.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * The resolution.
   *
   * @return the parsed resolution
   */
  public Resolution resolution() {
    return resolution;
  }

  /**
   * What the parser noticed, in input order.
   *
   * @return the diagnostics
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The regions of the input, in order: concatenated, they give back the input.
   *
   * @return the regions
   */
  public List<Region> regions() {
    return regions;
  }

  /**
   * How many characters fall in regions of a kind.
   *
   * @param kind the kind
   * @return the count
   */
  public int characters(RegionKind kind) {
    return regions.stream().filter(r -> r.kind() == kind).mapToInt(r -> r.span().length()).sum();
  }
}
