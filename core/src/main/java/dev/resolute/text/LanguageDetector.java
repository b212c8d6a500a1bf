package dev.resolute.text;

import dev.resolute.model.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Detects the language of a text: by script for Arabic, Chinese and Russian, by the enacting
 * formulas and frequent words of each language's table for English, French and Spanish.
 */
final class LanguageDetector {
  private static final int SAMPLE = 20_000;

  private LanguageDetector() {}

  static Language detect(CharSequence input) {
    int n = Math.min(input.length(), SAMPLE);
    int arabic = 0;
    int han = 0;
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < n; i++) {
      char c = input.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xc0 && c <= 0x24f) {
        latin++;
      } else if (c >= 0x0600 && c <= 0x06ff || c >= 0xfb50 && c <= 0xfeff) {
        arabic++;
      } else if (c >= 0x4e00 && c <= 0x9fff || c >= 0x3400 && c <= 0x4dbf) {
        han++;
      } else if (c >= 0x0400 && c <= 0x04ff) {
        cyrillic++;
      }
    }
    int max = Math.max(Math.max(arabic, han), Math.max(cyrillic, latin / 3));
    if (max > 0 && max == arabic) {
      return Language.AR;
    }
    if (max > 0 && max == han) {
      return Language.ZH;
    }
    if (max > 0 && max == cyrillic) {
      return Language.RU;
    }
    return bestLatin(input.subSequence(0, Math.min(n, 6_000)).toString());
  }

  private static Language bestLatin(String sample) {
    String lower = sample.toLowerCase(Locale.ROOT);
    Map<Language, Integer> scores = new EnumMap<>(Language.class);
    for (Language language : new Language[] {Language.EN, Language.FR, Language.ES}) {
      LanguageTables tables = LanguageTables.of(language);
      int score = 0;
      for (LanguageTables.Formula formula : tables.formulas) {
        if (lower.contains(formula.text().toLowerCase(Locale.ROOT))) {
          score += 50;
        }
      }
      for (String word : tables.stopwords) {
        score += count(lower, " " + word + " ");
      }
      scores.put(language, score);
    }
    Language best = Language.EN;
    for (Map.Entry<Language, Integer> e : scores.entrySet()) {
      if (e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static int count(String text, String word) {
    int count = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      count++;
    }
    return count;
  }
}
