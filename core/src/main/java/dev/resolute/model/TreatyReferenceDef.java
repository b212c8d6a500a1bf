package dev.resolute.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference into a treaty series: {@code United Nations, Treaty Series, vol. 2225, No. 39574},
 * {@code Ibid., vol. 2349, n° 42146}, {@code League of Nations, Treaty Series, vol. XCIV, No. 2138},
 * {@code United Nations, Treaty Series, vol. 75, p. 287}.
 */
@Value.Immutable
abstract class TreatyReferenceDef {
  /** The series. */
  public abstract TreatySeries series();

  /** The registration number, e.g. {@code 39574}; absent for volume-and-page references. */
  public abstract Optional<String> registration();

  /** The volumes, as printed. */
  public abstract List<String> volumes();

  /** For each volume the gazetteer knows: the instrument and its depositary chapter. */
  public abstract List<TreatyInstrument> instruments();

  /** Pages, as printed. */
  public abstract List<String> pages();

  /** A pinpoint inside the treaty ({@code art. 14, para. 2}), where printed. */
  public abstract Optional<String> pinpoint();

  /**
   * The canonical identifier: {@code I-39574}, {@code LNTS-2138} or {@code UNTS-V75-P287}.
   *
   * @return the identifier of CONVENTIONS
   */
  public final String canonical() {
    if (registration().isPresent()) {
      return (series() == TreatySeries.LNTS ? "LNTS-" : "I-") + registration().get();
    }
    return series().name() + "-V" + volumes().get(0) + "-P" + pages().get(0);
  }

  @Value.Check
  final void check() {
    Checks.optionalNotBlank("TreatyReference", "registration", registration());
    InvalidValueException.check(
        registration().isPresent() || !volumes().isEmpty() && !pages().isEmpty(),
        "TreatyReference", "registration", registration(),
        "is required unless a volume and a page are given");
    for (int i = 0; i < instruments().size(); i++) {
      String volume = instruments().get(i).volume();
      if (!volumes().contains(volume)) {
        throw InvalidValueException.of("TreatyReference", "instruments[" + i + "].volume", volume,
            "is not one of the volumes " + volumes());
      }
    }
  }
}
