package dev.resolute.model;

import dev.resolute.symbol.DocumentSymbol;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A United Nations resolution or draft resolution: its identification, title, enacting formula,
 * preamble, operative part, footnotes, citations, actors and annexes.
 *
 * <pre>{@code
 * Resolution r = Resolution.builder()
 *     .body(Body.GA)
 *     .language(Language.EN)
 *     .enactingFormula("The General Assembly,")
 *     .addPreamble(PreambularClause.of("Recalling", "Recalling its resolution 65/232,", Span.of(22, 55)))
 *     .addOperative(OperativeClause.of("1", "Decides", "Decides to remain seized of the matter.", Span.of(57, 99)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class ResolutionDef {
  /** The document's own symbol, e.g. {@code A/C.3/66/L.15}, where known. */
  public abstract Optional<DocumentSymbol> symbol();

  /** The body the resolution or draft comes from. */
  public abstract Body body();

  /** The session ({@code 66}, {@code S-26}) or, for the Council and ECOSOC, the year. */
  public abstract Optional<String> session();

  /** The language of this text. */
  public abstract Language language();

  /** The title. */
  public abstract Optional<String> title();

  /** The date of adoption, where the text gives it. */
  public abstract Optional<LocalDate> adoptionDate();

  /** The date of issue of the document, where the cover page gives it. */
  public abstract Optional<LocalDate> issueDate();

  /** The agenda item, as printed (e.g. {@code 104}), where the cover page gives it. */
  public abstract Optional<String> agendaItem();

  /** Whether this is a draft ({@code L.} document) rather than an adopted resolution. */
  @Value.Default
  public boolean draft() {
    return symbol().flatMap(DocumentSymbol::documentType)
        .filter(t -> t == dev.resolute.symbol.DocumentType.DRAFT).isPresent();
  }

  /** The enacting formula, e.g. {@code L’Assemblée générale,}. */
  public abstract Optional<String> enactingFormula();

  /**
   * The preambular paragraphs, in order. Most stand before the operative part; a resolution in
   * parts (A/RES/75/245, E/RES/2021/13) gives a part its own preambular paragraphs, which then
   * follow operative paragraphs of the part before.
   */
  public abstract List<PreambularClause> preamble();

  /** The operative paragraphs, in order; headings are kept apart in {@link #headings()}. */
  public abstract List<OperativeClause> operative();

  /** Headings inside the operative part. */
  public abstract List<SectionHeading> headings();

  /** The footnotes, each marker once. */
  public abstract List<Footnote> footnotes();

  /** Every citation, in the order of the input. */
  public abstract List<Citation> citations();

  /** Internal references, pinpoints and treaty mentions, in the order of the input. */
  public abstract List<Reference> references();

  /** Actors named by or sponsoring the resolution. */
  public abstract List<Actor> actors();

  /** The annexes, never counted as operative paragraphs. */
  public abstract List<Annex> annexes();

  /**
   * The location string of an operative paragraph: {@code operative:7}, {@code operative:B.2}
   * under a heading where numbering restarts, {@code operative:#k} for the k-th unnumbered one.
   *
   * @param index the paragraph's index in {@link #operative()}, 0-based
   * @return the location
   */
  public final String operativeLocation(int index) {
    OperativeClause clause = operative().get(index);
    if (clause.number().isEmpty()) {
      int k = 0;
      for (int i = 0; i <= index; i++) {
        if (operative().get(i).number().isEmpty()) {
          k++;
        }
      }
      return "operative:#" + k;
    }
    return "operative:" + clause.section().map(s -> s + ".").orElse("") + clause.number().get();
  }

  @Value.Check
  final void check() {
    Checks.optionalNotBlank("Resolution", "session", session());
    Checks.ordered("Resolution", "preamble", preamble(), PreambularClause::span);
    Checks.ordered("Resolution", "operative", operative(), OperativeClause::span);
    checkApart();
    checkNumbering();
    Checks.unique("Resolution", "footnotes.marker", footnotes(), Footnote::marker);
    Checks.unique("Resolution", "actors.id", actors(), Actor::id);
    int previousStart = -1;
    for (int i = 0; i < citations().size(); i++) {
      Span span = citations().get(i).span();
      if (span.start() < previousStart) {
        throw InvalidValueException.of("Resolution", "citations[" + i + "].span", span, "is out of input order");
      }
      previousStart = span.start();
    }
    int previousFirst = 0;
    for (int i = 0; i < headings().size(); i++) {
      int firstOperative = headings().get(i).firstOperative();
      if (firstOperative < previousFirst || firstOperative > operative().size()) {
        throw InvalidValueException.of("Resolution", "headings[" + i + "].firstOperative", firstOperative,
            "must lie between " + previousFirst + " and the number of operative paragraphs " + operative().size());
      }
      previousFirst = firstOperative;
    }
  }

  /** No preambular paragraph overlaps an operative one: both lists are in order, so one merge walk. */
  private void checkApart() {
    int p = 0;
    int o = 0;
    while (p < preamble().size() && o < operative().size()) {
      Span preambular = preamble().get(p).span();
      Span operativeSpan = operative().get(o).span();
      if (preambular.end() <= operativeSpan.start()) {
        p++;
      } else if (operativeSpan.end() <= preambular.start()) {
        o++;
      } else {
        throw InvalidValueException.of("Resolution", "operative[" + o + "].span", operativeSpan,
            "overlaps preamble[" + p + "].span " + preambular);
      }
    }
  }

  /** Numbers increase within a section; numbering may restart under a new section. */
  private void checkNumbering() {
    Optional<String> section = Optional.empty();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < operative().size(); i++) {
      OperativeClause clause = operative().get(i);
      if (!clause.section().equals(section)) {
        section = clause.section();
        previous = Long.MIN_VALUE;
      }
      long number = clause.number().isPresent() ? smallNumber(clause.number().get()) : -1;
      if (number < 0) {
        continue;
      }
      if (number <= previous) {
        throw InvalidValueException.of("Resolution", "operative[" + i + "].number", clause.number().get(),
            "does not increase within its section (previous " + previous + ")");
      }
      previous = number;
    }
  }

  /** The value of one to nine ASCII digits; -1 for any other text (read in one pass, no parse). */
  private static long smallNumber(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
