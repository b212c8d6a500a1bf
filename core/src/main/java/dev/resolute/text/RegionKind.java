package dev.resolute.text;

/** What a stretch of the input is; every character belongs to exactly one region. */
public enum RegionKind {
  /** Running headers, page and job numbers, footnote rules, form feeds. */
  FURNITURE,
  /** The cover page: symbol, distribution, dates, agenda item, adoption line. */
  COVER,
  /** The title. */
  TITLE,
  /** The enacting formula. */
  FORMULA,
  /** The text of a preambular or operative paragraph or subparagraph, its number included. */
  CLAUSE,
  /** A heading inside the operative part. */
  HEADING,
  /** A footnote: marker and text in the footnote block. */
  FOOTNOTE,
  /** A footnote marker in the text. */
  MARKER,
  /** An annex. */
  ANNEX,
  /** The closing lines: the adoption meeting and date. */
  CLOSING,
  /** White space between blocks. */
  BLANK,
  /** Text the parser could not place. */
  UNRECOGNISED
}
