package dev.resolute.symbol;

import com.google.common.collect.ImmutableList;
import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A United Nations document symbol, parsed into its components: {@code A/C.3/66/L.15},
 * {@code E/CN.15/2011/21}, {@code A/HRC/RES/16/1}, {@code S/RES/1373 (2001)},
 * {@code A/RES/2200 A (XXI)}, {@code A/51/113-S/1996/276}, {@code A/CONF.157/24 (Part I)},
 * {@code BWC/CONF.IX/9}.
 *
 * <p>Parsing accepts the forms in which symbols are printed and linked: any case, spaces (also
 * no-break spaces) between a number and its part letter or parentheses and inside parentheses,
 * suffixes in any order; and two slips of the sources: a suffix glued to the number, its slash
 * left out ({@code A/75/7Add.2} is {@code A/75/7/Add.2}), and Cyrillic capitals typed for their
 * Latin lookalikes ({@code CBD/СОР/14/14} is {@code CBD/COP/14/14}). {@link #canonical()} writes
 * the symbol as the UN prints it with every space removed; two symbols are equal when their
 * canonical forms are. Values are immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentSymbol s = DocumentSymbol.parse("A/RES/2200 A (XXI)");
 * s.canonical();   // "A/RES/2200A(XXI)"
 * s.number();      // Optional[2200]
 * s.part();        // Optional[A]
 * s.session();     // Optional[XXI]
 * }</pre>
 */
public final class DocumentSymbol {

  /** What a component of a symbol is. */
  public enum SegmentKind {
    /** The organ or series: {@code A}, {@code S}, {@code E}, {@code ST}, {@code BWC}. */
    ORGAN,
    /** A subsidiary body or series path: {@code C.3}, {@code CN.15}, {@code HRC}, {@code CONF.IX}. */
    BODY,
    /** The document type: {@code RES}, {@code DEC}, {@code PV}, {@code L}, ... */
    TYPE,
    /** A session: {@code 66}, {@code S-26}, {@code ES-10}, {@code (XXI)}. */
    SESSION,
    /** A year: {@code 2011} in {@code E/RES/2011/33}, {@code (2001)} in SC resolutions. */
    YEAR,
    /** The document's number. */
    NUMBER,
    /** A resolution's part letter ({@code A}) or letters ({@code A-C}). */
    PART,
    /** A revision, addendum, corrigendum or amendment: {@code Rev.1}, {@code Add.2}. */
    SUFFIX,
    /** A parenthetical part: {@code Part I}, {@code Vol. III}, {@code Sect. 29F}, {@code Supp}. */
    QUALIFIER,
    /** Any other component after the number. */
    OTHER
  }

