package dev.resolute.model;

/** What a {@link Reference} points at: text of its own, a part of an instrument, or a treaty by name. */
public enum ReferenceKind {
  /** A paragraph of the same text: {@code paragraph 33 above}, {@code paragraphe 33 ci-dessus}. */
  INTERNAL("internal"),
  /** A part of an instrument: {@code paragraph 2 of article 14 of the Convention}. */
  PINPOINT("pinpoint"),
  /** A treaty named in running text, resolved through the Treaty Series gazetteer. */
  TREATY_MENTION("treaty-mention");

  private final String code;

  ReferenceKind(String code) {
    this.code = code;
  }

  /**
   * The JSON string, e.g. {@code treaty-mention}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
