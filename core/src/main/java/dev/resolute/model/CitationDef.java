package dev.resolute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to another resolution, decision, document, meeting record or treaty, resolved to its
 * canonical identifier, with the exact text it was read from.
 */
@Value.Immutable
abstract class CitationDef {
  /** What is cited. */
  public abstract CitationKind kind();

  /** The canonical identifier of CONVENTIONS: {@code A/RES/65/232}, {@code I-39574}, ... */
  public abstract String canonical();

  /** A resolution's part letter, also part of {@link #canonical()}. */
  public abstract Optional<String> part();

  /** The exact text: {@code input.substring(span.start, span.end)}. */
  public abstract String text();

  /** Where the text stands in the input. */
  public abstract Span span();

  /**
   * Where the citation stands in the resolution: {@code header}, {@code title},
   * {@code preamble:N}, {@code operative:N}, {@code operative:B.2}, {@code operative:#k},
   * {@code footnote:M}, {@code annex:K}, with subparagraphs appended ({@code operative:3(a)(ii)});
   * {@code link} for a link read from Akoma Ntoso outside every clause and note.
   */
  public abstract String location();

  /** The date the text gives for the cited item, where it gives one. */
  public abstract Optional<LocalDate> date();

  /** For treaties: the Treaty Series reference, resolved through the gazetteer. */
  public abstract Optional<TreatyReference> treaty();

  @Value.Check
  final void check() {
    Checks.notBlank("Citation", "canonical", canonical());
    Checks.notBlank("Citation", "location", location());
    if (text().length() != span().length()) {
      throw InvalidValueException.of("Citation", "text", text(),
          "has " + text().length() + " characters but its span " + span() + " covers " + span().length());
    }
    if (treaty().isPresent() != (kind() == CitationKind.TREATY)) {
      throw InvalidValueException.of("Citation", "treaty", treaty(),
          "is given exactly for citations of kind treaty (kind is " + kind().code() + ")");
    }
    if (treaty().isPresent() && !treaty().get().canonical().equals(canonical())) {
      throw InvalidValueException.of("Citation", "canonical", canonical(),
          "differs from the treaty reference's " + treaty().get().canonical());
    }
    if (part().isPresent() && !canonical().contains(part().get())) {
      throw InvalidValueException.of("Citation", "part", part().get(), "is not part of the canonical " + canonical());
    }
  }
}
