package dev.resolute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The instrument one volume of a Treaty Series reference holds: volume 2237 of No. 39574 is the
 * Trafficking in Persons Protocol, with UN depositary chapter {@code XVIII-12-a}.
 */
@Value.Immutable
abstract class TreatyInstrumentDef {
  /** The volume, as printed. */
  @Value.Parameter
  public abstract String volume();

  /** The instrument's name. */
  @Value.Parameter
  public abstract String instrument();

  /** The UN depositary chapter, e.g. {@code XVIII-12-a}, where the gazetteer has it. */
  @Value.Parameter
  public abstract Optional<String> depositaryChapter();

  @Value.Check
  final void check() {
    Checks.notBlank("TreatyInstrument", "volume", volume());
    Checks.notBlank("TreatyInstrument", "instrument", instrument());
  }
}
