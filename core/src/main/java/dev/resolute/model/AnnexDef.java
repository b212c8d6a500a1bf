package dev.resolute.model;

import org.immutables.value.Value;

/** An annex of a resolution, kept apart from the operative part. */
@Value.Immutable
abstract class AnnexDef {
  /** The annex heading as printed, e.g. {@code Annex} or {@code Annexe I}. */
  public abstract String heading();

  /** The annex text, lines joined. */
  public abstract String text();

  /** Where the annex stands in the input. */
  public abstract Span span();
}
