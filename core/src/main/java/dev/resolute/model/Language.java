package dev.resolute.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The six official languages of the United Nations, with their ISO 639-1 codes (used in JSON and
 * in {@code undocs.org} links) and ISO 639-2/B codes (used in Akoma Ntoso expression IRIs).
 */
public enum Language {
  /** Arabic. */
  AR("ar", "ara"),
  /** Chinese. */
  ZH("zh", "zho"),
  /** English. */
  EN("en", "eng"),
  /** French. */
  FR("fr", "fra"),
  /** Russian. */
  RU("ru", "rus"),
  /** Spanish. */
  ES("es", "spa");

  /** The constants, read once: {@code values()} copies its array at every call. */
  private static final Language[] VALUES = values();

  private final String code;
  private final String iso6392;

  Language(String code, String iso6392) {
    this.code = code;
    this.iso6392 = iso6392;
  }

  /**
   * The ISO 639-1 code, e.g. {@code fr}.
   *
   * @return the two-letter code
   */
  public String code() {
    return code;
  }

  /**
   * The ISO 639-2 code as Akoma Ntoso writes it, e.g. {@code fra}.
   *
   * @return the three-letter code
   */
  public String iso6392() {
    return iso6392;
  }

  /**
   * The language with this ISO 639-1 or 639-2 code, ignoring case.
   *
   * @param code {@code fr}, {@code FRA}, ...
   * @return the language, or empty when the code names none of the six
   */
  public static Optional<Language> fromCode(String code) {
    String lower = code.trim().toLowerCase(Locale.ROOT);
    for (Language language : VALUES) {
      if (language.code.equals(lower) || language.iso6392.equals(lower)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The language with this code, failing where there is none.
   *
   * @param code an ISO 639-1 or 639-2 code
   * @return the language
   * @throws InvalidValueException when the code names none of the six languages
   */
  public static Language of(String code) {
    return fromCode(code)
        .orElseThrow(
            () ->
                InvalidValueException.of(
                    "Language", "code", code, "is not one of ar, en, es, fr, ru, zh"));
  }
}
