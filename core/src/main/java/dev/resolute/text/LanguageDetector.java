package dev.resolute.text;

import dev.resolute.model.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Detects the language of a text: by script for Arabic, Chinese and Russian, by the enacting
 * formulas and frequent words of each language's table for English, French and Spanish.
 */
final class LanguageDetector {
  private static final int SAMPLE = 20_000;

  private LanguageDetector() {}

  static Language detect(CharSequence text) {
    String input = text.toString(); // one concrete type for the loop below
    int n = Math.min(input.length(), SAMPLE);
    int arabic = 0;
    int han = 0;
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < n; i++) {
      if ((i & (CHUNK - 1)) == 0 && i > 0 && decided(arabic, han, cyrillic, latin / 3)) {
        break;
      }
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
    return bestLatin(input.substring(0, Math.min(n, 6_000)));
  }

  /** How often the script counts are looked at for a decision, in characters (a power of two). */
  private static final int CHUNK = 2_048;

  /**
   * Whether one script leads the counts so far beyond a reversal: it has {@code DECIDED} letters
   * and each other script under a tenth of them. Most texts are decided in their first few
   * thousand characters, and the count need not run on to {@link #SAMPLE}.
   */
  private static boolean decided(int... counts) {
    int first = 0;
    int second = 0;
    for (int count : counts) {
      if (count > first) {
        second = first;
        first = count;
      } else if (count > second) {
        second = count;
      }
    }
    return first >= DECIDED && second * 10 < first;
  }

  private static final int DECIDED = 1_000;

  private static final Language[] LATIN = {Language.EN, Language.FR, Language.ES};

  /** Each stop word of the Latin-script languages, with the languages whose table holds it. */
  private static final Map<String, Language[]> STOPWORDS = stopwords();

  /** The longest stop word: a longer word is not looked up. */
  private static final int LONGEST_STOPWORD = STOPWORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

  /** The enacting formulas of the Latin-script languages, lower-cased once. */
  private static final Map<Language, List<String>> FORMULAS = formulas();

  private static Map<Language, List<String>> formulas() {
    Map<Language, List<String>> out = new EnumMap<>(Language.class);
    for (Language language : LATIN) {
      out.put(language, LanguageTables.of(language).formulas.stream()
          .map(f -> f.text().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableList()));
    }
    return out;
  }

  private static Map<String, Language[]> stopwords() {
    Map<String, Language[]> words = new java.util.HashMap<>();
    for (Language language : LATIN) {
      for (String word : LanguageTables.of(language).stopwords) {
        Language[] holders = words.getOrDefault(word, new Language[0]);
        Language[] more = java.util.Arrays.copyOf(holders, holders.length + 1);
        more[holders.length] = language;
        words.put(word, more);
      }
    }
    return words;
  }

  /**
   * The Latin-script language whose enacting formula the sample holds (50 points) and whose stop
   * words it uses most (a point each, counted in one pass over the sample's words).
   */
  private static Language bestLatin(String sample) {
    String lower = sample.toLowerCase(Locale.ROOT);
    Map<Language, Integer> scores = new EnumMap<>(Language.class);
    for (Language language : LATIN) {
      int score = 0;
      for (String formula : FORMULAS.get(language)) {
        if (lower.contains(formula)) {
          score += 50;
        }
      }
      scores.put(language, score);
    }
    int i = 0;
    while (i < lower.length()) {
      // a word between spaces, as the tables' words stand in running text
      int start = i;
      while (i < lower.length() && lower.charAt(i) != ' ') {
        i++;
      }
      if (i > start && start > 0 && i < lower.length() && i - start <= LONGEST_STOPWORD) {
        Language[] holders = STOPWORDS.get(lower.substring(start, i));
        if (holders != null) {
          for (Language language : holders) {
            scores.merge(language, 1, Integer::sum);
          }
        }
      }
      i++;
    }
    Language best = Language.EN;
    for (Map.Entry<Language, Integer> e : scores.entrySet()) {
      if (e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
