package dev.resolute.cite;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.resolute.model.TreatyInstrument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UN Treaty Series gazetteer ({@code treaties.csv}): for a registration number and a volume,
 * the instrument that volume holds and its UN depositary chapter. Volume 2237 of No. 39574 is the
 * Trafficking in Persons Protocol, not the Convention.
 */
final class Gazetteer {
  /** A short name that is only an acronym ("ICCPR"): the full name is cited instead. */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9-]+");
  private static final Gazetteer INSTANCE = new Gazetteer();

  /** One row: an instrument of a registration, in given volumes. */
  record Entry(String registration, List<String> volumes, String shortName, String fullNameEn, String fullNameFr,
      String fullNameEs, Optional<String> chapter, String instrument) {
    /**
     * An entry, with the name used in citations: the short name, or the full name where the short
     * one is an acronym (read once here: every mention of the treaty asks it).
     */
    Entry(String registration, List<String> volumes, String shortName, String fullNameEn, String fullNameFr,
        String fullNameEs, Optional<String> chapter) {
      this(registration, volumes, shortName, fullNameEn, fullNameFr, fullNameEs, chapter,
          ACRONYM.matcher(shortName).matches() || shortName.isBlank() ? fullNameEn : shortName);
    }

    /** The full name in a language of the gazetteer (en, fr, es), or null. */
    String name(dev.resolute.model.Language language) {
      switch (language) {
        case EN:
          return fullNameEn.isBlank() ? null : fullNameEn;
        case FR:
          return fullNameFr.isBlank() ? null : fullNameFr;
        case ES:
          return fullNameEs.isBlank() ? null : fullNameEs;
        default:
          return null;
      }
    }
  }

  /**
   * The instrument of each registration's volume ({@code "970/75"}), made once: an extraction asks
   * one for every Treaty Series volume it cites.
   */
  private final ImmutableMap<String, TreatyInstrument> instrumentByRegistrationAndVolume;
  private final ImmutableMap<String, List<Entry>> byRegistration;

  private Gazetteer() {
    Map<String, Entry> byVolume = new HashMap<>();
    Map<String, TreatyInstrument> instruments = new HashMap<>();
    Map<String, List<Entry>> byRegistration = new HashMap<>();
    List<String> lines = CiteTables.lines("treaties.csv");
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = dev.resolute.internal.DataTables.csv(line);
      if (cells.size() < 8 || cells.get(0).isBlank()) {
        continue;
      }
      List<String> volumes = List.of(cells.get(1).trim().split("\\s+"));
      Entry entry = new Entry(cells.get(0).trim(), volumes, cells.get(2), cells.get(3), cells.get(4), cells.get(5),
          cells.get(7).isBlank() ? Optional.empty() : Optional.of(cells.get(7).trim()));
      for (String volume : volumes) {
        String key = entry.registration() + "/" + volume;
        if (byVolume.putIfAbsent(key, entry) == null && !volume.isEmpty()) {
          // made once, as the first row listing the volume gives it (a row without its volume: no citation names an empty one)
          instruments.put(key, TreatyInstrument.of(volume, entry.instrument(), entry.chapter()));
        }
      }
      byRegistration.computeIfAbsent(entry.registration(), k -> new ArrayList<>()).add(entry);
    }
    this.instrumentByRegistrationAndVolume = ImmutableMap.copyOf(instruments);
    this.byRegistration = ImmutableMap.copyOf(byRegistration);
    // Arabic, Russian and Chinese names, as printed in the UN's texts (treaty-names.tsv)
    ImmutableListMultimap.Builder<String, String> names = ImmutableListMultimap.builder();
    for (String line : CiteTables.lines("treaty-names.tsv")) {
      String[] cells = line.split("\t");
      Entry entry = cells.length == 4 ? byVolume.get(cells[0] + "/" + cells[1]) : null;
      if (entry != null) {
        names.put(entry.registration() + "/" + entry.volumes().get(0) + "/" + cells[2], cells[3]);
      }
    }
    this.printedNames = names.build();
  }

  /** Names of an entry in languages the gazetteer has no column for, by registration/volume/language. */
  private final ImmutableListMultimap<String, String> printedNames;

  /**
   * The names an instrument is mentioned by in a language: the gazetteer's full name (en, fr, es),
   * and the names the UN's own texts print (ar, ru, zh; a Russian name in each case it is found in).
   */
  List<String> names(Entry entry, dev.resolute.model.Language language) {
    List<String> out = new ArrayList<>();
    String name = entry.name(language);
    if (name != null) {
      out.add(name);
    }
    out.addAll(printedNames.get(entry.registration() + "/" + entry.volumes().get(0) + "/" + language.code()));
    return out;
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  /** The instrument in a volume of a registration, where the gazetteer lists that volume. */
  Optional<TreatyInstrument> instrument(String registration, String volume) {
    return Optional.ofNullable(instrumentByRegistrationAndVolume.get(registration + "/" + volume));
  }

  boolean knows(String registration) {
    return byRegistration.containsKey(registration);
  }

  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    byRegistration.values().forEach(out::addAll);
    return out;
  }

}
