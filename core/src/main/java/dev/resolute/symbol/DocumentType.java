package dev.resolute.symbol;

import java.util.Optional;

/**
 * The document-type component of a symbol: {@code RES}, {@code DEC}, {@code PV.117},
 * {@code L.15}, ...
 */
public enum DocumentType {
  /** A resolution: {@code A/RES/65/232}. */
  RESOLUTION("RES"),
  /** A decision: {@code A/DEC/65/530}. */
  DECISION("DEC"),
  /** A verbatim record of a meeting: {@code A/62/PV.117}, {@code S/PV.9171}. */
  MEETING_RECORD("PV"),
  /** A summary record of a meeting: {@code A/C.3/66/SR.12}. */
  SUMMARY_RECORD("SR"),
  /** A draft with limited distribution: {@code A/C.3/66/L.15}. */
  DRAFT("L"),
  /** An information document: {@code S/INF/52}. */
  INFORMATION("INF"),
  /** A statement by the President of the Security Council: {@code S/PRST/2010/1}. */
  PRESIDENTIAL_STATEMENT("PRST"),
  /** A conference room paper: {@code E/CN.16/2018/CRP.3}. */
  CONFERENCE_ROOM_PAPER("CRP"),
  /** A working paper: {@code NPT/CONF.2020/PC.I/WP.13}. */
  WORKING_PAPER("WP"),
  /** A miscellaneous document: {@code A/C.6/75/MISC.1}. */
  MISCELLANEOUS("MISC");

  private final String code;

  DocumentType(String code) {
    this.code = code;
  }

  /**
   * The code as it stands in a symbol, e.g. {@code PV}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The type with this code, ignoring case.
   *
   * @param code {@code RES}, {@code pv}, ...
   * @return the type, or empty
   */
  public static Optional<DocumentType> fromCode(String code) {
    DocumentType type = ofCode(code);
    return type == null ? Optional.empty() : Optional.of(type);
  }

  /** The type with this code ignoring case, or null: asked of every component of every symbol parsed. */
  static DocumentType ofCode(String code) {
    return ofCode(code, 0, code.length());
  }

  /** The same for the code that stands from {@code from} to {@code to} in {@code text}. */
  static DocumentType ofCode(String text, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return null;
    }
    // as equalsIgnoreCase compares a character: its upper case's lower case
    char first = Character.toLowerCase(Character.toUpperCase(text.charAt(from)));
    for (DocumentType type : VALUES) {
      // the first letter first: asked of every word of every symbol, most of which are no type
      if ((type.code.charAt(0) | 0x20) == first && type.code.length() == length
          && type.code.regionMatches(true, 0, text, from, length)) {
        return type;
      }
    }
    return null;
  }

  /** {@link #values()} once: that method copies its array on every call. */
  private static final DocumentType[] VALUES = values();
}
