package dev.resolute.model;

/** The treaty series a {@link TreatyReference} points into. */
public enum TreatySeries {
  /** The United Nations Treaty Series; canonical {@code I-39574} or {@code UNTS-V75-P287}. */
  UNTS,
  /** The League of Nations Treaty Series; canonical {@code LNTS-2138}. */
  LNTS
}
