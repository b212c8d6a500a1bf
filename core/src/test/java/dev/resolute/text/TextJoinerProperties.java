package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The joined text of lines is what the citations are found in, and their spans are mapped back into
 * the input through it: every character the text copied must map to its own place in the input,
 * whatever spaces were collapsed, hyphens dropped or markers skipped before it.
 */
class TextJoinerProperties {

  @Property
  void everyCopiedCharacterMapsToItsPlaceInTheInput(@ForAll("inputs") String input, @ForAll("cuts") List<Integer> cuts) {
    TextJoiner joiner = new TextJoiner(input, List.of("sous"));
    // the input as lines, each with a marker cut out of it where the cuts fall inside
    int start = 0;
    for (int end = input.indexOf('\n'); start <= input.length(); end = input.indexOf('\n', start)) {
      int lineEnd = end < 0 ? input.length() : end;
      List<int[]> markers = new ArrayList<>();
      for (int cut : cuts) {
        if (cut >= start && cut + 1 < lineEnd) {
          markers.add(new int[] {cut, cut + 1});
          break;
        }
      }
      joiner.append(start, lineEnd, markers).lineBreak();
      start = lineEnd + 1;
    }
    String text = joiner.toString();
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) != ' ') {
        assertEquals(text.charAt(k), input.charAt(joiner.inputAt(k)), "text offset " + k + " of «" + text + "»");
      }
    }
  }

  @Property
  void appendingAnotherJoinersTextIsAppendingItsPieces(@ForAll("inputs") String input, @ForAll("cuts") List<Integer> cuts) {
    // the input's lines, cut into paragraphs where the cuts fall: one joiner over every line, and one
    // joiner per paragraph appended to a second, must read alike and map alike. No word runs from one
    // paragraph into the next (a hyphen or a wide character ending one glues the next one's first
    // word to it): each joiner reads its own words ("sous-" opening a paragraph is a compound part,
    // "régionalessous-" is no word)
    TextJoiner whole = new TextJoiner(input, List.of("sous"));
    TextJoiner joined = new TextJoiner(input, List.of("sous"));
    TextJoiner paragraph = new TextJoiner(input, List.of("sous"));
    int start = 0;
    for (int end = input.indexOf('\n'); start <= input.length(); end = input.indexOf('\n', start)) {
      int lineEnd = end < 0 ? input.length() : end;
      whole.append(start, lineEnd, List.of()).lineBreak();
      paragraph.append(start, lineEnd, List.of()).lineBreak();
      int lineStart = start;
      String soFar = whole.toString(); // read here, and appended to after: the joiner takes its text back
      boolean glues = !soFar.isEmpty() && (soFar.endsWith("-") || TextJoiner.isWide(soFar.charAt(soFar.length() - 1)));
      if (end < 0 || !glues && cuts.stream().anyMatch(cut -> cut >= lineStart && cut <= lineEnd)) {
        joined.append(paragraph).lineBreak();
        paragraph = new TextJoiner(input, List.of("sous"));
      }
      start = lineEnd + 1;
    }
    assertEquals(whole.toString(), joined.toString());
    String text = joined.toString();
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) != ' ') {
        assertEquals(whole.inputAt(k), joined.inputAt(k), "text offset " + k + " of «" + text + "»");
      }
    }
  }

  @Provide
  Arbitrary<String> inputs() {
    // words, hyphens at line ends, runs of spaces and tabs, line breaks, digits and wide characters
    Arbitrary<String> pieces = Arbitraries.of("sous-", "régionales", "résolution", "65/232", " ", "  ", "\t", "\n",
        "\n  ", "-", "1", "(XV)", "经济", "理事会", "A/C.3/66/L.15");
    return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 400).list().ofMaxSize(6).map(list -> list.stream().sorted().toList());
  }
}
