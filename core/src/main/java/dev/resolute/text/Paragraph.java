package dev.resolute.text;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of the body as the segmenter finds it: its lines, what it is, and its number. */
final class Paragraph {
  /** What a paragraph is. */
  enum Kind { COVER, TITLE, FORMULA, PREAMBULAR, OPERATIVE, SUBPARAGRAPH, HEADING, ANNEX_HEADING, ANNEX, CLOSING, UNRECOGNISED }

  /** How a subparagraph is numbered. */
  enum Style { LETTER, ROMAN, DIGIT }

  Kind kind;
  final List<Line> lines = new ArrayList<>();
  /** The printed number: {@code 12}, {@code a}, {@code ii}; null where there is none. */
  String number;
  /** Where the text starts, after the number and its punctuation. */
  int textStart;
  Style style;
  int level;
  /**
   * The line that opens a draft the paragraph quotes ("… adopt the following draft resolution: ⏎
   * The General Assembly,"), and the body whose formula it is; -1 and null where it quotes none.
   */
  int quotedFormula = -1;
  dev.resolute.model.Body quotedBody;
  /** The text as read, joined once the clauses are built (the clause and its citations read it). */
  TextJoiner text;

  Paragraph(Kind kind, Line first, int textStart) {
    this.kind = kind;
    this.lines.add(first);
    this.textStart = textStart;
  }

  int start() {
    return lines.get(0).contentStart;
  }

  int end() {
    return lines.get(lines.size() - 1).contentEnd;
  }

  Line last() {
    return lines.get(lines.size() - 1);
  }
}
