package dev.resolute.cite;

import dev.resolute.model.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as resolutions print them, in the six languages: {@code 18 décembre 1991},
 * {@code 1er juillet 2020}, {@code 25 de marzo de 2024}, {@code 25 марта 2024 года},
 * {@code 2024年3月25日}, and day lists such as {@code 25 et 26 juillet 2007}. Month names and
 * patterns are data ({@code lang/XX.cite}).
 */
public final class Dates {
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Arabic prints a month's two names with or without spaces around the slash: "تموز/ يوليه". */
  private static final Pattern AROUND_SLASH = Pattern.compile(" ?/ ?");

  private Dates() {}

  /**
   * The first date in a text.
   *
   * @param text the text
   * @param language its language
   * @return the date, or empty
   */
  public static Optional<LocalDate> first(CharSequence text, Language language) {
    CiteTables tables = CiteTables.of(language);
    for (Pattern pattern : tables.date) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = date(tables, m.group("d"), m.group("m"), m.group("y"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** A date or a list of dates opening the text at {@code from}: the dates and where they end. */
  record Found(List<LocalDate> dates, int end) {}

  static Optional<Found> at(CharSequence text, int from, CiteTables tables) {
    return at(text, from, text.length(), tables);
  }

  /**
   * As {@link #at(CharSequence, int, CiteTables)}, with the text read as if it ended at {@code end}
   * (a region with opaque bounds: no pattern looks past it), without copying it.
   */
  private static Optional<Found> at(CharSequence text, int from, int end, CiteTables tables) {
    if (tables.datesOpenWithDigit && (from >= end || !Character.isDigit(text.charAt(from)))) {
      return Optional.empty();
    }
    for (Pattern pattern : tables.dateList) {
      Matcher m = pattern.matcher(text).region(from, end);
      if (m.lookingAt()) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher day = DAY.matcher(text.subSequence(m.start(), m.start("m")));
        while (day.find()) {
          date(tables, day.group(), m.group("m"), m.group("y")).ifPresent(dates::add);
        }
        if (!dates.isEmpty()) {
          return Optional.of(new Found(dates, m.end()));
        }
      }
    }
    for (Pattern pattern : tables.date) {
      Matcher m = pattern.matcher(text).region(from, end);
      if (m.lookingAt()) {
        Optional<LocalDate> date = date(tables, m.group("d"), m.group("m"), m.group("y"));
        if (date.isPresent()) {
          return Optional.of(new Found(List.of(date.get()), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A single date ending exactly at {@code end}, for languages that print the date before what it
   * dates ({@code 2010年12月21日大会第65/232号决议}); looks back a bounded window only.
   */
  static Optional<Found> endingAt(CharSequence text, int end, CiteTables tables) {
    for (int from = Math.max(0, end - 24); from < end; from++) {
      if (from > 0 && Character.isDigit(text.charAt(from - 1))) {
        continue;
      }
      Optional<Found> found = at(text, from, end, tables);
      if (found.isPresent() && found.get().end() == end) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A month's name as the table holds it: most are printed so already; else spaces and slashes evened. */
  private static Integer monthNumber(CiteTables tables, String month) {
    String lower = month.toLowerCase(java.util.Locale.ROOT);
    Integer number = tables.months.get(lower);
    return number != null ? number
        : tables.months.get(AROUND_SLASH.matcher(SPACES.matcher(lower.strip()).replaceAll(" ")).replaceAll("/"));
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> date(CiteTables tables, String day, String month, String year) {
    Integer monthNumber = allDigits(month) ? Integer.valueOf(month) : monthNumber(tables, month);
    if (monthNumber == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
