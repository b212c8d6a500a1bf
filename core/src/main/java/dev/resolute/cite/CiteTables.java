package dev.resolute.cite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.resolute.internal.DataTables;
import dev.resolute.internal.Scripts;
import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The citation knowledge of one language, read once from {@code lang/XX.cite} and {@code bodies.tsv}. */
final class CiteTables {
  private static final CiteTables[] LOADED = new CiteTables[Language.values().length];
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** A body's name in this language. */
  record BodyName(String acronym, Body body, String name) {
    /** The acronym of the rows of {@code bodies.tsv} that name no body: see {@link #bodyless}. */
    static final String NO_BODY = "-";

    /**
     * Whether this is a name that holds a body's name without naming that body, or any of the table
     * (Chinese "缔约方大会", a Conference of the Parties, holds "大会", the General Assembly): found
     * so that the name inside it is not, then dropped.
     */
    boolean bodyless() {
      return acronym.equals(NO_BODY);
    }
  }

  final Language language;
  final ImmutableMap<String, Integer> months;
  final ImmutableList<Pattern> date;
  final ImmutableList<Pattern> dateList;
  final ImmutableList<String> resolutionWords;
  /** The length of the longest resolution or decision word. */
  final int longestKeyword;
  final ImmutableList<String> decisionWords;
  final ImmutableList<String> ownWords;
  /**
   * "Council" alone ({@code Council resolution 43/25}, {@code résolution 27/21 du Conseil}): which
   * council, the number's shape says.
   */
  final ImmutableList<String> councilWords;
  /**
   * Possessives that cannot be the writing body's when it is the General Assembly: Arabic "قراره"
   * (his resolution) is a council's, the Assembly (الجمعية) being feminine ("قرارها").
   */
  final ImmutableList<String> councilOwnWords;
  final ImmutableList<String> connectors;
  final ImmutableList<String> rangeWords;
  final ImmutableList<String> respectively;
  final ImmutableList<String> dateIntro;
  /**
   * The date introductions that say the date is two numbers' ({@code both of}, {@code toutes deux en
   * date du}, Arabic duals): where the number before has no date, it takes the same.
   */
  final ImmutableList<String> dateIntroOfTwo;
  /** Words that may stand between a number and the body named after it ({@code du}, {@code of the}). */
  final ImmutableList<String> bodyLinks;
  /** Words that introduce a cited text's quoted title ({@code entitled}, {@code intitulée}): the body may be named after it. */
  final ImmutableList<String> titleWords;
  /**
   * The words before a body's name that make it the agent of what follows ({@code by the},
   * {@code par la}), and the links between the name and the resolution word after it
   * ({@code of}, {@code de la}): "l’adoption, par la Commission des stupéfiants, de la décision
   * 63/15" is the Commission's decision. Empty where the language says so otherwise (Russian
   * puts the body in the instrumental before the word, which the short gap admits).
   */
  final ImmutableList<String> agentWords;
  final ImmutableList<String> agentLinks;
  /**
   * What may stand between a body's name and the resolution word it names (besides a comma, an
   * own word and the gaps every language has): a relative clause, "namely" ({@code [body-gaps]},
   * lower-cased, spaces as one): Russian "Совета по правам человека, которое содержится в его
   * резолюции 45/12", Spanish "resoluciones de la Comisión …, a saber, la resolución 49/7".
   */
  final ImmutableSet<String> bodyGaps;
  /**
   * The words that introduce a date of adoption standing between a body's name and the keyword
   * ({@code [gap-date-intro]}: "on", "le", "el", Arabic "في"): the gap is read without the date.
   * Empty where the language prints no such date there (nothing is cut).
   */
  final ImmutableSet<String> gapDateIntro;
  /**
   * The words of body names that stand for the whole name once it was printed: their first words
   * ({@code Commission}: "Commission resolution 1998/72" after "the Commission on Human Rights"),
   * or, in Chinese, which puts a name's head last, their last ({@code 委员会} after {@code 人权委员会}).
   */
  final ImmutableList<ShortName> shortNames;

  /**
   * A short name as printed alone, and as the names open (or end) with it (a line
   * {@code printed<TAB>opening} where they differ: Arabic {@code اللجنة}, the commission, opens
   * names as {@code لجنة}); both lower-cased.
   *
   * @param ending whether it ends the names it shortens ({@code [short-name-endings]}) rather than opens them
   * @param documentWide whether an ending stands, before a list, for a body an earlier piece of the
   *     document named ({@code 公约缔约方大会<TAB>document}, the Conference of the Parties to the
   *     Convention), not only for one named in the same sentence ({@code 委员会}, also any committee)
   */
  record ShortName(String printed, String opening, boolean ending, boolean documentWide) {
    static ShortName of(String line) {
      String[] parts = line.split("\t", 2);
      return new ShortName(parts[0], parts.length == 2 ? parts[1] : parts[0], false, false);
    }

