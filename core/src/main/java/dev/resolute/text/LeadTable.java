package dev.resolute.text;

import com.google.common.collect.ImmutableList;
import dev.resolute.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lead phrases of one kind of paragraph in one language. A look-up finds the longest phrase that
 * opens the text, then follows that phrase's resolution: the lead the UN marked most often on the
 * paragraphs that open with it ("Taking note of" opens paragraphs whose marked lead is mostly
 * "Taking note"). Entries are indexed by their first character, so a look-up touches only the
 * phrases that can match. Table lines are {@code phrase} or {@code phrase<TAB>resolution}.
 */
final class LeadTable {
  private final boolean spaced;
  private final Map<Character, List<String>> byFirstChar;
  private final Map<String, String> resolutions;

  private LeadTable(boolean spaced, Map<Character, List<String>> byFirstChar, Map<String, String> resolutions) {
    this.spaced = spaced;
    this.byFirstChar = byFirstChar;
    this.resolutions = resolutions;
  }

  static LeadTable of(Language language, List<String> lines) {
    Map<Character, List<String>> index = new HashMap<>();
    Map<String, String> resolutions = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\t", 2);
      String p = parts[0].strip();
      if (!p.isEmpty()) {
        index.computeIfAbsent(key(p.charAt(0)), k -> new ArrayList<>()).add(p);
        if (parts.length == 2) {
          resolutions.put(p, parts[1].strip());
        }
      }
    }
    index.replaceAll((k, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      return ImmutableList.copyOf(list);
    });
    return new LeadTable(language != Language.ZH, index, resolutions);
  }

  /**
   * The lead that opens the text: the resolution of the longest phrase that opens it, where the
   * text opens with that resolution too.
   *
   * @return the length of the lead in the text, 0 where no phrase opens it
   */
  int leadLength(CharSequence text) {
    int longest = longestPrefix(text);
    if (longest == 0) {
      return 0;
    }
    String resolution = resolutions.get(text.subSequence(0, longest).toString());
    if (resolution == null) {
      String phrase = findPhrase(text, longest);
      resolution = phrase == null ? null : resolutions.get(phrase);
    }
    if (resolution != null && resolution.length() <= text.length() && regionMatches(text, resolution)
        && (!spaced || resolution.length() == text.length() || !Character.isLetterOrDigit(text.charAt(resolution.length())))) {
      return resolution.length();
    }
    return longest;
  }

  private String findPhrase(CharSequence text, int length) {
    for (String phrase : byFirstChar.getOrDefault(key(text.charAt(0)), List.of())) {
      if (phrase.length() == length && regionMatches(text, phrase)) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * The length of the longest phrase that opens the text, ignoring case, ending at a word
   * boundary (in Chinese, anywhere); 0 where none does.
   */
  int longestPrefix(CharSequence text) {
    if (text.length() == 0) {
      return 0;
    }
    List<String> candidates = byFirstChar.get(key(text.charAt(0)));
    if (candidates == null) {
      return 0;
    }
    for (String phrase : candidates) {
      if (phrase.length() <= text.length() && regionMatches(text, phrase)
          && (!spaced || phrase.length() == text.length() || !Character.isLetterOrDigit(text.charAt(phrase.length())))) {
        return phrase.length();
      }
    }
    return 0;
  }

  private static boolean regionMatches(CharSequence text, String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char a = text.charAt(i);
      char b = phrase.charAt(i);
      if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b) && !(isApostrophe(a) && isApostrophe(b))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static Character key(char c) {
    return Character.toLowerCase(c);
  }

  int size() {
    return byFirstChar.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public String toString() {
    return "LeadTable(" + size() + " phrases)" + Locale.ROOT.getLanguage();
  }
}
