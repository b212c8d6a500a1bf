package dev.resolute.model;

import java.util.Optional;

/** What a citation refers to, with the exact strings of the JSON form. */
public enum CitationKind {
  /** A General Assembly resolution: {@code A/RES/65/232}. */
  GA_RESOLUTION("ga-resolution"),
  /** A General Assembly decision: {@code A/DEC/65/530}. */
  GA_DECISION("ga-decision"),
  /** A Security Council resolution: {@code S/RES/1373(2001)}. */
  SC_RESOLUTION("sc-resolution"),
  /** An Economic and Social Council resolution: {@code E/RES/2011/33}. */
  ECOSOC_RESOLUTION("ecosoc-resolution"),
  /** An Economic and Social Council decision: {@code E/DEC/2023/206}. */
  ECOSOC_DECISION("ecosoc-decision"),
  /** A Human Rights Council resolution: {@code A/HRC/RES/16/1}. */
  HRC_RESOLUTION("hrc-resolution"),
  /** A Human Rights Council decision: {@code A/HRC/DEC/55/115}. */
  HRC_DECISION("hrc-decision"),
  /** Another body's resolution: {@code CND:54/1}. */
  OTHER_RESOLUTION("other-resolution"),
  /** Any other document, by its symbol: {@code A/66/303}. */
  DOCUMENT_SYMBOL("document-symbol"),
  /** The record of a meeting: {@code A/62/PV.117}, {@code S/PV.1969}. */
  MEETING_RECORD("meeting-record"),
  /** A treaty by its Treaty Series reference: {@code I-39574}. */
  TREATY("treaty");

  /** The constants, read once: {@code values()} copies its array at every call. */
  private static final CitationKind[] VALUES = values();

  private final String code;

  CitationKind(String code) {
    this.code = code;
  }

  /**
   * The JSON string, e.g. {@code ga-resolution}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The kind with this JSON string.
   *
   * @param code e.g. {@code sc-resolution}
   * @return the kind, or empty
   */
  public static Optional<CitationKind> fromCode(String code) {
    for (CitationKind kind : VALUES) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
