package dev.resolute.format;

import dev.resolute.model.Citation;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.model.TreatySeries;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What this library's Akoma Ntoso carries beyond the UN's markup, as URL-encoded {@code key=value}
 * pairs ({@code date=2010-12-21&volume=2225&volume=2237}): a citation's date and treaty details in
 * the {@code title} of its {@code <a>}, a reference's instrument in its {@code <ref>}, an actor's
 * names by language in its IRI's query. The UN's own files carry none; then nothing is read.
 */
final class LinkFields {
  private LinkFields() {}

  /** The title of a citation's link; null where there is nothing beyond the target. */
  static String write(Citation c) {
    List<String> pairs = new ArrayList<>();
    c.date().ifPresent(d -> pairs.add(pair("date", d.toString())));
    c.treaty().ifPresent(t -> {
      pairs.add(pair("series", t.series().name()));
      t.registration().ifPresent(r -> pairs.add(pair("registration", r)));
      t.volumes().forEach(v -> pairs.add(pair("volume", v)));
      t.pages().forEach(p -> pairs.add(pair("page", p)));
      t.pinpoint().ifPresent(p -> pairs.add(pair("pinpoint", p)));
      t.instruments().forEach(i -> pairs.add(pair("instrument",
          i.volume() + "|" + i.instrument() + "|" + i.depositaryChapter().orElse(""))));
    });
    return pairs.isEmpty() ? null : String.join("&", pairs);
  }

  /** Sets on the builder what the title holds; a treaty where {@code treaty} is true. */
  static Citation.Builder read(Citation.Builder c, String title, boolean treaty) {
    TreatyReference.Builder t = TreatyReference.builder().series(TreatySeries.UNTS);
    decode(title, (key, value) -> {
      switch (key) {
        case "date":
          try {
            c.date(LocalDate.parse(value));
          } catch (DateTimeParseException e) {
            // not a date: nothing to read
          }
          break;
        case "series":
          if (value.equals("LNTS")) {
            t.series(TreatySeries.LNTS);
          }
          break;
        case "registration":
          t.registration(value);
          break;
        case "volume":
          t.addVolumes(value);
          break;
        case "page":
          t.addPages(value);
          break;
        case "pinpoint":
          t.pinpoint(value);
          break;
        case "instrument": {
          String[] parts = value.split("\\|", -1);
          if (parts.length == 3) {
            t.addInstruments(TreatyInstrument.of(parts[0], parts[1],
                parts[2].isEmpty() ? Optional.empty() : Optional.of(parts[2])));
          }
          break;
        }
        default:
          break;
      }
    });
    if (treaty) {
      c.treaty(t.build());
    }
    return c;
  }

  /** One pair, the value URL-encoded. */
  static String pair(String key, String value) {
    return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Hands each pair of an encoded text (null for none) to the sink, values decoded. */
  static void decode(String encoded, java.util.function.BiConsumer<String, String> sink) {
    if (encoded == null) {
      return;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        sink.accept(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
  }
}