  /**
   * One component of a symbol: its kind, its canonical value and its canonical rendering with the
   * punctuation that attaches it to what precedes ({@code /66}, {@code .117}, {@code (2001)},
   * {@code A}).
   *
   * @param kind what the component is
   * @param value the component without punctuation, e.g. {@code 2001}, {@code PartI}
   * @param printed the component as the canonical form writes it, e.g. {@code (2001)}
   */
  public record Segment(SegmentKind kind, String value, String printed) {
    /**
     * Checks the fields.
     *
     * @param kind what the component is
     * @param value the component without punctuation
     * @param printed the canonical rendering
     */
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(printed, "printed");
    }
  }

  private static final SegmentKind[] KINDS = SegmentKind.values();

  /**
   * The organs of one capital letter ({@code A}, {@code E}, {@code S}), shared: most symbols have
   * one, and an extractor asks each symbol's organ several times.
   */
  private static final String[] ONE_LETTER_ORGANS = new String[26];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      ONE_LETTER_ORGANS[c - 'A'] = String.valueOf(c);
    }
  }

  /** The canonical form, this symbol's and, after a hyphen, the one it is joined with. */
  private final String canonical;
  /** Where this symbol's own canonical form ends (before the hyphen of a joint symbol). */
  private final int ownLength;
  /** Per segment: its kind's ordinal ({@link SymbolLayout}). */
  private final byte[] kinds;
  /** Per segment, where its printed form starts and its value starts and ends in {@link #canonical}. */
  private final int[] marks;
  private final int segmentCount;
  private final DocumentSymbol joinedWith;
  /** The type of the first type segment, or null: asked of every symbol an extraction finds. */
  private final DocumentType type;
  /** The segments as records, made when first asked for: extraction never asks. */
  private volatile ImmutableList<Segment> segments;

  DocumentSymbol(SymbolLayout layout, DocumentSymbol joinedWith) {
    this.joinedWith = joinedWith;
    this.kinds = layout.kinds();
    this.marks = layout.marks();
    this.segmentCount = layout.size();
    this.ownLength = layout.length();
    // the layout wrote this symbol's canonical form as it read it: the form is made by one copy
    StringBuilder own = layout.text();
    if (joinedWith != null) {
      own.ensureCapacity(own.length() + 1 + joinedWith.canonical.length());
      own.append('-').append(joinedWith.canonical);
    }
    this.canonical = own.toString();
    int typeSegment = firstOf(SegmentKind.TYPE);
    this.type = typeSegment < 0 ? null
        : DocumentType.ofCode(canonical, marks[3 * typeSegment + 1], marks[3 * typeSegment + 2]);
  }

  /** The value of segment {@code k}, cut from the canonical form. */
  private String value(int k) {
    return canonical.substring(marks[3 * k + 1], marks[3 * k + 2]);
  }

  /** Where segment {@code k}'s printed form ends: where the next one starts, or where this symbol's form does. */
  private int printedEnd(int k) {
    return k + 1 < segmentCount ? marks[3 * (k + 1)] : ownLength;
  }

  /**
   * Parses a document symbol as printed or linked.
   *
   * @param text the symbol, e.g. {@code "S/RES/1373 (2001)"}
   * @return the symbol
   * @throws SymbolSyntaxException when the text is not a symbol, with the offending position
   */
  public static DocumentSymbol parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return SymbolParser.parse(text);
  }

  /**
   * Parses a document symbol, or returns empty where the text is not one.
   *
   * @param text the text to try
   * @return the symbol, or empty
   */
  public static Optional<DocumentSymbol> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return SymbolParser.tryParse(text);
  }

  /**
   * The symbol as the UN prints it, with every space removed: {@code A/RES/2200A(XXI)},
   * {@code A/CONF.157/24(PartI)}, {@code A/51/113-S/1996/276}.
   *
   * @return the canonical form
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The components of this symbol (the first of a joint symbol), in order.
   *
   * @return the segments; their {@code printed} forms concatenate to the canonical form
   */
  public List<Segment> segments() {
    ImmutableList<Segment> made = segments;
    if (made == null) {
      ImmutableList.Builder<Segment> out = ImmutableList.builderWithExpectedSize(segmentCount);
      for (int k = 0; k < segmentCount; k++) {
        out.add(new Segment(KINDS[kinds[k]], value(k), canonical.substring(marks[3 * k], printedEnd(k))));
      }
      made = out.build();
      segments = made;
    }
    return made;
  }

  /**
   * The organ or series: {@code A}, {@code S}, {@code E}, {@code ST}, {@code BWC}, ...
   *
   * @return the first component, upper-cased
   */
  public String organ() {
    int from = marks[1];
    char letter = canonical.charAt(from);
    return marks[2] - from == 1 && letter >= 'A' && letter <= 'Z' ? ONE_LETTER_ORGANS[letter - 'A'] : value(0);
  }

  /**
   * The subsidiary body path between the organ and the number: {@code [C.3]} for
   * {@code A/C.3/66/L.15}, {@code [HRC]} for {@code A/HRC/RES/16/1}, {@code [CN.15]} for
   * {@code E/CN.15/2011/21}.
   *
   * @return the body components, possibly empty
   */
  public List<String> bodyPath() {
    return values(SegmentKind.BODY);
  }

  /**
   * The document type, where the symbol names one.
   *
   * @return {@code RESOLUTION} for {@code A/RES/65/232}, {@code DRAFT} for {@code A/C.3/66/L.15}
   */
  public Optional<DocumentType> documentType() {
    return Optional.ofNullable(type);
  }

  /**
   * The session: {@code 66}, {@code S-26}, {@code ES-10}, or the roman session of old GA and
   * ECOSOC numbering ({@code XXI}, {@code S-IV}).
   *
   * @return the session as printed, or empty
   */
  public Optional<String> session() {
    return first(SegmentKind.SESSION);
  }

  /**
   * The year: {@code 2011} in {@code E/RES/2011/33}, {@code 2001} in {@code S/RES/1373(2001)}.
   *
   * @return the year, or empty
   */
  public OptionalInt year() {
    return first(SegmentKind.YEAR).map(y -> OptionalInt.of(Integer.parseInt(y))).orElse(OptionalInt.empty());
  }

  /**
   * The document's number: {@code 232} in {@code A/RES/65/232}, {@code 117} in
   * {@code A/62/PV.117}.
   *
   * @return the number as printed (ASCII digits), or empty for symbols without one
   */
  public Optional<String> number() {
    return first(SegmentKind.NUMBER);
  }

  /**
   * The part letter of a resolution: {@code A} in {@code A/RES/2200 A (XXI)}, {@code A-C} in
   * {@code A/RES/75/254 A-C}.
   *
   * @return the letter or range, upper-cased, or empty
   */
  public Optional<String> part() {
    return first(SegmentKind.PART);
  }

  /**
   * Revisions, addenda, corrigenda and amendments, in the order printed.
   *
   * @return e.g. {@code [Add.1, Corr.1]}
   */
  public List<String> suffixes() {
    return values(SegmentKind.SUFFIX);
  }

  /**
   * Parenthetical parts, without spaces: {@code PartI}, {@code Vol.III}, {@code Sect.29F}.
   *
   * @return the qualifiers in order
   */
  public List<String> qualifiers() {
    return values(SegmentKind.QUALIFIER);
  }

  /**
   * Whether this is a joint symbol, such as {@code A/51/113-S/1996/276}.
   *
   * @return true when another symbol follows
   */
  public boolean isJoint() {
    return joinedWith != null;
  }

  /**
   * The symbols a joint symbol joins, in order; a plain symbol gives itself alone.
   *
   * @return one or more symbols, each of them not joint
   */
  public List<DocumentSymbol> jointParts() {
    List<DocumentSymbol> out = new ArrayList<>();
    for (DocumentSymbol s = this; s != null; s = s.joinedWith) {
      out.add(s.joinedWith == null ? s : new DocumentSymbol(SymbolLayout.of(s.segments()), null));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The same symbol without its part letter: {@code A/RES/75/245} for {@code A/RES/75/245 B}. The
   * UN's own links usually drop it.
   *
   * @return this symbol where it has no part letter
   */
  public DocumentSymbol withoutPart() {
    if (part().isEmpty()) {
      return this;
    }
    List<Segment> kept = new ArrayList<>(segments());
    kept.removeIf(s -> s.kind() == SegmentKind.PART);
    return new DocumentSymbol(SymbolLayout.of(kept), joinedWith);
  }

  /**
   * The body that issues documents under this symbol: {@code A} is the General Assembly (its Main
   * Committees under {@code A/C.1} to {@code A/C.6}, the Human Rights Council under
   * {@code A/HRC}), {@code S} the Security Council, {@code E} the Economic and Social Council.
   *
   * @return the body; {@link Body#OTHER} for any other series
   */
  public Body body() {
    switch (organ()) {
      case "A":
        // the first component of the body path, read in place: an extractor asks this of every
        // symbol it finds, and most have no body path
        int k = firstOf(SegmentKind.BODY);
        if (k < 0) {
          return Body.GA;
        }
        int from = marks[3 * k + 1];
        int length = marks[3 * k + 2] - from;
        if (length == 3 && canonical.startsWith("HRC", from)) {
          return Body.HRC;
        }
        if (length == 3 && isMainCommittee(canonical, from)) {
          return Body.mainCommittee(canonical.charAt(from + 2) - '0').orElseThrow();
        }
        return Body.GA;
      case "S":
        return Body.SC;
      case "E":
        return Body.ECOSOC;
      default:
        return Body.OTHER;
    }
  }

  /** {@code C.1} to {@code C.6} at {@code from}: the Assembly's Main Committees. */
  private static boolean isMainCommittee(String text, int from) {
    return text.charAt(from) == 'C' && text.charAt(from + 1) == '.'
        && text.charAt(from + 2) >= '1' && text.charAt(from + 2) <= '6';
  }

  /** The first segment of a kind, or -1. */
  private int firstOf(SegmentKind kind) {
    for (int k = 0; k < segmentCount; k++) {
      if (KINDS[kinds[k]] == kind) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether this is the symbol of a resolution ({@code RES}).
   *
   * @return true for {@code A/RES/...}, {@code S/RES/...}, {@code E/RES/...},
   *     {@code A/HRC/RES/...}
   */
  public boolean isResolution() {
    return type == DocumentType.RESOLUTION;
  }

  /**
   * The document's address on the UN's document system.
   *
   * @param language the language version
   * @return {@code https://undocs.org/{lang}/{canonical}}
   */
  public URI undocsUrl(Language language) {
    return URI.create("https://undocs.org/" + language.code() + "/" + canonical);
  }

  /**
   * The Akoma Ntoso work IRI of a resolution, as the UN's AKN4UN files write it:
   * {@code /akn/un/statement/deliberation/unga/2022-12-07/77-34/} (GA),
   * {@code .../unsc/2024-03-25/2728-2024/} (SC), {@code .../unecosoc/2020-07-21/2021-1/} (ECOSOC),
   * {@code .../unga-hrc/2023-10-11/54-10/} (HRC). Part letters follow each body's practice: the
   * General Assembly and the Council drop a single letter and keep a range ({@code 75-101A-B}),
   * ECOSOC keeps it ({@code 2021-2B}).
   *
   * @param adoption the date of adoption
   * @return the work IRI, ending in {@code /}
   * @throws IllegalStateException when this is not the symbol of a GA, SC, ECOSOC or HRC
   *     resolution
   */
  public String akn4unWorkIri(LocalDate adoption) {
    Objects.requireNonNull(adoption, "adoption");
    if (!isResolution() || number().isEmpty()) {
      throw new IllegalStateException(canonical + " is not the symbol of a resolution");
    }
    String number = number().get();
    String part = part().orElse("");
    String name;
    switch (body()) {
      case GA:
      case HRC:
        String session = session().orElseThrow(() -> new IllegalStateException(canonical + " has no session"));
        String multiPart = part.contains("-") ? part : "";
        boolean roman = first(SegmentKind.SESSION).isPresent() && segments().stream()
            .anyMatch(s -> s.kind() == SegmentKind.SESSION && s.printed().startsWith("("));
        name = roman ? number + part + "-" + session : session + "-" + number + multiPart;
        break;
      case SC:
        name = number + "-" + year().orElseThrow(() -> new IllegalStateException(canonical + " has no year"));
        break;
      case ECOSOC:
        name = year().isPresent()
            ? year().getAsInt() + "-" + number + part
            : number + part + "-" + session().orElseThrow(() -> new IllegalStateException(canonical + " has no year"));
        break;
      default:
        throw new IllegalStateException(canonical + " is not a resolution of the GA, SC, ECOSOC or HRC");
    }
    return "/akn/un/statement/deliberation/" + body().aknName() + "/" + adoption + "/" + name + "/";
  }

  /**
   * The Akoma Ntoso expression IRI of a resolution in one language:
   * {@code {work}{lang3}@/}, e.g. {@code .../unga/2022-12-07/77-34/fra@/}.
   *
   * @param adoption the date of adoption
   * @param language the language of the expression
   * @return the expression IRI
   * @throws IllegalStateException as {@link #akn4unWorkIri(LocalDate)}
   */
  public String akn4unExpressionIri(LocalDate adoption, Language language) {
    return akn4unWorkIri(adoption) + language.iso6392() + "@/";
  }

  private Optional<String> first(SegmentKind kind) {
    int k = firstOf(kind);
    return k < 0 ? Optional.empty() : Optional.of(value(k));
  }

  private List<String> values(SegmentKind kind) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int k = 0; k < segmentCount; k++) {
      if (KINDS[kinds[k]] == kind) {
        out.add(value(k));
      }
    }
    return out.build();
  }

  /** Equal when the canonical forms are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentSymbol && ((DocumentSymbol) other).canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /** The canonical form. */
  @Override
  public String toString() {
    return canonical;
  }
}