    static ShortName ending(String line) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2 && !parts[1].strip().equals("document")) {
        throw new IllegalStateException("[short-name-endings]: a name, or a name, a tab and \"document\": " + line);
      }
      return new ShortName(parts[0], parts[0], true, parts.length == 2);
    }

    /** Whether it shortens the lower-cased body name: the name opens (or ends) with it and is longer. */
    boolean shortens(String name) {
      return name.length() > opening.length() && (ending ? name.endsWith(opening) : name.startsWith(opening));
    }
  }
  final ImmutableList<Pattern> treaty;
  final ImmutableList<Pattern> ibid;
  /** The literal opening of each {@link #treaty} and {@link #ibid} pattern, tested before it runs. */
  final ImmutableList<LiteralPrefix> treatyPrefixes;
  final ImmutableList<LiteralPrefix> ibidPrefixes;
  /**
   * A meeting in words, with a group {@code n}: {@code 1969th meeting}; or a list of them, the
   * numbers before the last in a group {@code list}: {@code 1583rd, 1585th and 1594th meetings}.
   */
  final ImmutableList<Pattern> meeting;
  /**
   * What opens the document's own adoption statement ({@code Adopted at the 30th meeting},
   * {@code Adoptée par le Conseil de sécurité à sa 8776e séance}), tried at the start of a
   * meeting's sentence: that meeting is no citation.
   */
  final ImmutableList<Pattern> ownAdoption;
  /** What names another body's meeting right after the meeting's words ({@code 24th meeting of the Commission}). */
  final ImmutableList<Pattern> meetingOfOtherBody;
  /** What names another body as the one meeting, ending where the meeting's number stands ({@code by the Commission at its 13th meeting}). */
  final ImmutableList<Pattern> meetingByOtherBody;
  /**
   * The meeting or session a body adopted the cited text at, named between the number and the
   * body ({@code adopted at the ninth meeting of the}, {@code de la décima reunión de la}).
   */
  final ImmutableList<Pattern> meetingOfBody;
  /**
   * The words that name other texts of a body before naming it, after a number or its list
   * ({@code as well as other relevant decisions}, then {@code of the Conference of the Parties}):
   * the body named after them is the listed numbers' too.
   */
  final ImmutableList<Pattern> othersOfBody;
  /** The words that make a meeting in words one of the Security Council's Official Records. */
  final ImmutableList<String> officialRecords;
  /** References to a paragraph of the same text, with a group {@code n}. */
  final ImmutableList<Pattern> internal;
  /** Pinpoints inside an instrument, with groups {@code a} (article), {@code p}/{@code p2} (paragraph), {@code i}. */
  final ImmutableList<Pattern> pinpoint;
  /**
   * Whether every date pattern of the language opens with a digit ({@code (?<d>\\d{1,2})…}): then
   * a position that holds no digit is no date, and the patterns are not tried there.
   */
  final boolean datesOpenWithDigit;
  private static final Pattern OPENS_WITH_DIGIT = Pattern.compile("\\(\\?<\\w+>\\\\d|\\\\d");

  /**
   * Each pinpoint pattern as it is searched: a pattern that opens with an optional group
   * ({@code (?:paragraph N of )?article M ...}) gets no literal search from the regex engine, which
   * then tries it at every position; it is searched as two patterns that each open with a word
   * ({@code paragraph N of article M ...} and {@code article M ...}), the leftmost match winning as
   * in the one pattern.
   */
  final ImmutableList<ImmutableList<Search>> pinpointSearches;
  /** The internal-reference patterns as they are searched. */
  final ImmutableList<Search> internalSearches;
  /** Whether an internal-reference or pinpoint pattern may match a text without a digit (none does yet). */
  final boolean searchesWithoutDigit;

  /**
   * A pattern over the lower-cased text, with what a match needs so that a text without it is not
   * searched at all (most paragraphs): a run of characters every match holds, and a digit where the pattern has one.
   */
  record Search(Pattern pattern, String literal, boolean needsDigit, Opening opening, String firsts) {
    static Search of(String source) {
      return new Search(Pattern.compile(source, Pattern.UNICODE_CHARACTER_CLASS), requiredLiteral(source),
          source.contains("\\d"), opening(source), firstCharacters(source));
    }

    /**
     * The characters a match opens with, where the pattern tells them: its first character, or the
     * first of each alternative of the group it opens with ({@code (?:上文|下文|本决议)第…} opens with
     * 上, 下 or 本); empty where it does not (a class, an escape, an optional opening).
     */
    static String firstCharacters(String source) {
      if (!source.startsWith("(")) {
        return literalAt(source, 0) ? source.substring(0, 1) : "";
      }
      int open;
      if (source.startsWith("(?:")) {
        open = 3;
      } else if (source.startsWith("(?<") && source.length() > 3 && Character.isLetter(source.charAt(3))) {
        open = source.indexOf('>') + 1; // a named group
      } else {
        return "";
      }
      // where each alternative of the opening group starts, and where the group closes
      List<Integer> starts = new ArrayList<>(List.of(open));
      int close = walk(source, (i, c, depth, plain) -> {
        if (plain && c == '|' && depth == 1) {
          starts.add(i + 1);
        }
        return plain && c == ')' && depth == 0;
      });
      StringBuilder firsts = new StringBuilder();
      for (int start : starts) {
        if (!literalAt(source, start)) {
          return "";
        }
        firsts.append(source.charAt(start));
      }
      // the group may not be left out
      return close > 0 && !optionalAt(source, close) ? firsts.toString() : "";
    }

    /** Whether a quantifier that may leave out what stands at {@code i} follows it. */
    private static boolean optionalAt(String source, int i) {
      return i + 1 < source.length() && "?*{".indexOf(source.charAt(i + 1)) >= 0;
    }

    /** Whether the character at {@code i} stands for itself and is not made optional. */
    private static boolean literalAt(String source, int i) {
      return i < source.length() && "\\[().^$|?*+{".indexOf(source.charAt(i)) < 0 && !optionalAt(source, i);
    }

    /**
     * Whether the text may hold a match: a digit where the pattern needs one, and where the
     * pattern opens with a run, that run at a word's start ({@link TextIndex#searchAnchors}); where
     * it does not, the run every match holds anywhere.
     */
    boolean mayMatch(TextIndex index) {
      if (needsDigit && !index.hasDigit) {
        return false;
      }
      if (anchored()) {
        return index.searchAnchors.size() > 0;
      }
      return literal.isEmpty() || index.lowerText().contains(literal);
    }

    /** Whether the pattern opens with a run of characters, and is tried only where the index found it. */
    boolean anchored() {
      return !opening.literal().isEmpty();
    }

    /**
     * A run of characters every match holds at a fixed distance from its start.
     *
     * @param literal the run; empty where the pattern has none
     * @param offset how many characters of a match stand before it
     */
    record Opening(String literal, int offset) {
      static final Opening NONE = new Opening("", 0);
    }

    /**
     * The next match starting at or after {@code from}: where the pattern opens with a run of
     * characters (after a fixed number of others), tried only where the index found that run at a
     * word's start; otherwise as {@link Matcher#find(int)} finds it.
     *
     * @param m a matcher of this pattern over the index's lower-cased text ({@link #matcher}), with
     *     transparent, non-anchoring bounds
     * @param index the text's index: where it found a run of {@link CiteTables#searchOpenings}
     */
    boolean find(Matcher m, TextIndex index, int from) {
      if (!anchored() && firsts.isEmpty()) {
        return m.find(from);
      }
      if (!anchored()) {
        // tried only where a character a match opens with stands: the engine tried every position
        char[] lowered = index.lower;
        for (int i = Math.max(0, from); i < lowered.length; i++) {
          if (firsts.indexOf(lowered[i]) >= 0 && m.region(i, lowered.length).lookingAt()) {
            return true;
          }
        }
        return false;
      }
      String run = opening.literal();
      int offset = opening.offset();
      TextIndex.IntList anchors = index.searchAnchors;
      // from the first anchor at or after the place asked, so that finding every match costs the
      // anchors once, not once a match
      for (int k = anchors.lastBelowOrAt(from + offset - 1) + 1; k < anchors.size(); k++) {
        int at = anchors.get(k);
        if (index.startsWith(run, at)
            && m.region(at - offset, index.lower.length).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    /** A matcher for {@link #find}. */
    Matcher matcher(TextIndex index) {
      // an anchored search runs at a few places: over a view of the lowered characters, not a copy
      CharSequence lowered = anchored() ? index.lowerView() : index.lowerText();
      return pattern.matcher(lowered).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The longest literal run (three characters at least) among the fixed-width characters a pattern
     * opens with, and how many characters stand before it: {@code article} after 2 in
     * {@code l[’']article\\s+…}, {@code paragraph} after 0 in {@code paragraphs?\\s+…}; empty where
     * the pattern alternates at its top level or opens with no such run.
     */
    static Opening opening(String source) {
      if (topLevelAlternation(source)) {
        return Opening.NONE;
      }
      StringBuilder run = new StringBuilder();
      int runOffset = 0;
      String best = "";
      int bestOffset = 0;
      int width = 0;
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        int next;
        boolean literal;
        if (c == '\\') {
          if (i + 1 >= source.length()) {
            break;
          }
          c = source.charAt(i + 1);
          next = i + 2;
          if ((c == 'p' || c == 'P') && next < source.length() && source.charAt(next) == '{') {
            next = source.indexOf('}', next) + 1;
            if (next == 0) {
              break;
            }
          }
          literal = !Character.isLetterOrDigit(c); // \\. \\' stand for themselves; \\s \\d are classes
        } else if (c == '[') {
          int close = i + 1;
          while (close < source.length() && source.charAt(close) != ']') {
            close += source.charAt(close) == '\\' ? 2 : 1;
          }
          if (close >= source.length()) {
            break;
          }
          next = close + 1;
          literal = false;
        } else if ("(){}?*+|.^$".indexOf(c) >= 0) {
          break;
        } else {
          next = i + 1;
          literal = true;
        }
        if (next < source.length() && "?*+{".indexOf(source.charAt(next)) >= 0) {
          break; // quantified: the width is no longer fixed
        }
        if (literal) {
          if (run.length() == 0) {
            runOffset = width;
          }
          run.append(c);
          if (run.length() > best.length()) {
            best = run.toString();
            bestOffset = runOffset;
          }
        } else {
          run.setLength(0);
        }
        width++;
        i = next;
      }
      return best.length() >= 3 ? new Opening(best, bestOffset) : Opening.NONE;
    }

    /**
     * The longest run of characters every match holds, read off the pattern's top level:
     * {@code article} of {@code l[’']article\\s+(?<a>\\d{1,3})}, {@code paragraph} of
     * {@code paragraphs?\\s+…}; empty where the pattern alternates at its top level.
     */
    static String requiredLiteral(String source) {
      if (topLevelAlternation(source)) {
        return "";
      }
      StringBuilder run = new StringBuilder();
      String[] best = {""};
      walk(source, (i, c, depth, plain) -> {
        boolean literal = plain && depth == 0 && "(){}?*+|.^$".indexOf(c) < 0;
        boolean quantified = i + 1 < source.length() && "?*+{".indexOf(source.charAt(i + 1)) >= 0;
        if (literal && !quantified) {
          run.append(c);
          if (run.length() > best[0].length()) {
            best[0] = run.toString();
          }
        } else {
          run.setLength(0); // an escape (\\s, \\d, \\.), a class or a group breaks the run
        }
        return false;
      });
      return best[0];
    }

    private static boolean topLevelAlternation(String source) {
      return walk(source, (i, c, depth, plain) -> plain && c == '|' && depth == 0) >= 0;
    }
  }

  /**
   * White space between the words of a keyword, body name or treaty name (a no-break space too):
   * one decision for the index, the opening bits and the name trie. Letters, nearly every character
   * asked, are told with one comparison.
   */
  static boolean isNameSpace(char c) {
    if (c > ' ') {
      // no white space between the space and U+1680 but the no-break space; above it, Java's white
      // space is listed (Unicode's space and line separators but the no-break ones), as asking
      // Character.isWhitespace of every ’ and — the index meets cost an eighth of a paragraph's index
      return c == '\u00a0' || c >= '\u1680' && c <= '\u3000' && (c == '\u1680' || c >= '\u2000' && c <= '\u200a'
          && c != '\u2007' || c == '\u2028' || c == '\u2029' || c == '\u205f' || c == '\u3000');
    }
    return c == ' ' || Character.isWhitespace(c);
  }

  /**
   * Whether a word's opening reads the character as itself ({@link #opening}): neither white space,
   * an Arabic mark (passed over), the apostrophe (read as the typographic one) nor a typographic
   * hyphen (read as the hyphen-minus).
   */
  static boolean isPlain(char c) {
    return !isNameSpace(c) && !Scripts.isArabicMark(c) && c != '\'' && !isTypographicHyphen(c);
  }

  /**
   * A Latin letter, a number ({@link #isNumber}), a slash, a full stop, a hyphen or a no-break
   * hyphen: a number or a symbol's organ printed right after it is glued to it, part of something
   * else ("A/75/245" holds no number 75/245, "HIV/AIDS" no organ "AIDS"). The patterns' look-behind
   * {@code [\p{IsLatin}\p{N}/.\-\u2011]}.
   */
  static boolean glues(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '.' || c == '-';
    }
    return c == '\u2011' || isNumber(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /**
   * A letter that marks a part of a resolution: A to Z (the Assembly's 53/77 runs to X), or a
   * Cyrillic capital Russian texts type for one ({@link Scripts#latinLookalike}: К in "53/77 К").
   */
  static boolean isPartLetter(char c) {
    return c >= 'A' && c <= 'Z' || Scripts.CYRILLIC_LOOKALIKES.indexOf(c) >= 0;
  }

  /** A character of Unicode's numbers ({@code \p{N}}): digits of any script, Roman numeral signs, fractions. */
  static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
  }

  /** The hyphen and the no-break hyphen, which names print for the hyphen-minus of the tables. */
  static boolean isTypographicHyphen(char c) {
    return c == '\u2010' || c == '\u2011';
  }

  /** What may start with a character, or null: where the extractor's index looks. */
  Starts startsWith(char c) {
    return c < STARTS_BELOW ? startsBelow[c] : startsAbove.get(c);
  }

  /**
   * The keywords and body names that start with one character, arranged so that a position of the
   * text is tried without allocating and against few: by their second character. (Treaty names,
   * many opening alike, are in {@link #mentionNames}.)
   */
  static final class Starts {
    /** The second characters (as {@link #normal} makes them), sorted, and the words of each. */
    private final char[] seconds;
    private final Words[] bySecond;
    /** Words of one character: tried wherever their character stands. */
    final Words single;
    /** Whether a word of fewer than three characters opens with this one: {@link #mayOpen} cannot tell. */
    boolean shortWords;
    /**
     * The opening words of the Treaty Series and Ibid. patterns that start with this character, a
     * pattern's each, and each pattern's literal opening: a position is an anchor where a pattern's
     * word and opening may stand.
     */
    String[] treatyOpenings = new String[0];
    LiteralPrefix[] treatyPrefixes = new LiteralPrefix[0];
    /** The {@link CiteTables#searchOpenings} that start with this character. */
    String[] searchOpenings = new String[0];

    Starts(List<String> keywords, Collection<String> decisionWords, List<Integer> bodies, List<String> bodyNamesLower) {
      java.util.TreeMap<Character, List<String>> keywordsBySecond = new java.util.TreeMap<>();
      java.util.TreeMap<Character, List<Integer>> bodiesBySecond = new java.util.TreeMap<>();
      for (String w : keywords) {
        keywordsBySecond.computeIfAbsent(second(w), k -> new ArrayList<>()).add(w);
      }
      for (int b : bodies) {
        bodiesBySecond.computeIfAbsent(second(bodyNamesLower.get(b)), k -> new ArrayList<>()).add(b);
      }
      java.util.TreeSet<Character> all = new java.util.TreeSet<>(keywordsBySecond.keySet());
      all.addAll(bodiesBySecond.keySet());
      all.remove(NONE);
      this.seconds = new char[all.size()];
      this.bySecond = new Words[all.size()];
      int n = 0;
      for (char c : all) {
        seconds[n] = c;
        bySecond[n++] = new Words(keywordsBySecond.getOrDefault(c, List.of()), decisionWords,
            bodiesBySecond.getOrDefault(c, List.of()), bodyNamesLower);
      }
      this.single = new Words(keywordsBySecond.getOrDefault(NONE, List.of()), decisionWords,
          bodiesBySecond.getOrDefault(NONE, List.of()), bodyNamesLower);
    }

    /** Stands for "no second character" among the keys. */
    private static final char NONE = '\uffff';

    private static char second(String word) {
      return word.length() < 2 ? NONE : normal(word.charAt(1));
    }

    /** The keywords and body names whose second character is this one (as {@link #normal} makes it), or null. */
    Words bySecond(char c) {
      int k = java.util.Arrays.binarySearch(seconds, normal(c));
      return k >= 0 ? bySecond[k] : null;
    }

    /**
     * A character as keys hold it: white space as one space, the apostrophe as the typographic one,
     * the hyphen and the no-break hyphen as the hyphen-minus ("ONU‑Habitat").
     */
    static char normal(char c) {
      return isNameSpace(c) ? ' ' : c == '\'' ? '’' : isTypographicHyphen(c) ? '-' : c;
    }
  }

  /** Keywords and body names that open alike. */
  static final class Words {
    /** Resolution and decision words, longest first. */
    final String[] keywords;
    /** Whether each keyword is a decision word. */
    final boolean[] decision;
    /** Indices into the tables' bodies, and their lower-cased names. */
    final int[] bodies;
    final String[] bodyNames;

    /**
     * Each keyword's and body name's first {@link #KEYED} characters as {@link #openingKey} packs
     * them, and the mask of the characters it has: a position of the text whose opening differs
     * under a word's mask cannot hold the word, which is then not compared. A group shares its first
     * two characters, and French has 24 body names opening "co": every "considérant" and "convention"
     * compared them all. A word with a character matched otherwise than by equality has mask 0, and
     * is compared wherever its group is.
     */
    final long[] keywordOpenings;
    final long[] keywordMasks;
    final long[] bodyOpenings;
    final long[] bodyMasks;

    Words(List<String> keywords, Collection<String> decisionWords, List<Integer> bodies, List<String> bodyNamesLower) {
      this.keywords = keywords.toArray(new String[0]);
      this.decision = new boolean[this.keywords.length];
      for (int k = 0; k < this.keywords.length; k++) {
        decision[k] = decisionWords.contains(this.keywords[k]);
      }
      this.bodies = bodies.stream().mapToInt(Integer::intValue).toArray();
      this.bodyNames = bodies.stream().map(bodyNamesLower::get).toArray(String[]::new);
      this.keywordOpenings = new long[this.keywords.length];
      this.keywordMasks = new long[this.keywords.length];
      keyOpenings(this.keywords, keywordOpenings, keywordMasks);
      this.bodyOpenings = new long[bodyNames.length];
      this.bodyMasks = new long[bodyNames.length];
      keyOpenings(bodyNames, bodyOpenings, bodyMasks);
    }

    /** Whether the group holds no keyword and no body name. */
    boolean isEmpty() {
      return keywords.length == 0 && bodies.length == 0;
    }

    private static void keyOpenings(String[] words, long[] openings, long[] masks) {
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        long key = 0;
        long mask = 0;
        for (int k = 0; k < Math.min(KEYED, word.length()); k++) {
          char b = word.charAt(k);
          char keyed = keyed(b);
          if (keyed != b && b != '\'') {
            key = 0; // a line break, a no-break space or a typographic hyphen in a word: TextIndex#regionEnd matches it otherwise than by equality
            mask = 0;
            break;
          }
          key |= (long) keyed << (16 * k);
          mask |= 0xFFFFL << (16 * k);
        }
        openings[w] = key;
        masks[w] = mask;
      }
    }
  }

  /** How many opening characters {@link Words}' keys hold: four, of sixteen bits each. */
  static final int KEYED = 4;

  /**
   * The first {@link #KEYED} characters of the lower-cased text from {@code at}, packed as
   * {@link Words} keys its words' openings; -1 where a character among them may be passed over by
   * {@link TextIndex#regionEnd} (an Arabic mark, a Chinese book title mark), and the key could not
   * tell. Each character is keyed as the words' characters it matches are: both apostrophes as the
   * typographic one, a line break and a no-break space as a space, a typographic hyphen as the
   * hyphen-minus; past the text's end, U+FFFF, which no word holds.
   */
  static long openingKey(char[] lower, int at) {
    long key = 0;
    for (int k = 0; k < KEYED; k++) {
      char a = at + k < lower.length ? lower[at + k] : '\uffff';
      if (Scripts.isArabicMark(a) || Scripts.isBookTitleMark(a)) {
        return -1;
      }
      key |= (long) keyed(a) << (16 * k);
    }
    return key;
  }

  /**
   * A character as {@link Words}' keys and {@link #openingKey} hold it, as the words' characters it
   * matches: either apostrophe as the typographic one, a line break and a no-break space as a space,
   * a typographic hyphen as the hyphen-minus; any other as itself. Two characters whose keys are
   * equal match where a word is compared with the text ({@link TextIndex#regionEnd}).
   */
  static char keyed(char c) {
    return c == '\'' ? '’' : c == '\n' || c == '\u00a0' ? ' ' : isTypographicHyphen(c) ? '-' : c;
  }

  /** The treaty names of this language (long enough to be no common phrase), each with its entry. */
  final NameTrie<Gazetteer.Entry> mentionNames;
  final ImmutableList<BodyName> bodies;
  /** Whether {@link #bodies} holds names that name no body ({@link BodyName#bodyless}). */
  final boolean hasBodylessNames;
  final ImmutableListMultimap<String, String> examples;
  /** Special-session prefixes as printed, with their canonical form ({@code دإ} is {@code S}). */
  final ImmutableMap<String, String> sessionPrefixes;
  /** The prefixes, longest first: {@code ES} before {@code S}. */
  final ImmutableList<String> sessionPrefixesLongestFirst;
  /**
   * Resolution and decision numbers, with this language's session prefixes: the pattern, which
   * {@link #slashedNumbers} reads by hand and is tested against.
   */
  final Pattern slashed;
  /** The same numbers, read by hand where a run of digits starts. */
  final SlashedNumbers slashedNumbers;
  /**
   * Older numbering in the language's own words, with groups {@code n}, {@code part}, {@code k}
   * (special-session prefix) and {@code sn} (session number): Arabic {@code 2200 ألف (د-21)}; null
   * where the language prints roman numerals.
   */
  final Pattern localRoman;
  /** Part letters written as words ({@code ألف} is A), to their letter. */
  final ImmutableMap<String, String> partWords;
  /**
   * Whether texts of the language may print a number right to left ({@code 306/74} for 74/306 in
   * Arabic, where the text direction turned the number around): a number that only reversed is a
   * body's numbering is read reversed.
   */
  final boolean reversedNumbers;
  /** Whether the resolution word follows the number (Chinese). */
  final boolean keywordAfter;
  /**
   * Whether a body's name follows the resolution word it issues ({@code قرار مجلس الأمن}, the
   * Council's resolution, in Arabic) and never precedes it: a name followed by a resolution word
   * names no citation that the word opens.
   */
  final boolean namesAfterKeyword;
  /** The marks printed right before a cited number (Chinese {@code 第}, in {@code 第65/232号决议}). */
  final ImmutableList<String> marksBefore;
  /** The marks printed right after a cited number (Chinese {@code 号}). */
  final ImmutableList<String> marksAfter;
  /**
   * What may stand between a body's name and its resolution word besides white space, four
   * characters at most in all: a possessive, a mark before the number ({@link #isShortGap}).
   */
  private final String shortGapCharacters;
  /**
   * What may stand between a body's name and an item of a list whose items carry their own dates,
   * the resolution word after the last (Chinese: the topic, dates, numbers and the list's
   * punctuation); null where the language names the body after the word.
   */
  final Pattern listBetween;
  /**
   * What may stand between a date printed before a number and the number's mark, describing the
   * resolution (Chinese {@code 2020年4月2日题为“…”的第74/270号决议}, {@code 关于…的}, {@code 通过的}), or null.
   */
  final Pattern phraseBeforeNumber;
  /**
   * A resolution's title printed between its number and its date ({@code «…»} in Russian,
   * {@code , entitled “…”,} in English), or null: the date after it is the number's.
   */
  final Pattern titleBeforeDate;
  /**
   * A resolution's topic printed right after its number, up to a comma ({@code , on institution-building
   * of the Council,}), or null: a date or the list's next number may follow it.
   */
  final Pattern topicAfterNumber;
  /**
   * A date of adoption printed before a number, with the words from the adoption to the number
   * ({@code the adoption on 29 November 2013 of resolution 5/6}), the date in a group {@code date};
   * or null.
   */
  final Pattern dateBeforeNumber;
  /**
   * A decision number that carries its body's code ({@code [coded-number]}, its {@code CODES} the
   * printed codes of {@code [coded-numbers]}): {@code 1/CP.21}, Arabic {@code 1/م أ-21}; null in a
   * language without one. Groups {@code cn} (the number), {@code code}, {@code cs} (the session).
   */
  final Pattern codedNumber;
  /** For each code as printed, the bodies that number so: Arabic prints both Conferences' code as {@code م أ}. */
  final ImmutableListMultimap<String, CodedNumber> codedNumbers;

  /**
   * A body whose decision numbers carry its code: its acronym, the code as its canonical numbers
   * write it ({@code CP}), and the series of its documents ({@code FCCC/}).
   */
  record CodedNumber(String acronym, String code, String series) {}
  /**
   * The session that adopted a resolution, named between its body's name and the resolution word
   * ({@code at its seventy-second session}, {@code à sa soixante-douzième session}), or null: the
   * gap is read without it.
   */
  final Pattern sessionInGap;
  /**
   * The run of characters every match of {@link #sessionInGap} and of {@link #titleBeforeDate}
   * holds, lower-cased ({@code session}, {@code «}): where the text does not hold it, the pattern is
   * not run.
   */
  final String sessionInGapLiteral;
  final String titleBeforeDateLiteral;
  /**
   * The next item of a list after a comma written for the list's own separator (Chinese
   * {@code 2368(2017)，2370(2017)和…}); null where the language has none.
   */
  final Pattern listItemAfterComma;
  /**
   * The marks that end a clause where the resolution word follows the numbers (Chinese commas,
   * full stops and semicolons, of either width): a number's word, or the body named before a list,
   * is not looked for past one. Empty where the language has none.
   */
  final String clauseMarks;
  /**
   * The commas of an enumeration (Chinese {@code 、}, and the commas its texts write for it), between
   * numbers each with its own marks: two items of a list. Empty where the language has none.
   */
  final String enumerationMarks;
  /** Letters that may be written onto a word before it (Arabic {@code و ب ل ف ك ا}). */
  final String clitics;
  /**
   * The language's own numerals and their values ({@code [numerals]}: Chinese {@code 一} 1 … {@code 九}
   * 9, {@code 零} 0, {@code 十} 10, {@code 百} 100), for the volumes it writes in them; empty where
   * it has none.
   */
  final ImmutableMap<Character, Integer> numerals;
  /** Resolution and decision words, body names and treaty names by their first character. */
  private final Starts[] startsBelow = new Starts[STARTS_BELOW];
  private final Map<Character, Starts> startsAbove = new java.util.HashMap<>();
  /** The characters looked up in an array (Latin, Greek, Cyrillic, Arabic); the others in a map. */
  private static final int STARTS_BELOW = 0x800;
  /**
   * What the index asks of each character, looked up (a quarter of a megabyte a language): the
   * index's scan asks it of every character of every text, and a table that stopped short (at the
   * General Punctuation block) left a branch to a computation in the loop that cost it a third of
   * its time on Latin-script text.
   */
  final int[] characterClasses;
  /** The body names, lower-cased, parallel to {@link #bodies}. */
  final ImmutableList<String> bodyNamesLower;
  /**
   * For each body name (parallel to {@link #bodies}), the index in {@link #shortNames} of the first
   * short name that shortens it ("commission" for "commission on human rights"), or -1.
   */
  final int[] shortNameOfBody;
  /** The indices in {@link #bodies} of each acronym's names, in the table's order. */
  final ImmutableListMultimap<String, Integer> bodiesByAcronym;
  /** The opening word of each Treaty Series and Ibid. pattern, lower-cased: where to try it (the index records where they stand). */
  final ImmutableList<String> treatyOpenings;
  final ImmutableList<String> ibidOpenings;
  /**
   * The runs of characters the index records where they stand at a word's start
   * ({@link TextIndex#searchAnchors}): the opening run of each internal-reference and pinpoint
   * search ({@link Search.Opening}) and the Official Records' titles that make a meeting in words
   * the Security Council's. Those searches are tried there, not over the text from end to end once
   * each: a long text was read five times more for them.
   */
  final ImmutableList<String> searchOpenings;

  private CiteTables(Language language, ImmutableListMultimap<String, String> s) {
    this.language = language;
    ImmutableMap.Builder<String, Integer> months = ImmutableMap.builder();
    for (String line : s.get("months")) {
      String[] parts = line.split("\t", 2);
      months.put(parts[0].toLowerCase(Locale.ROOT), Integer.parseInt(parts[1].trim()));
    }
    this.months = months.buildOrThrow();
    String volumes = volumesPattern(s.get("volume-separators"));
    // the registrations of a Treaty Series reference are listed as its volumes are
    String registrations = registrationsPattern(s.get("volume-separators"));
    this.date = patterns(s.get("date"), volumes, registrations);
    // a listed day may print its own month before the shared one: "24 June, 26 September and 18 October 2013"
    String monthNames = this.months.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    this.dateList = patterns(s.get("date-list").stream().map(line -> line.replace("MONTHS", monthNames)).toList(), volumes, registrations);
    this.datesOpenWithDigit = java.util.stream.Stream.concat(s.get("date").stream(), s.get("date-list").stream())
        .allMatch(source -> OPENS_WITH_DIGIT.matcher(source).lookingAt());
    this.resolutionWords = lower(s.get("resolution-words"));
    this.decisionWords = lower(s.get("decision-words"));
    this.longestKeyword = java.util.stream.Stream.concat(resolutionWords.stream(), decisionWords.stream())
        .mapToInt(String::length).max().orElse(0);
    this.ownWords = lower(s.get("own-words"));
    this.councilWords = lower(s.get("council-words"));
    this.councilOwnWords = lower(s.get("council-own-words"));
    this.connectors = lower(s.get("connectors"));
    this.rangeWords = lower(s.get("range-words"));
    this.respectively = lower(s.get("respectively"));
    this.dateIntro = lower(s.get("date-intro"));
    this.dateIntroOfTwo = lower(s.get("date-intro-of-two"));
    for (String intro : dateIntroOfTwo) {
      if (!dateIntro.contains(intro)) {
        throw new IllegalStateException(language.code() + ".cite [date-intro-of-two]: \"" + intro
            + "\" is no [date-intro]");
      }
    }
    this.bodyLinks = lower(s.get("body-links"));
    this.titleWords = lower(s.get("title-words"));
    this.agentWords = lower(s.get("agent-words"));
    this.agentLinks = lower(s.get("agent-links"));
    this.bodyGaps = lower(s.get("body-gaps")).stream().map(CiteTables::spacedAsOne).collect(ImmutableSet.toImmutableSet());
    this.gapDateIntro = ImmutableSet.copyOf(lower(s.get("gap-date-intro")));
    this.shortNames = java.util.stream.Stream.concat(lower(s.get("short-names")).stream().map(ShortName::of),
        lower(s.get("short-name-endings")).stream().map(ShortName::ending)).collect(ImmutableList.toImmutableList());
    this.treaty = patterns(s.get("treaty"), volumes, registrations);
    this.ibid = patterns(s.get("ibid"), volumes, registrations);
    this.treatyPrefixes = s.get("treaty").stream().map(LiteralPrefix::of).collect(ImmutableList.toImmutableList());
    this.ibidPrefixes = s.get("ibid").stream().map(LiteralPrefix::of).collect(ImmutableList.toImmutableList());
    this.internal = lowered(s.get("internal"));
    this.internalSearches = s.get("internal").stream().map(line -> Search.of(lowerLiterals(line)))
        .collect(ImmutableList.toImmutableList());
    this.meeting = patterns(s.get("meeting"), volumes, registrations);
    this.ownAdoption = patterns(s.get("own-adoption"), volumes, registrations);
    this.meetingOfOtherBody = patterns(s.get("meeting-of-other-body"), volumes, registrations);
    this.meetingByOtherBody = patterns(s.get("meeting-by-other-body").stream().map(p -> "(?:" + p + ")$").toList(), volumes, registrations);
    this.meetingOfBody = patterns(s.get("meeting-of-body"), volumes, registrations);
    this.othersOfBody = patterns(s.get("others-of-body"), volumes, registrations);
    this.officialRecords = lower(s.get("official-records"));
    this.pinpoint = lowered(s.get("pinpoint"));
    ImmutableList.Builder<ImmutableList<Search>> searches = ImmutableList.builder();
    for (String line : s.get("pinpoint")) {
      searches.add(searchForms(lowerLiterals(line)));
    }
    this.pinpointSearches = searches.build();
    this.searchesWithoutDigit = java.util.stream.Stream.concat(internalSearches.stream(),
        pinpointSearches.stream().flatMap(List::stream)).anyMatch(search -> !search.needsDigit());
    NameTrie<Gazetteer.Entry> mentionTrie = new NameTrie<>();
    java.util.Set<Character> mentionFirsts = new java.util.HashSet<>();
    for (Gazetteer.Entry e : Gazetteer.get().entries()) {
      for (String name : Gazetteer.get().names(e, language)) {
        // a name long enough to be no common phrase: Chinese writes one in a few characters
        if (name.length() >= (language == Language.ZH ? 5 : 12)) {
          String lowerName = name.toLowerCase(Locale.ROOT);
          mentionTrie.put(lowerName, e);
          mentionFirsts.add(lowerName.charAt(0));
        }
      }
    }
    this.bodies = bodyNames(language);
    this.hasBodylessNames = bodies.stream().anyMatch(BodyName::bodyless);
    ImmutableListMultimap.Builder<String, String> examples = ImmutableListMultimap.builder();
    for (String line : s.get("examples")) {
      String[] parts = line.split("\t", 2);
      examples.put(parts[0], parts[1]);
    }
    this.examples = examples.build();
    this.sessionPrefixes = ImmutableMap.<String, String>builder().put("S", "S").put("ES", "ES")
        .putAll(DataTables.pairs(s.get("session-prefixes"))).buildKeepingLast();
    List<String> alternatives = new ArrayList<>(sessionPrefixes.keySet());
    alternatives.sort((a, b) -> b.length() - a.length());
    this.sessionPrefixesLongestFirst = ImmutableList.copyOf(alternatives);
    this.partWords = DataTables.pairs(s.get("part-words"));
    this.slashed = Pattern.compile(CitationExtractor.SLASHED_TEMPLATE
        .replace("SESSIONS", String.join("|", alternatives.stream().map(Pattern::quote).toList()))
        .replace("PARTWORDS", partWords.isEmpty() ? "" : "|" + String.join("|", partWords.keySet())));
    this.slashedNumbers = new SlashedNumbers(sessionPrefixesLongestFirst, partWords.keySet());
    this.keywordAfter = !s.get("keyword-after").isEmpty();
    this.namesAfterKeyword = !s.get("names-after-keyword").isEmpty();
    ImmutableListMultimap.Builder<String, String> marks = ImmutableListMultimap.builder();
    for (String line : s.get("number-marks")) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2 || !parts[0].equals("before") && !parts[0].equals("after")) {
        throw new IllegalStateException(language.code() + ".cite [number-marks]: «before» or «after», a tab, a mark: " + line);
      }
      marks.put(parts[0], parts[1].strip());
    }
    this.marksBefore = marks.build().get("before");
    this.marksAfter = marks.build().get("after");
    this.shortGapCharacters = "’'s" + String.join("", marksBefore);
    ImmutableListMultimap.Builder<String, CodedNumber> coded = ImmutableListMultimap.builder();
    for (String line : s.get("coded-numbers")) {
      String[] parts = line.split("\t");
      if (parts.length != 4) {
        throw new IllegalStateException(language.code() + ".cite [coded-numbers]: the code as printed, its body's acronym,"
            + " the code as canonical, the series of the body's documents, tab-separated: " + line);
      }
      coded.put(parts[0], new CodedNumber(parts[1], parts[2], parts[3]));
    }
    this.codedNumbers = coded.build();
    this.codedNumber = s.get("coded-number").isEmpty() || codedNumbers.isEmpty() ? null
        : Pattern.compile(s.get("coded-number").get(0).replace("CODES",
            String.join("|", codedNumbers.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())));
    this.listBetween = optionalPattern(s, "list-between", 0);
    this.phraseBeforeNumber = optionalPattern(s, "phrase-before-number", 0);
    this.titleBeforeDate = optionalPattern(s, "title-before-date", 0);
    this.topicAfterNumber = optionalPattern(s, "topic-after-number", 0);
    this.dateBeforeNumber = optionalPattern(s, "date-before-number", FLAGS);
    this.sessionInGap = optionalPattern(s, "session-in-gap", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.sessionInGapLiteral = requiredLiteral(sessionInGap);
    this.titleBeforeDateLiteral = requiredLiteral(titleBeforeDate);
    this.listItemAfterComma = optionalPattern(s, "list-item-after-comma", 0);
    this.reversedNumbers = !s.get("reversed-numbers").isEmpty();
    this.localRoman = s.get("local-roman").isEmpty() ? null
        : Pattern.compile(s.get("local-roman").get(0)
            .replace("PARTWORDS", String.join("|", this.partWords.keySet()))
            .replace("SESSIONS", String.join("|", sessionPrefixesLongestFirst)));
    this.clitics = String.join("", s.get("clitics"));
    this.clauseMarks = String.join("", s.get("clause-marks"));
    this.enumerationMarks = String.join("", s.get("enumeration-marks"));
    ImmutableMap.Builder<Character, Integer> numerals = ImmutableMap.builder();
    for (Map.Entry<String, String> numeral : DataTables.pairs(s.get("numerals")).entrySet()) {
      if (numeral.getKey().length() != 1) {
        throw new IllegalStateException(language.code() + ".cite [numerals]: one character, a tab, its value: " + numeral);
      }
      numerals.put(numeral.getKey().charAt(0), Integer.parseInt(numeral.getValue().strip()));
    }
    this.numerals = numerals.buildOrThrow();
    List<String> keywordList = concat(resolutionWords, decisionWords);
    Map<Character, List<String>> keywords = byFirstCharacter(keywordList, keywordList);
    keywords.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
    this.bodyNamesLower = bodies.stream().map(b -> b.name().toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
    this.shortNameOfBody = new int[bodies.size()];
    ImmutableListMultimap.Builder<String, Integer> byAcronym = ImmutableListMultimap.builder();
    for (int b = 0; b < bodies.size(); b++) {
      shortNameOfBody[b] = -1;
      for (int w = 0; w < shortNames.size() && shortNameOfBody[b] < 0; w++) {
        if (shortNames.get(w).shortens(bodyNamesLower.get(b))) {
          shortNameOfBody[b] = w;
        }
      }
      byAcronym.put(bodies.get(b).acronym(), b);
    }
    this.bodiesByAcronym = byAcronym.build();
    List<Integer> bodyIndices = java.util.stream.IntStream.range(0, bodies.size()).boxed().toList();
    Map<Character, List<Integer>> byFirst = byFirstCharacter(bodyNamesLower, bodyIndices);
    this.treatyOpenings = openings(s.get("treaty"));
    this.ibidOpenings = openings(s.get("ibid"));
    List<String> allOpenings = concat(treatyOpenings, ibidOpenings);
    Map<Character, List<String>> openingsByFirst = byFirstCharacter(allOpenings, allOpenings);
    Map<Character, List<LiteralPrefix>> prefixesByFirst = byFirstCharacter(allOpenings, concat(treatyPrefixes, ibidPrefixes));
    java.util.Set<String> searchRuns = new java.util.LinkedHashSet<>();
    java.util.stream.Stream.concat(internalSearches.stream(), pinpointSearches.stream().flatMap(List::stream))
        .filter(Search::anchored).forEach(search -> searchRuns.add(search.opening().literal()));
    searchRuns.addAll(officialRecords);
    this.searchOpenings = ImmutableList.copyOf(searchRuns);
    Map<Character, List<String>> searchOpeningsByFirst = byFirstCharacter(searchOpenings, searchOpenings);
    java.util.Set<Character> firsts = new java.util.HashSet<>(keywords.keySet());
    firsts.addAll(byFirst.keySet());
    firsts.addAll(mentionFirsts);
    firsts.addAll(openingsByFirst.keySet());
    firsts.addAll(searchOpeningsByFirst.keySet());
    this.mentionNames = mentionTrie;
    java.util.Set<Character> shortFirsts = new java.util.HashSet<>();
    keywords.values().forEach(list -> list.forEach(w -> addOpening(w, shortFirsts, openings)));
    // a text without a digit is indexed for the bodies it names too: a later piece may name them by a short name
    bodyNamesLower.forEach(name -> addOpening(name, shortFirsts, openings, mentionOpenings));
    mentionTrie.names().forEach(name -> addOpening(name, shortFirsts, openings, mentionOpenings));
    // a text without a digit is searched for the Ibid. patterns only (a Treaty Series reference prints a number)
    new java.util.LinkedHashSet<>(treatyOpenings).forEach(w -> addOpening(w, shortFirsts, openings));
    new java.util.LinkedHashSet<>(ibidOpenings).forEach(w -> addOpening(w, shortFirsts, openings, mentionOpenings));
    // every search needs a digit (searchesWithoutDigit): a text without one is not indexed for them
    searchOpenings.forEach(run -> addOpening(run, shortFirsts, openings));
    for (char c : firsts) {
      Starts starts = new Starts(keywords.getOrDefault(c, List.of()), decisionWords,
          byFirst.getOrDefault(c, List.of()), bodyNamesLower);
      starts.shortWords = shortFirsts.contains(c);
      starts.treatyOpenings = openingsByFirst.getOrDefault(c, List.of()).toArray(new String[0]);
      starts.treatyPrefixes = prefixesByFirst.getOrDefault(c, List.of()).toArray(new LiteralPrefix[0]);
      starts.searchOpenings = searchOpeningsByFirst.getOrDefault(c, List.of()).toArray(new String[0]);
      if (c < STARTS_BELOW) {
        startsBelow[c] = starts;
      } else {
        startsAbove.put(c, starts);
      }
    }
    this.characterClasses = TextIndex.characterClasses(this, Character.MAX_VALUE + 1);
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Each value under the first character of its word ({@code words} and {@code values} in step), in order. */
  private static <T> Map<Character, List<T>> byFirstCharacter(List<String> words, List<T> values) {
    Map<Character, List<T>> out = new java.util.HashMap<>();
    for (int k = 0; k < words.size(); k++) {
      out.computeIfAbsent(words.get(k).charAt(0), c -> new ArrayList<>()).add(values.get(k));
    }
    return out;
  }

  /** The openings of every keyword, body name, treaty name and Treaty Series or Ibid. opening word. */
  final Openings openings = new Openings();
  /**
   * The openings of the treaty names, body names and Ibid. opening words only: all a text without
   * a digit is indexed for ({@link TextIndex#hasDigit}), whose word starts the keywords and Treaty
   * Series openings ("Nations Unies, Recueil des Traités", a number after it) would let through for
   * nothing.
   */
  final Openings mentionOpenings = new Openings();

  private static final int OPENING_BITS = 1 << 16;
  /** How many characters the second set of {@link Openings} looks at. */
  static final int OPENING_LENGTH = 6;

  /**
   * Adds a word's opening to each set; a word too short to have one (its first character then
   * opens it wherever it stands) to {@code shortFirsts}.
   */
  private static void addOpening(String lowerWord, java.util.Set<Character> shortFirsts, Openings... sets) {
    char[] key = new char[OPENING_LENGTH];
    int length = opening(lowerWord.toCharArray(), 0, key);
    if (length < 3) {
      shortFirsts.add(lowerWord.charAt(0));
      return;
    }
    for (Openings set : sets) {
      set.add(key, length);
    }
  }

  /**
   * The openings of a set of words, as two bit sets that tell the index where none of them may
   * start. The first holds a bit per hash of the first three characters (past Arabic marks, as the
   * index compares) of every word: most word starts of a text open none, and the index asks this
   * before trying the words. The second is asked where the first lets a position through: a bit per
   * hash of the first {@link #OPENING_LENGTH} characters of every word that long, and by their first
   * three of the shorter ones. "the" opens "the Assembly" but rarely "the as"; "international"
   * opens dozens of treaty names but "internal" none.
   */
  static final class Openings {
    final long[] openingBits = new long[OPENING_BITS / 64];
    private final long[] longOpeningBits = new long[OPENING_BITS / 64];
    private final long[] shortOpeningBits = new long[OPENING_BITS / 64];

    private void add(char[] key, int length) {
      int bit = openingBit(key[0], key[1], key[2]);
      set(openingBits, bit);
      if (length < OPENING_LENGTH) {
        set(shortOpeningBits, bit);
      } else {
        set(longOpeningBits, longOpeningBit(key));
      }
    }

    /**
     * Whether a word may open with the text's first characters at {@code from}, as {@link #opening}
     * reads them into {@code scratch}; false means certainly none does. The index asks it where
     * {@link #mayOpen} said yes.
     */
    boolean mayOpenLonger(char[] lower, int from, char[] scratch) {
      int length = asciiOpening(lower, from, scratch) ? OPENING_LENGTH : opening(lower, from, scratch);
      if (length < OPENING_LENGTH) {
        return true; // too near the end to tell
      }
      int bit = openingBit(scratch[0], scratch[1], scratch[2]);
      if (has(shortOpeningBits, bit)) {
        return true;
      }
      return has(longOpeningBits, longOpeningBit(scratch));
    }

    /**
     * Whether a word may open with these three characters (the second and third as
     * {@link Starts#normal} makes them); false means certainly none does.
     */
    boolean mayOpen(char first, char second, char third) {
      return mayOpenAsKeys(Starts.normal(first), Starts.normal(second), Starts.normal(third));
    }

    /** As {@link #mayOpen}, of characters already as {@link Starts#normal} makes them. */
    boolean mayOpenAsKeys(char first, char second, char third) {
      return has(openingBits, openingBit(first, second, third));
    }
  }

  /**
   * The first characters of a key, or of a text at {@code from}, as every look-up compares them:
   * Arabic marks after the first passed over, a run of white space as one space, the apostrophe as
   * the typographic one. One definition for the keys and the text, so that the bits never turn a
   * position away that a look-up would match.
   *
   * @param into filled with up to its length of characters
   * @return how many were filled (fewer where the source ends first)
   */
  static int opening(char[] source, int from, char[] into) {
    int n = 0;
    int j = from;
    while (n < into.length && j < source.length) {
      char c = source[j];
      if (n > 0 && Scripts.isArabicMark(c)) {
        j++;
        continue;
      }
      if (isNameSpace(c)) {
        c = ' ';
        do {
          j++;
        } while (j < source.length && isNameSpace(source[j]));
      } else {
        c = Starts.normal(c);
        j++;
      }
      into[n++] = c;
    }
    return n;
  }

  /**
   * Reads the text's first {@link #OPENING_LENGTH} characters at {@code from} into {@code scratch}
   * where they are all ASCII small letters, as most openings are: {@link #opening} reads them so
   * too, character for character, and is asked only of the others.
   */
  private static boolean asciiOpening(char[] lower, int from, char[] scratch) {
    if (from + OPENING_LENGTH > lower.length) {
      return false;
    }
    for (int k = 0; k < OPENING_LENGTH; k++) {
      char c = lower[from + k];
      if (c < 'a' || c > 'z') {
        return false;
      }
      scratch[k] = c;
    }
    return true;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private static boolean has(long[] bits, int bit) {
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }

  private static int longOpeningBit(char[] key) {
    // the characters packed into two words, each multiplied on its own: a chain of six dependent
    // multiplications cost more than the rest of the test (up to eight characters fit)
    long low = 0;
    long high = 0;
    for (int k = 0; k < 4; k++) {
      low |= (long) key[k] << (16 * k);
    }
    for (int k = 4; k < OPENING_LENGTH; k++) {
      high |= (long) key[k] << (16 * (k - 4));
    }
    return (int) ((low * 0x9E3779B97F4A7C15L + high * 0xC2B2AE3D27D4EB4FL) >>> 48);
  }

  static int openingBit(char a, char b, char c) {
    long key = (long) a << 32 | (long) b << 16 | c;
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 48); // the top 16 bits of a multiplicative hash
  }

  /**
   * The abbreviations whose full stop ends no sentence ({@code vol.}, {@code párrs.}, {@code стр.}),
   * of every language's {@code [abbreviations]}: a text quotes others' references as they were
   * printed. An entry is a regular expression matched ignoring the case of ASCII letters; those
   * that are letters, some made optional ({@code vols?}), are spelled out here ({@code vol},
   * {@code vols}), ASCII letters lower-cased, so that the full stops of a text are told by a look-up.
   */
  static final List<String> ABBREVIATION_ENTRIES = java.util.Arrays.stream(Language.values())
      .flatMap(language -> languageSections(language).get("abbreviations").stream())
      .distinct().toList();
  private static final Pattern SPELLED_OUT = Pattern.compile("(?:\\p{L}\\??)+");
  /**
   * The spelled-out abbreviations by their length: a sentence's every full stop asks whether the
   * word before it is one, compared in place rather than cut into a string to look up.
   */
  private static final String[][] ABBREVIATIONS_BY_LENGTH = byLength(ABBREVIATION_ENTRIES.stream()
      .filter(entry -> SPELLED_OUT.matcher(entry).matches())
      .flatMap(entry -> spelledOut(entry).stream())
      .distinct().toList());
  /** The entries that are not letters alone, as one pattern; null where every entry is. */
  private static final Pattern OTHER_ABBREVIATIONS = otherAbbreviations();

  private static Pattern otherAbbreviations() {
    List<String> others = ABBREVIATION_ENTRIES.stream().filter(entry -> !SPELLED_OUT.matcher(entry).matches()).toList();
    return others.isEmpty() ? null : Pattern.compile("(?i)" + String.join("|", others));
  }

  /** {@code vols?} → {@code [vol, vols]}: every spelling of letters some of which are optional, ASCII letters lower-cased. */
  private static List<String> spelledOut(String entry) {
    List<String> spellings = new ArrayList<>(List.of(""));
    for (int i = 0; i < entry.length(); i++) {
      char letter = asciiLower(entry.charAt(i));
      boolean optional = i + 1 < entry.length() && entry.charAt(i + 1) == '?';
      List<String> longer = new ArrayList<>();
      for (String spelling : spellings) {
        if (optional) {
          longer.add(spelling);
        }
        longer.add(spelling + letter);
      }
      spellings = longer;
      i += optional ? 1 : 0;
    }
    return spellings;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Whether the letters of {@code text} from {@code from} to {@code to} are one of the
   * {@code [abbreviations]} of any language, as its pattern would match them ignoring the case of
   * ASCII letters.
   */
  static boolean isAbbreviation(CharSequence text, int from, int to) {
    return spelledOutAbbreviation(text, from, to)
        || OTHER_ABBREVIATIONS != null && OTHER_ABBREVIATIONS.matcher(text).region(from, to).matches();
  }

  /** Whether {@code text} from {@code from} to {@code to}, its ASCII letters lower-cased, is a spelled-out abbreviation. */
  private static boolean spelledOutAbbreviation(CharSequence text, int from, int to) {
    int length = to - from;
    if (length <= 0 || length >= ABBREVIATIONS_BY_LENGTH.length) {
      return false;
    }
    for (String abbreviation : ABBREVIATIONS_BY_LENGTH[length]) {
      int i = 0;
      while (i < length && asciiLower(text.charAt(from + i)) == abbreviation.charAt(i)) {
        i++;
      }
      if (i == length) {
        return true;
      }
    }
    return false;
  }

  /** Words grouped by their length: element {@code n} holds those {@code n} characters long. */
  private static String[][] byLength(List<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int length = n;
      out[n] = words.stream().filter(w -> w.length() == length).toArray(String[]::new);
    }
    return out;
  }

  /**
   * The tables of a language, read once. Asked once per extraction (per paragraph in a parse), so
   * a loaded language is read from an array without a lock: the tables' fields are final, which
   * publishes them safely to any thread that sees the reference.
   */
  static CiteTables of(Language language) {
    CiteTables tables = LOADED[language.ordinal()];
    return tables != null ? tables : load(language);
  }

  private static synchronized CiteTables load(Language language) {
    CiteTables tables = LOADED[language.ordinal()];
    if (tables == null) {
      tables = new CiteTables(language, languageSections(language));
      LOADED[language.ordinal()] = tables;
    }
    return tables;
  }

  /** A list of volumes: numbers of up to five digits joined by this language's separators. */
  private static String volumesPattern(List<String> separators) {
    return numberList(separators, ASCII_DIGITS + "{1,5}");
  }

  /** A list of registration numbers ("Nos. 17512 and 17513"), joined as volumes are. */
  private static String registrationsPattern(List<String> separators) {
    return numberList(separators, ASCII_DIGITS + "{1,9}");
  }

  /**
   * The digits of a volume or registration: ASCII ones, as the extractor reads the numbers of
   * these groups back; the tables' patterns read {@code \d} as any script's digit
   * ({@link #FLAGS}), and "no൫ 970" (a Malayalam digit, as a mutated text has it) matched a
   * registration of no number the extractor could read.
   */
  private static final String ASCII_DIGITS = "[0-9]";

  /** Numbers of the form {@code number} joined by the language's separators, twenty at most. */
  private static String numberList(List<String> separators, String number) {
    StringBuilder alternatives = new StringBuilder();
    for (String separator : separators) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      String quoted = Pattern.quote(separator);
      boolean spacedWord = Character.isLetter(separator.charAt(0))
          && Character.UnicodeScript.of(separator.charAt(0)) != Character.UnicodeScript.HAN;
      alternatives.append(spacedWord ? "\\s+" + quoted + "\\s+" : "\\s*" + quoted + "\\s*");
    }
    return number + "(?:(?:" + alternatives + ")" + number + "){0,20}";
  }

  /**
   * Patterns run over the lower-cased text (as {@link #LOWERED} sections are): their literals
   * lower-cased and no case-insensitive matching, so that a pattern opening with a word is found
   * by the regex engine's fast literal search instead of a case-folding try at every position.
   */
  private static ImmutableList<Pattern> lowered(List<String> lines) {
    ImmutableList.Builder<Pattern> out = ImmutableList.builder();
    for (String line : lines) {
      out.add(Pattern.compile(lowerLiterals(line), Pattern.UNICODE_CHARACTER_CLASS));
    }
    return out.build();
  }

  /**
   * A pattern as the patterns to search for it: {@code (?:X)?Y} as {@code XY} and {@code Y}; any
   * other as itself.
   */
  static ImmutableList<Search> searchForms(String source) {
    int close = source.startsWith("(?:") ? closingParen(source) : -1;
    if (close < 0 || close + 1 >= source.length() || source.charAt(close + 1) != '?'
        || close + 2 < source.length() && "?+*{".indexOf(source.charAt(close + 2)) >= 0) {
      return ImmutableList.of(Search.of(source));
    }
    String optional = source.substring(3, close);
    String rest = source.substring(close + 2);
    return ImmutableList.of(Search.of(optional + rest), Search.of(rest));
  }

  /** The index of the parenthesis that closes the group opening the source, or -1. */
  private static int closingParen(String source) {
    return walk(source, (i, c, depth, plain) -> plain && c == ')' && depth == 0);
  }

  /** A look at one character of a pattern's source; true to stop there. */
  private interface SourceVisitor {
    boolean visit(int index, char c, int depth, boolean plain);
  }

  /**
   * Walks a pattern's source: each character with the depth of groups it stands at (after it, for a
   * parenthesis) and whether it is plain — neither an escape (visited once, at its backslash) nor
   * inside a character class. Returns the index where the visitor stopped, or -1.
   */
  private static int walk(String source, SourceVisitor visitor) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean plain = false;
      if (c == '\\') {
        if (visitor.visit(i, c, depth, false)) {
          return i;
        }
        i++;
        if (i + 1 < source.length() && (source.charAt(i) == 'p' || source.charAt(i) == 'P') && source.charAt(i + 1) == '{') {
          i = Math.max(i, source.indexOf('}', i)); // \p{L}: a class, no literal
        }
        continue;
      }
      if (!inClass && c == '{') {
        // a quantifier's bounds ({1,300}) are no literal
        int close = source.indexOf('}', i);
        for (int j = i; j <= (close < 0 ? source.length() - 1 : close); j++) {
          if (visitor.visit(j, source.charAt(j), depth, false)) {
            return j;
          }
        }
        i = close < 0 ? source.length() : close;
        continue;
      }
      if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        plain = true;
      }
      if (visitor.visit(i, c, depth, plain)) {
        return i;
      }
    }
    return -1;
  }

  /** The sections whose patterns run over the lower-cased text. */
  static final ImmutableSet<String> LOWERED = ImmutableSet.of("internal", "pinpoint");

  /** Lower-cases a pattern's letters, not its escapes ({@code \\d}, {@code \\p{L}}) or group names. */
  static String lowerLiterals(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        out.append(c).append(next);
        i++;
        if ((next == 'p' || next == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
          int close = pattern.indexOf('}', i);
          out.append(pattern, i + 1, close + 1);
          i = close;
        }
      } else if (c == '(' && pattern.startsWith("(?<", i) && i + 3 < pattern.length()
          && pattern.charAt(i + 3) != '=' && pattern.charAt(i + 3) != '!') {
        int close = pattern.indexOf('>', i);
        out.append(pattern, i, close + 1);
        i = close;
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The year a volume of the Treaty Series was published in, which older texts print after it
   * ("vol. 75 (1950), No. 972", S/RES/237 (1967)): it stands after the volumes' group, outside it.
   */
  private static final String VOLUME_YEAR = "(?:\\s*\\((?:19|20)\\d\\d\\))?";

  private static ImmutableList<Pattern> patterns(List<String> lines, String volumes, String registrations) {
    ImmutableList.Builder<Pattern> out = ImmutableList.builder();
    for (String line : lines) {
      String expanded = line.replace("(?<vols>VOLUMES)", "(?<vols>VOLUMES)" + VOLUME_YEAR);
      out.add(Pattern.compile(expanded.replace("VOLUMES", volumes).replace("REGISTRATIONS", registrations), FLAGS));
    }
    return out.build();
  }

  /** The literal letters a pattern opens with, lower-cased ({@code nations}, {@code ibid}). */
  private static ImmutableList<String> openings(List<String> patterns) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String pattern : patterns) {
      int i = 0;
      while (i < pattern.length() && "\\([.?*+{|^$".indexOf(pattern.charAt(i)) < 0) {
        i++;
      }
      if (i == 0) {
        throw new IllegalStateException("a Treaty Series pattern must open with a word: " + pattern);
      }
      out.add(pattern.substring(0, i).toLowerCase(Locale.ROOT));
    }
    return out.build();
  }

  private static ImmutableList<BodyName> bodyNames(Language language) {
    ImmutableList.Builder<BodyName> out = ImmutableList.builder();
    for (String[] parts : BODY_ROWS) {
      if (parts[2].equals(language.code())) {
        out.add(new BodyName(parts[0], parts[0].equals(BodyName.NO_BODY) ? Body.OTHER : Body.fromCode(parts[1]).orElseThrow(),
            parts[3]));
      }
    }
    return out.build();
  }

  /** The rows of {@code bodies.tsv}, split into their columns (four, or five), read once for every language. */
  private static final ImmutableList<String[]> BODY_ROWS = lines("bodies.tsv").stream().map(line -> line.split("\t"))
      .peek(parts -> {
        if (parts.length < 4 || parts.length > 5) {
          throw new IllegalStateException("bodies.tsv: a row has four or five columns: " + String.join("\t", parts));
        }
      })
      .collect(ImmutableList.toImmutableList());

  private static final Pattern ROMAN_SESSIONS = Pattern.compile("roman-sessions:([1-9][0-9]?)");

  /**
   * The acronyms of the bodies that numbered their decisions by a roman session ({@code X/29}), as
   * the fifth column of {@code bodies.tsv} marks them, each with the last session so numbered: a
   * session up to it printed in digits is read as its roman number. The same in every language.
   */
  static final ImmutableMap<String, Integer> ROMAN_SESSION_BODIES = romanSessionBodies();

  private static ImmutableMap<String, Integer> romanSessionBodies() {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (String[] parts : BODY_ROWS) {
      if (parts.length == 5) {
        Matcher m = ROMAN_SESSIONS.matcher(parts[4]);
        Integer before = m.matches() ? out.put(parts[0], Integer.parseInt(m.group(1))) : null;
        if (!m.matches() || before != null && !before.equals(out.get(parts[0]))) {
          throw new IllegalStateException("bodies.tsv: a fifth column is roman-sessions:N, the same on each of a body's rows: "
              + String.join("\t", parts));
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Whether a gap between a body's name and its resolution word is short: four characters at most,
   * each white space, a possessive ({@code ’s}) or a mark before the number. Read by hand: asked of
   * each name before a keyword.
   */
  boolean isShortGap(String gap) {
    if (gap.length() > 4) {
      return false; // every character of the set is one char
    }
    for (int i = 0; i < gap.length(); i++) {
      if (!isSpaceOrNoBreakSpace(gap.charAt(i)) && shortGapCharacters.indexOf(gap.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A gap between words as {@link #bodyGaps} holds it: runs of white space (a no-break space among
   * them) as one space, none at either end.
   */
  static String spacedAsOne(String gap) {
    StringBuilder out = new StringBuilder(gap.length());
    boolean inRun = false;
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (isSpaceOrNoBreakSpace(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().strip();
  }

  /** A comma: Latin, Arabic or full-width (the Chinese enumeration comma 、 is none: it lists). */
  static boolean isComma(char c) {
    return c == ',' || c == '،' || c == '，';
  }

  /** Whether {@code s} has a comma ({@link #isComma}). */
  static boolean hasComma(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isComma(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A gap without the comma that opens it and the white space after that comma ({@link #isComma}). */
  static String withoutLeadingComma(String gap) {
    if (gap.isEmpty() || !isComma(gap.charAt(0))) {
      return gap;
    }
    int i = 1;
    while (i < gap.length() && gap.charAt(i) != '\u00a0' && isSpaceOrNoBreakSpace(gap.charAt(i))) {
      i++;
    }
    return gap.substring(i);
  }

  /**
   * The words of a gap, split at runs of white space (no-break spaces among them) as a pattern's
   * split reads them: a run that opens the gap gives an empty first word, runs that end it none, and
   * a gap of white space alone no word. Read by hand: asked of each name before a keyword.
   */
  static String[] words(String gap) {
    List<String> out = null;
    int start = 0;
    int i = 0;
    while (i < gap.length()) {
      if (!isSpaceOrNoBreakSpace(gap.charAt(i))) {
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(6);
      }
      out.add(gap.substring(start, i));
      while (i < gap.length() && isSpaceOrNoBreakSpace(gap.charAt(i))) {
        i++;
      }
      start = i;
    }
    if (out == null) {
      return new String[] {gap};
    }
    out.add(gap.substring(start));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  /** ASCII white space, as a pattern's {@code \s} reads it, or a no-break space. */
  static boolean isSpaceOrNoBreakSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0';
  }

  private static ImmutableList<String> lower(List<String> words) {
    return DataTables.lower(words);
  }

  /** The one pattern of a section a language may leave out, or null where it does. */
  private static Pattern optionalPattern(ImmutableListMultimap<String, String> s, String section, int flags) {
    return s.get(section).isEmpty() ? null : Pattern.compile(s.get(section).get(0), flags);
  }

  /** The run every match of a pattern holds, lower-cased ({@link Search#requiredLiteral}); empty for no pattern. */
  private static String requiredLiteral(Pattern pattern) {
    return pattern == null ? "" : Search.requiredLiteral(pattern.pattern()).toLowerCase(Locale.ROOT);
  }

  private static ImmutableListMultimap<String, String> sections(List<String> lines) {
    return DataTables.sections(lines);
  }

  /**
   * A language's sections, a line {@code @xx} of a section standing for the rows of the same
   * section of {@code xx.cite}, in its place: Russian and Arabic footnotes print the English Treaty
   * Series forms, which are written once, in English's table.
   */
  static ImmutableListMultimap<String, String> languageSections(Language language) {
    ImmutableListMultimap<String, String> own = sections(lines("lang/" + language.code() + ".cite"));
    ImmutableListMultimap.Builder<String, String> out = ImmutableListMultimap.builder();
    Map<String, ImmutableListMultimap<String, String>> includedTables = new java.util.HashMap<>(); // each read once
    for (Map.Entry<String, String> row : own.entries()) {
      String line = row.getValue();
      if (line.startsWith("@")) {
        ImmutableList<String> included = includedTables.computeIfAbsent(line.substring(1).strip(),
            code -> sections(lines("lang/" + code + ".cite"))).get(row.getKey());
        if (included.isEmpty() || included.stream().anyMatch(l -> l.startsWith("@"))) {
          throw new IllegalStateException(language.code() + ".cite [" + row.getKey() + "]: " + line
              + " names no section of rows of its own to include");
        }
        out.putAll(row.getKey(), included);
      } else {
        out.put(row.getKey(), line);
      }
    }
    return out.build();
  }

  static List<String> lines(String resource) {
    return DataTables.lines(CiteTables.class, resource, true);
  }
}
