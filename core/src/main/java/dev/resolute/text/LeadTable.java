package dev.resolute.text;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import dev.resolute.internal.CharTrie;
import dev.resolute.internal.DataTables;
import dev.resolute.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lead phrases of one kind of paragraph in one language. A look-up finds the longest phrase that
 * opens the text, then follows that phrase's resolution: the lead the UN marked most often on the
 * paragraphs that open with it ("Taking note of" opens paragraphs whose marked lead is mostly
 * "Taking note"). The phrases are a trie of folded characters, so that one walk of the text finds
 * the longest. Table lines are {@code phrase} or {@code phrase<TAB>resolution}.
 *
 * <p>A lead unseen in the markup is often a seen one with a seen continuation ("Acknowledges" and
 * "with appreciation", "تعرب" and "عن القلق") or behind a seen opening word ("Also", "又"): after
 * the phrases, a {@value #CONTINUATIONS} section lists the continuations and a {@value #OPENINGS}
 * section the opening words that the markup's leads show to generalize (see {@link #extend}), and
 * an {@value #INTERIORS} section the words that stand inside leads after their first word
 * ({@link #isInterior}), and a {@value #NEVER_ALONE} section the first words never marked as a
 * whole lead ({@link #isNeverAlone}).
 */
final class LeadTable {
  /** The section header of continuations in a table file. */
  static final String CONTINUATIONS = "[continuations]";
  /** The section header of opening words in a table file. */
  static final String OPENINGS = "[openings]";
  /** The section header of interior words in a table file. */
  static final String INTERIORS = "[interiors]";
  /** The section header of the first words never marked as a whole lead in a table file. */
  static final String NEVER_ALONE = "[never-alone]";

  private final boolean spaced;
  /** The phrases as a trie of folded characters ({@link #fold}): one walk finds the longest. */
  private final CharTrie<Phrase> trie = new CharTrie<>();
  private final int size;
  private final Map<String, String> resolutions;
  /** The continuations and the opening words, folded, as tries: one walk finds every one that opens a text. */
  private final CharTrie<Boolean> continuations = new CharTrie<>();
  private final CharTrie<Boolean> openings = new CharTrie<>();
  /** {@linkplain #folded Folded}. */
  private final Set<String> interiors;
  /** {@linkplain #folded Folded}. */
  private final Set<String> neverAlone;

  private LeadTable(boolean spaced, List<String> phrases, Map<String, String> resolutions,
      List<String> continuations, List<String> openings, Set<String> interiors, Set<String> neverAlone) {
    this.spaced = spaced;
    this.resolutions = resolutions;
    phrases.forEach(this::add);
    this.size = phrases.size();
    continuations.forEach(c -> this.continuations.putIfAbsent(folded(c), Boolean.TRUE));
    openings.forEach(o -> this.openings.putIfAbsent(folded(o), Boolean.TRUE));
    this.interiors = interiors;
    this.neverAlone = neverAlone;
  }

  /** The phrase lines of a table file: those before its first section header. */
  static List<String> phraseLines(List<String> lines) {
    return DataTables.sections(lines).get("");
  }

  /**
   * The table of a language's file lines; each phrase stands for its other form under the
   * language's agreement too ({@link LeadAgreement}), where the table does not hold that form.
   */
  static LeadTable of(Language language, List<String> lines, LeadAgreement agreement) {
    // the sections as the language files have them (DataTables): phrases first, under no header
    ImmutableListMultimap<String, String> sections = DataTables.sections(lines);
    for (String name : sections.keySet()) {
      if (!name.isEmpty() && !name.equals(section(CONTINUATIONS)) && !name.equals(section(OPENINGS))
          && !name.equals(section(INTERIORS)) && !name.equals(section(NEVER_ALONE))) {
        throw new IllegalArgumentException("lead table: unknown section [" + name + "]");
      }
    }
    List<String> phrases = withOtherForms(sections.get(""), agreement);
    List<String> stripped = new ArrayList<>();
    Map<String, String> resolutions = new HashMap<>();
    for (String line : phrases) {
      String[] parts = line.split("\t", 2);
      String p = parts[0].strip();
      if (!p.isEmpty()) {
        stripped.add(p);
        if (parts.length == 2) {
          resolutions.put(p, parts[1].strip());
        }
      }
    }
    return new LeadTable(language != Language.ZH, stripped, resolutions, sections.get(section(CONTINUATIONS)),
        sections.get(section(OPENINGS)), foldedSet(sections.get(section(INTERIORS))), foldedSet(sections.get(section(NEVER_ALONE))));
  }

  /** The phrase lines, then the other form of each phrase the lines do not hold, in their order. */
  private static List<String> withOtherForms(List<String> lines, LeadAgreement agreement) {
    if (agreement.isEmpty()) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    Set<String> held = new HashSet<>();
    for (String line : lines) {
      held.add(line.split("\t", 2)[0].strip());
    }
    for (String line : lines) {
      String[] parts = line.split("\t", 2);
      String other = agreement.otherForm(parts[0].strip());
      if (held.add(other)) {
        out.add(parts.length == 2 ? other + "\t" + agreement.otherForm(parts[1].strip()) : other);
      }
    }
    return out;
  }

  /**
   * Generalizes a lead of {@code lead} characters found by the phrases (or by the first word): an
   * opening word followed by a lead of the table makes a longer lead ("Also" + "expresses its
   * appreciation"); a continuation after the lead joins it, twice at most, unless a phrase of the
   * table reaches past the lead (the table's own evidence then stands: "Reaffirms its decision"
   * opens paragraphs whose marked lead is "Reaffirms"); and a lead never ends before the combining
   * marks of its last letter ("أيضاً", "يقرّ").
   *
   * @return the length of the lead
   */
  int extend(CharSequence text, int lead) {
    return extend(text, lead, longestPrefix(text));
  }

  /** As {@link #extend(CharSequence, int)}, the text's {@link #longestPrefix} already read. */
  int extend(CharSequence text, int lead, int longest) {
    int end = lead;
    // the longest opening word followed by a space (in Chinese, by anything) with more after it
    int opening = longestMatch(openings, text, 0, false);
    if (opening > 0) {
      int rest = opening + (spaced ? 1 : 0);
      int n = leadLength(text.subSequence(rest, text.length()));
      if (n > 0 && rest + n > end) {
        end = rest + n;
      }
    }
    if (longest <= end) {
      for (int round = 0; round < 2; round++) {
        end = afterMarks(text, end);
        int next = continuationEnd(text, end);
        if (next == end) {
          break;
        }
        end = next;
      }
    }
    return afterMarks(text, end);
  }

  /**
   * Whether the word of {@code text} from {@code from} to {@code to} is one that stands inside
   * leads, after their first word ("также" in "выражая также серьезную обеспокоенность", a lead
   * the table knows without it).
   */
  boolean isInterior(CharSequence text, int from, int to) {
    return isOneOf(interiors, text, from, to);
  }

  /**
   * Whether the lead, the first {@code leadLength} characters of {@code text}, is a first word
   * that the markup (almost) never marks as a whole lead, only with the word after it ("Having
   * heard", "Se référant", "Habiendo escuchado"): the lead then takes that word.
   */
  boolean isNeverAlone(CharSequence text, int leadLength) {
    return isOneOf(neverAlone, text, 0, leadLength);
  }

  /**
   * Whether {@code text} from {@code from} to {@code to} is one of the folded words, compared in
   * place: asked of the first words of every paragraph, it copies none of them.
   */
  private static boolean isOneOf(Set<String> foldedWords, CharSequence text, int from, int to) {
    for (String word : foldedWords) {
      if (word.length() == to - from && regionMatches(text, from, word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> foldedSet(List<String> words) {
    return words.stream().map(LeadTable::folded).collect(ImmutableSet.toImmutableSet());
  }

  /** A word as the table compares words: each character {@linkplain #fold folded}. */
  private static String folded(String word) {
    char[] chars = word.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }

  /** The end of the longest continuation at {@code at}, or {@code at}. */
  private int continuationEnd(CharSequence text, int at) {
    int from = at + (spaced ? 1 : 0);
    if (spaced && (from >= text.length() || text.charAt(at) != ' ')) {
      return at;
    }
    int length = longestMatch(continuations, text, from, true);
    return length > 0 ? from + length : at;
  }

  /**
   * The length of the longest word of {@code words} that the text holds at {@code from}: as a
   * continuation ({@code continuation}), ending the text or before a character that is no letter
   * or digit; as an opening word, before a space and more text. In Chinese, before anything, and
   * an opening word before more text. 0 where none does.
   */
  private int longestMatch(CharTrie<Boolean> words, CharSequence text, int from, boolean continuation) {
    CharTrie<Boolean> node = words;
    int longest = 0;
    for (int i = from; i < text.length(); i++) {
      node = node.child(fold(text.charAt(i)));
      if (node == null) {
        break;
      }
      int end = i + 1;
      if (node.value() != null && (continuation
          ? !spaced || end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          : end + (spaced ? 1 : 0) < text.length() && (!spaced || text.charAt(end) == ' '))) {
        longest = end - from;
      }
    }
    return longest;
  }

  private static int afterMarks(CharSequence text, int end) {
    int i = end;
    while (i < text.length() && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
      i++;
    }
    return i;
  }

  /**
   * The lead that opens the text: the resolution of the longest phrase that opens it, where the
   * text opens with that resolution too.
   *
   * @return the length of the lead in the text, 0 where no phrase opens it
   */
  int leadLength(CharSequence text) {
    return leadLength(text, longestPhrase(text));
  }

  /** As {@link #leadLength(CharSequence)}, the text's {@link #longestPhrase} already found (or null). */
  int leadLength(CharSequence text, Phrase phrase) {
    if (phrase == null) {
      return 0;
    }
    int longest = phrase.text.length();
    if (!phrase.cut) {
      return longest; // no phrase of this folding has a resolution
    }
    String resolution = resolutions.get(text.subSequence(0, longest).toString());
    if (resolution == null) {
      resolution = resolutions.get(phrase.text);
    }
    if (resolution != null && resolution.length() <= text.length() && regionMatches(text, resolution)
        && (!spaced || resolution.length() == text.length() || !Character.isLetterOrDigit(text.charAt(resolution.length())))) {
      return resolution.length();
    }
    return longest;
  }


  /**
   * The length of the longest phrase that opens the text, ignoring case, ending at a word
   * boundary (in Chinese, anywhere); 0 where none does.
   */
  int longestPrefix(CharSequence text) {
    Phrase phrase = longestPhrase(text);
    return phrase == null ? 0 : phrase.text.length();
  }

  /** The longest phrase of {@link #longestPrefix}, or null: its length is the match's (folding keeps lengths). */
  Phrase longestPhrase(CharSequence text) {
    CharTrie<Phrase> node = trie;
    Phrase longest = null;
    for (int i = 0; i < text.length(); i++) {
      node = node.child(fold(text.charAt(i)));
      if (node == null) {
        break;
      }
      if (node.value() != null && (!spaced || i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        longest = node.value();
      }
    }
    return longest;
  }

  /**
   * A phrase as the trie holds it: the first of the table's lines that fold alike, and whether any
   * of them has a resolution (most have none, and their look-up ends at the walk).
   */
  static final class Phrase {
    final String text;
    boolean cut;

    Phrase(String text) {
      this.text = text;
    }
  }

  /** A character as phrases are compared: lower-cased, with one apostrophe. */
  private static char fold(char c) {
    return isApostrophe(c) ? '’' : Character.toLowerCase(c);
  }

  /** Adds a phrase to the trie; the first of the lines that fold alike keeps its spelling. */
  private void add(String phrase) {
    String key = folded(phrase);
    trie.putIfAbsent(key, new Phrase(phrase));
    if (resolutions.containsKey(phrase)) {
      findNode(key).value().cut = true;
    }
  }

  private CharTrie<Phrase> findNode(String folded) {
    CharTrie<Phrase> node = trie;
    for (int i = 0; i < folded.length(); i++) {
      node = node.child(folded.charAt(i));
    }
    return node;
  }

  private static boolean regionMatches(CharSequence text, String phrase) {
    return regionMatches(text, 0, phrase);
  }

  /** Whether the phrase stands at {@code from}, ignoring case and the kind of apostrophe. */
  private static boolean regionMatches(CharSequence text, int from, String phrase) {
    if (from + phrase.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      if (fold(text.charAt(from + i)) != fold(phrase.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** A section's name without its brackets. */
  private static String section(String header) {
    return header.substring(1, header.length() - 1);
  }


  int size() {
    return size;
  }

  @Override
  public String toString() {
    return "LeadTable(" + size() + " phrases)" + Locale.ROOT.getLanguage();
  }
}
