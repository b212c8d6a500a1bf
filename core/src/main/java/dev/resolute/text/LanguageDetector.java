package dev.resolute.text;

import dev.resolute.internal.CharTrie;
import dev.resolute.model.Language;
import java.util.Locale;

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
    return bestLatin(input.substring(0, Math.min(n, LATIN_SAMPLE)));
  }

  /**
   * How much of a Latin-script text its words are counted in: every text of the corpus, crunsc and
   * unxml (3,116) is told apart in 1,500 characters already; twice that for texts unlike them.
   */
  private static final int LATIN_SAMPLE = 3_000;

  /** How often the script counts are looked at for a decision, in characters (a power of two). */
  private static final int CHUNK = 2_048;

  /**
   * Whether one script leads the counts so far beyond a reversal: it has {@code DECIDED} letters
   * and each other script under a tenth of them. Most texts are decided in their first few
   * thousand characters, and the count need not run on to {@link #SAMPLE}.
   */
  private static boolean decided(int... counts) {
    int[] top = firstTwo(counts);
    return top[0] >= DECIDED && top[1] * 10 < top[0];
  }

  /** The highest count and the next (the same where two counts tie for the highest). */
  private static int[] firstTwo(int[] counts) {
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
    return new int[] {first, second};
  }

  private static final int DECIDED = 1_000;

  private static final Language[] LATIN = {Language.EN, Language.FR, Language.ES};

  /** Each stop word of the Latin-script languages, with the languages whose table holds it. */
  private static final CharTrie<Language[]> STOPWORDS = stopwords();

  /**
   * The enacting formulas of the Latin-script languages, lower-cased, each with its number (to be
   * counted once) and language.
   */
  private static final CharTrie<Formula> FORMULAS = formulas();

  /** How many formulas {@link #FORMULAS} numbers. */
  private static final int FORMULA_COUNT =
      java.util.Arrays.stream(LATIN).mapToInt(l -> LanguageTables.of(l).formulas.size()).sum();

  /** A formula: its number among all of them, and its language. */
  private record Formula(int number, Language language) {}

  private static CharTrie<Formula> formulas() {
    CharTrie<Formula> root = new CharTrie<>();
    int number = 0;
    for (Language language : LATIN) {
      for (LanguageTables.Formula formula : LanguageTables.of(language).formulas) {
        root.putIfAbsent(formula.text().toLowerCase(Locale.ROOT), new Formula(number++, language));
      }
    }
    return root;
  }

  private static CharTrie<Language[]> stopwords() {
    java.util.Map<String, Language[]> words = new java.util.HashMap<>();
    for (Language language : LATIN) {
      for (String word : LanguageTables.of(language).stopwords) {
        Language[] holders = words.getOrDefault(word, new Language[0]);
        Language[] more = java.util.Arrays.copyOf(holders, holders.length + 1);
        more[holders.length] = language;
        words.put(word, more);
      }
    }
    CharTrie<Language[]> root = new CharTrie<>();
    words.forEach(root::putIfAbsent);
    return root;
  }

  /**
   * The Latin-script language whose enacting formulas the sample holds (50 points for each) and
   * whose stop words it uses most (a point each), counted in one pass over the sample's words:
   * formulas are looked for where a word starts, stop words between spaces, as the tables' words
   * stand in running text. The count ends where one language leads clearly
   * ({@link #leadsClearly}): the seed is decided in its first 512 characters, and detection took
   * 14 µs of its parse where it takes 6 now.
   */
  private static Language bestLatin(String sample) {
    int n = sample.length();
    int[] scores = new int[Language.values().length];
    boolean[] formulaSeen = new boolean[FORMULA_COUNT];
    // each character is lowered as it is read (the sample is not copied lower-cased), and the
    // walks at word starts read on with the same lowering
    char previous = ' ';
    for (int start = 0; start < n; start++) {
      if ((start & (LATIN_CHUNK - 1)) == 0 && start > 0 && leadsClearly(scores)) {
        break;
      }
      char c = lower(sample.charAt(start));
      if (start == 0 || !isLetter(previous)) {
        CharTrie<Formula> node = FORMULAS.child(c);
        for (int i = start + 1; node != null; i++) {
          Formula formula = node.value();
          if (formula != null && !formulaSeen[formula.number()]) {
            formulaSeen[formula.number()] = true;
            scores[formula.language().ordinal()] += 50;
          }
          node = i < n ? node.child(lower(sample.charAt(i))) : null;
        }
      }
      if (start > 0 && previous == ' ' && c != ' ') {
        CharTrie<Language[]> node = STOPWORDS.child(c);
        int i = start + 1;
        while (node != null && i < n && sample.charAt(i) != ' ') {
          node = node.child(lower(sample.charAt(i++)));
        }
        if (node != null && i < n && node.value() != null) {
          for (Language language : node.value()) {
            scores[language.ordinal()]++;
          }
        }
      }
      previous = c;
    }
    Language best = Language.EN;
    for (Language language : Language.values()) {
      if (scores[language.ordinal()] > scores[best.ordinal()]) {
        best = language;
      }
    }
    return best;
  }

  /** How often the scores are looked at for a clear lead, in characters (a power of two). */
  private static final int LATIN_CHUNK = 512;

  /**
   * The lead that ends the count early: an enacting formula and ten stop words more than any other
   * language. Most texts print their formula in their first lines, and are decided there.
   */
  private static final int CLEAR_LEAD = 60;

  /** Whether one language's score leads every other's by {@link #CLEAR_LEAD} at least. */
  private static boolean leadsClearly(int[] scores) {
    int[] top = firstTwo(scores);
    return top[0] - top[1] >= CLEAR_LEAD;
  }

  private static char lower(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c : Character.toLowerCase(c);
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }
}
