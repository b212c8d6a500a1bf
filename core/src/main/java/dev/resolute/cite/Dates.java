package dev.resolute.cite;

import dev.resolute.internal.Scripts;
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
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** White space of any kind, the no-break space included (Arabic prints one inside "كانون الأول"). */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
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

  /** A date or a list of dates in a text: the dates, where they start and where they end. */
  record Found(List<LocalDate> dates, int start, int end) {}

  /**
   * The dates of one text, read with one matcher per pattern made at its first use: an extraction
   * asks for dates at every number and list item, and a matcher made for each question cost more
   * than its match.
   */
  static final class Reader {
    private final CharSequence text;
    private final CiteTables tables;
    private final Matcher[] lists;
    private final Matcher[] singles;
    private Matcher day;
    private Matcher word;

    Reader(CharSequence text, CiteTables tables) {
      this.text = text;
      this.tables = tables;
      this.lists = new Matcher[tables.dateList.size()];
      this.singles = new Matcher[tables.date.size()];
    }

    /** A date or a list of dates opening the text at {@code from}: the dates and where they end. */
    Optional<Found> at(int from) {
      return at(from, text.length());
    }

    /**
     * As {@link #at(int)}, with the text read as if it ended at {@code end} (a region with opaque
     * bounds: no pattern looks past it), without copying it.
     */
    private Optional<Found> at(int from, int end) {
      if (tables.datesOpenWithDigit && (from >= end || !Scripts.isDigit(text.charAt(from)))) {
        return Optional.empty();
      }
      // a single date first, as most dates are: where one opens here no list of days can (the
      // list's second day stands where the single date has its month's name), so trying the lists
      // first cost every single date a failed match (DatesTest reads lists in each language)
      for (int k = 0; k < singles.length; k++) {
        Matcher m = matcher(singles, k, tables.date).region(from, end);
        if (m.lookingAt()) {
          Optional<LocalDate> date = date(tables, m.group("d"), m.group("m"), m.group("y"));
          if (date.isPresent()) {
            return Optional.of(new Found(List.of(date.get()), m.start(), m.end()));
          }
        }
      }
      for (int k = 0; k < lists.length; k++) {
        Matcher m = matcher(lists, k, tables.dateList).region(from, end);
        if (m.lookingAt()) {
          List<LocalDate> dates = new ArrayList<>();
          if (day == null) {
            day = DAY.matcher(text);
          }
          // each day with the month printed after it, or the list's last month: "25 et 26 juillet
          // 2007", "24 juin, 26 septembre et 18 octobre 2013" (the pattern lets only a month stand there)
          int listEnd = m.start("m");
          day.region(m.start(), listEnd);
          String dayFound = day.find() ? day.group() : null;
          while (dayFound != null) {
            int dayEnd = day.end();
            String next = day.find() ? day.group() : null;
            String month = monthBetween(dayEnd, next == null ? listEnd : day.start());
            date(tables, dayFound, month == null ? m.group("m") : month, m.group("y")).ifPresent(dates::add);
            dayFound = next;
          }
          if (!dates.isEmpty()) {
            return Optional.of(new Found(dates, m.start(), m.end()));
          }
        }
      }
      return Optional.empty();
    }

    /** The first month's name printed between {@code from} and {@code to}, or null. */
    private String monthBetween(int from, int to) {
      if (word == null) {
        word = WORD.matcher(text);
      }
      word.region(from, to);
      while (word.find()) {
        if (monthNumber(tables, word.group()) != null) {
          return word.group();
        }
      }
      return null;
    }

    private Matcher matcher(Matcher[] made, int k, List<Pattern> patterns) {
      if (made[k] == null) {
        made[k] = patterns.get(k).matcher(text);
      }
      return made[k];
    }

    /**
     * A single date ending exactly at {@code end}, for languages that print the date before what it
     * dates ({@code 2010年12月21日大会第65/232号决议}); looks back a bounded window only.
     */
    Optional<Found> endingAt(int end) {
      for (int from = Math.max(0, end - 24); from < end; from++) {
        if (from > 0 && Scripts.isDigit(text.charAt(from - 1))) {
          continue;
        }
        Optional<Found> found = at(from, end);
        if (found.isPresent() && found.get().end() == end) {
          return found;
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A month's name as the table holds it: most are printed so already; else spaces and slashes
   * evened, an Arabic name's tatweel and vowel marks dropped ("كانـون الأوّل/ديسمبر"), the slash
   * between its two names put back.
   */
  private static Integer monthNumber(CiteTables tables, String month) {
    String lower = month.toLowerCase(java.util.Locale.ROOT);
    Integer number = tables.months.get(lower);
    if (number != null) {
      return number;
    }
    StringBuilder bare = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      if (!Scripts.isArabicMark(lower.charAt(i))) {
        bare.append(lower.charAt(i));
      }
    }
    String evened = AROUND_SLASH.matcher(SPACES.matcher(bare.toString().strip()).replaceAll(" ")).replaceAll("/");
    number = tables.months.get(evened);
    int space = evened.lastIndexOf(' ');
    if (number == null && space > 0 && evened.indexOf('/') < 0) {
      // the slash between an Arabic month's two names left out: "أيلول سبتمبر"
      number = tables.months.get(evened.substring(0, space) + "/" + evened.substring(space + 1));
    }
    return number;
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Scripts.isDigit(text.charAt(i))) {
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
