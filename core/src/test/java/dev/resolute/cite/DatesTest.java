package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates as the extractor reads them where a number's date may stand: a single date, or a list of
 * days in one month. The reader tries the single date first (most dates are single); a list of
 * days must still be read whole, every day of it, in each language whose tables print lists.
 */
class DatesTest {

  private static Optional<List<LocalDate>> at(String text, Language language) {
    return new Dates.Reader(text, CiteTables.of(language)).at(0).map(Dates.Found::dates);
  }

  private static List<LocalDate> days(int year, int month, int... days) {
    return java.util.Arrays.stream(days).mapToObj(d -> LocalDate.of(year, month, d)).toList();
  }

  @Test
  void aSingleDateIsReadInEachLanguage() {
    assertEquals(Optional.of(days(2010, 12, 21)), at("21 December 2010", Language.EN));
    assertEquals(Optional.of(days(2020, 7, 1)), at("1er juillet 2020", Language.FR));
    assertEquals(Optional.of(days(2024, 3, 25)), at("25 de marzo de 2024", Language.ES));
    assertEquals(Optional.of(days(2024, 3, 25)), at("25 марта 2024 года", Language.RU));
    assertEquals(Optional.of(days(2010, 12, 21)), at("21 كانون الأول/ديسمبر 2010", Language.AR));
    assertEquals(Optional.of(days(2024, 3, 25)), at("2024年3月25日", Language.ZH));
  }

  @Test
  void aListOfDaysIsReadWholeNotAsItsFirstDay() {
    assertEquals(Optional.of(days(2020, 5, 5, 6)), at("5 and 6 May 2020", Language.EN));
    assertEquals(Optional.of(days(2007, 7, 25, 26)), at("25 et 26 juillet 2007", Language.FR));
    assertEquals(Optional.of(days(2007, 7, 1, 2)), at("1er et 2 juillet 2007", Language.FR));
    assertEquals(Optional.of(days(2024, 3, 24, 25, 26)), at("24, 25 y 26 de marzo de 2024", Language.ES));
    assertEquals(Optional.of(days(2024, 3, 25, 26)), at("25 и 26 марта 2024 года", Language.RU));
  }

  @Test
  void aNumberThatIsNoDateReadsNothing() {
    assertEquals(Optional.empty(), at("65/232", Language.EN));
    assertEquals(Optional.empty(), at("21 and 2010", Language.EN));
    assertEquals(Optional.empty(), at("25 et les 26 pays", Language.FR));
  }

  @Test
  void arabicDatesAreReadAsTheTextsPrintThem() {
    // A/RES/75/115, 75/216, 75/208, A/HRC/RES/54/8, A/RES/75/168 (ar): a tatweel, a shadda, the
    // Western name alone, the year glued to the month, the slash left out, no-break spaces
    assertEquals(Optional.of(days(1960, 12, 14)), at("14 كانـون الأول/ديسمبر 1960", Language.AR));
    assertEquals(Optional.of(days(2019, 12, 19)), at("19 كانون الأوّل/ديسمبر 2019", Language.AR));
    assertEquals(Optional.of(days(2019, 12, 19)), at("19 ديسمبر 2019", Language.AR));
    assertEquals(Optional.of(days(2005, 12, 16)), at("16 كانون الأول/ديسمبر2005", Language.AR));
    assertEquals(Optional.of(days(2016, 9, 29)), at("29 أيلول سبتمبر 2016", Language.AR));
    // A/RES/75/169: no-break spaces inside the month's name and before the year
    assertEquals(Optional.of(days(2012, 12, 20)), at("20 كانون\u00a0الأول/ديسمبر\u00a02012", Language.AR));
  }

  @Test
  void spanishAndFrenchDatesAreReadWithTheirSlips() {
    // A/HRC/RES/54/34, A/RES/75/215, 75/82 (es) and A/RES/75/159 (fr): a "de" left out or glued, a space left out
    assertEquals(Optional.of(days(2012, 3, 23)), at("23 marzo de 2012", Language.ES));
    assertEquals(Optional.of(days(2020, 4, 13)), at("13 de abril 2020", Language.ES));
    assertEquals(Optional.of(days(2010, 12, 8)), at("8de diciembre de 2010", Language.ES));
    assertEquals(Optional.of(days(2008, 12, 18)), at("18décembre 2008", Language.FR));
  }
}
