package dev.resolute.testkit;

import dev.resolute.model.Body;
import dev.resolute.model.Clause;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Subparagraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Lays a {@link Resolution} out as the text a PDF extractor gives of an official UN document, in
 * its language: a cover page (organization and symbol, body, distribution, date), lines wrapped
 * at a width with words hyphenated at line ends, pages of a length with a running header (the
 * symbol alone on a line), the page number glued to the job number ({@code 311-53519}) and the job
 * number with the language letter on the first page ({@code 11-53519 (E)}), footnote blocks after a
 * rule at the foot of the page where their marker stands, cutting paragraphs in two, and markers
 * glued to the word, number or year before them ({@code 65/23211}). Optional noise adds OCR-like
 * slips.
 *
 * <pre>{@code
 * String text = PdfText.standard().lineWidth(70).pageLength(30).render(resolution);
 * }</pre>
 *
 * <p>A footnote reference is placed by its span: its offset from the start of its clause's text
 * (the clause's span start, after {@code NUMBER.<TAB>} for a numbered paragraph), less the markers
 * before it, scaled by the ratio of the text's length to the span's, snapped to the end of a word.
 * The testkit's own resolutions are laid out that way, so their markers come back where they were;
 * for parsed ones the place is approximate.
 *
 * <p>Instances are immutable; each knob returns a new renderer.
 */
public final class PdfText {
  private static final String RULE = "__________________";
  /** The first of the private-use characters that tag a marker with its footnote while lines are laid out. */
  private static final char TAG = '\ue000';

  /**
   * Page furniture that PDF extractors give or leave out, depending on the document and the tool:
   * the running header and the footnote rule are always there.
   */
  public enum Furniture {
    /** A form feed between pages ({@code \fS/RES/1445 (2002)}). */
    FORM_FEEDS,
    /** The job number with the language letter closing the first page ({@code 02-72318 (E)}). */
    FIRST_PAGE_JOB_NUMBER,
    /** The page number glued to the job number under the running header ({@code 311-53519}). */
    PAGE_AND_JOB_NUMBER
  }

  private final int lineWidth;
  private final int pageLength;
  private final double noise;
  private final long seed;
  private final Set<Furniture> furniture;

  private PdfText(int lineWidth, int pageLength, double noise, long seed, Set<Furniture> furniture) {
    if (lineWidth < 30 || pageLength < 12 || noise < 0 || noise > 1) {
      throw new IllegalArgumentException("line width >= 30, page length >= 12 and noise in [0, 1] required; got "
          + lineWidth + ", " + pageLength + ", " + noise);
    }
    this.lineWidth = lineWidth;
    this.pageLength = pageLength;
    this.noise = noise;
    this.seed = seed;
    this.furniture = furniture;
  }

  /**
   * The layout of the UN's A4 documents: 84 characters a line (half as many for Chinese), 46 lines
   * a page, no noise.
   *
   * @return the standard renderer
   */
  public static PdfText standard() {
    return new PdfText(84, 46, 0, 0, EnumSet.allOf(Furniture.class));
  }

  /**
   * @param characters characters a line (at least 30); Chinese lines hold half as many characters
   * @return a renderer with this line width
   */
  public PdfText lineWidth(int characters) {
    return new PdfText(characters, pageLength, noise, seed, furniture);
  }

  /**
   * @param lines lines of body text and footnotes a page (at least 12)
   * @return a renderer with this page length
   */
  public PdfText pageLength(int lines) {
    return new PdfText(lineWidth, lines, noise, seed, furniture);
  }

  /**
   * @param probability the chance of an OCR-like slip at each letter or digit of the body text
   *     ({@code l}/{@code 1}, {@code O}/{@code 0}, {@code rn}/{@code m}, a dropped or doubled space),
   *     0 for none
   * @return a renderer with this noise
   */
  public PdfText noise(double probability) {
    return new PdfText(lineWidth, pageLength, probability, seed, furniture);
  }

  /**
   * @param value the seed of the noise and of the job number
   * @return a renderer with this seed
   */
  public PdfText seed(long value) {
    return new PdfText(lineWidth, pageLength, noise, value, furniture);
  }

  /**
   * @param kinds the furniture to print besides running headers and footnote rules (all of it in
   *     the standard renderer)
   * @return a renderer printing only this furniture
   */
  public PdfText furniture(Furniture... kinds) {
    Set<Furniture> set = EnumSet.noneOf(Furniture.class);
    set.addAll(List.of(kinds));
    return new PdfText(lineWidth, pageLength, noise, seed, set);
  }

  /**
   * Renders a resolution.
   *
   * @param resolution the resolution
   * @return its text as a PDF extractor would give it
   */
  public String render(Resolution resolution) {
    return new Run(resolution).render();
  }

  /** The symbol as the UN prints it: {@code S/RES/1373 (2001)}, a space before the year. */
  private static String printed(dev.resolute.symbol.DocumentSymbol symbol) {
    return symbol.canonical().replaceFirst("^(S/RES/\\d+)\\(", "$1 (");
  }

  /** What Chinese typesetting never puts at the start of a line: closing punctuation, and a space. */
  private static final String NEVER_AT_LINE_START = "，。；：、）」』》”！？ ";

  /** One rendering: pages filled line by line, footnotes collected per page. */
  private final class Run {
    private final Resolution r;
    private final Phrases phrases;
    private final Random random = new Random(seed);
    private final boolean chinese;
    private final int width;
    private final String job;
    private final StringBuilder out = new StringBuilder();
    private final List<String> pageLines = new ArrayList<>();
    private final List<Footnote> pageNotes = new ArrayList<>();
    private final Map<String, Footnote> notes = new LinkedHashMap<>();
    private final List<String> printedNotes = new ArrayList<>();
    /** Markers some paragraph refers to; the other notes (of a title, heading or annex) go with their neighbours. */
    private final java.util.Set<String> referenced = new java.util.HashSet<>();
    private int page = 1;

    Run(Resolution r) {
      this.r = r;
      this.phrases = Phrases.of(r.language());
      this.chinese = r.language().code().equals("zh");
      this.width = chinese ? lineWidth / 2 : lineWidth;
      this.job = String.format(Locale.ROOT, "%02d-%05d", 10 + random.nextInt(15), random.nextInt(100_000));
      for (Footnote f : r.footnotes()) {
        notes.put(f.marker(), f);
      }
      // a resolution read from Akoma Ntoso holds each note's text where its marker stands (the
      // note's span starts at its first reference): the clause's span counts it, its text does not
      java.util.Set<Integer> refStarts = new java.util.HashSet<>();
      r.preamble().forEach(c -> c.footnoteRefs().forEach(ref -> refStarts.add(ref.span().start())));
      r.operative().forEach(c -> c.footnoteRefs().forEach(ref -> refStarts.add(ref.span().start())));
      this.inlineNotes = r.footnotes().stream().anyMatch(f -> refStarts.contains(f.span().start()));
    }

    private final boolean inlineNotes;

    /** The characters a reference takes in its clause's span: its marker, and its note's text where held inline. */
    private int spanned(FootnoteRef ref) {
      Footnote note = notes.get(ref.marker());
      return inlineNotes && note != null && note.span().length() > ref.span().length() ? note.span().length() : ref.span().length();
    }

    String render() {
      cover();
      r.preamble().forEach(c -> c.footnoteRefs().forEach(ref -> referenced.add(ref.marker())));
      r.operative().forEach(c -> {
        c.footnoteRefs().forEach(ref -> referenced.add(ref.marker()));
        subparagraphMarkers(c.subparagraphs(), referenced);
      });
      if (r.title().isPresent()) {
        for (String line : wrap(r.title().get(), "")) {
          body(line);
        }
        body("");
      }
      r.enactingFormula().ifPresent(f -> body(" " + f));
      body("");
      // the preamble, then the operative part; a part's own preambular paragraphs where they stand
      int preambular = 0;
      int heading = 0;
      for (int i = 0; i <= r.operative().size(); i++) {
        // before operative paragraph i: the preambular paragraphs that stand before it and the
        // headings over it, in the order of the source (a part's heading over its own preamble)
        while (true) {
          boolean pre = preambular < r.preamble().size() && (i == r.operative().size()
              || r.preamble().get(preambular).span().start() < r.operative().get(i).span().start());
          boolean head = heading < r.headings().size() && r.headings().get(heading).firstOperative() == i;
          if (head && (!pre || r.headings().get(heading).span().start() <= r.preamble().get(preambular).span().start())) {
            heading(r.headings().get(heading++));
          } else if (pre) {
            Clause p = r.preamble().get(preambular++);
            paragraph(" ", p.text(), p.span().start(), p.span().end(), p.footnoteRefs());
          } else {
            break;
          }
        }
        if (i == r.operative().size()) {
          break;
        }
        OperativeClause c = r.operative().get(i);
        String number = c.number().map(n -> phrases.get("numbering", "operative", "{n}.").replace("{n}", n) + " ").orElse(" ");
        int textStart = c.span().start() + c.number().map(n -> n.length() + 2).orElse(0);
        int rawEnd = c.subparagraphs().isEmpty() ? c.span().end() : c.subparagraphs().get(0).span().start() - 2;
        paragraph(number, c.text(), textStart, rawEnd, c.footnoteRefs());
        for (Subparagraph s : c.subparagraphs()) {
          subparagraph(s, 1);
        }
      }
      endPage(true);
      return out.toString();
    }

    /**
     * A section's heading as the UN prints it: its label on a line of its own above its title ("A",
     * "Base/floor salary scale"; "حادي عشر"), on the page of the lines that follow it; a heading
     * whose text opens with its label already ("A. Strengthening…", as the generator words it) is
     * printed as it is.
     */
    private void heading(SectionHeading h) {
      String label = h.label();
      boolean labelInText = label.isEmpty() || h.text().equals(label) || h.text().startsWith(label + ".")
          || h.text().startsWith(label + " ") || h.text().startsWith(label + "\t");
      List<String> lines = wrap(h.text(), "");
      // kept with the first lines below it, as typesetting keeps a heading: never cut by a page
      int needed = (labelInText ? 0 : 2) + lines.size() + 3;
      if (!pageLines.isEmpty() && pageLines.size() + noteLines() + needed >= pageLength) {
        endPage(false);
      }
      if (!labelInText) {
        body(label);
        body("");
      }
      for (String line : lines) {
        body(line);
      }
      body("");
    }

    private void cover() {
      List<String> lines = phrases.list("cover");
      String bodyName = phrases.bodyNames.getOrDefault(r.body() == Body.GA_C3 ? "GA" : r.body().name(), "");
      for (String template : lines) {
        if (template.contains("{symbol}") && r.symbol().isEmpty()) {
          template = template.substring(0, template.indexOf('\t'));
        }
        if (template.contains("{date}") && r.adoptionDate().isEmpty()) {
          continue;
        }
        String line = template.replace("{symbol}", r.symbol().map(PdfText::printed).orElse(""))
            .replace("{body}", bodyName).replace("{date}", r.adoptionDate().map(phrases::date).orElse(""));
        int tab = line.indexOf('\t');
        if (tab >= 0) {
          line = line.substring(0, tab) + " ".repeat(Math.max(4, width - line.length())) + line.substring(tab + 1);
        }
        if (!line.isBlank()) {
          out.append(line).append('\n');
        }
      }
      out.append('\n');
    }

    private void subparagraphMarkers(List<Subparagraph> subs, java.util.Set<String> out) {
      for (Subparagraph s : subs) {
        s.footnoteRefs().forEach(ref -> out.add(ref.marker()));
        subparagraphMarkers(s.subparagraphs(), out);
      }
    }

    private void subparagraph(Subparagraph s, int depth) {
      // numbers the language prints as they are (Chinese ㈠ to ㈩ carry their own parentheses)
      boolean bare = s.number().length() == 1 && phrases.get("numbering", "bare", "").indexOf(s.number()) >= 0;
      String number = bare ? s.number() : phrases.get("numbering", "subparagraph", "({n})").replace("{n}", s.number());
      int textStart = s.span().start() + s.number().length() + 2;
      int rawEnd = s.subparagraphs().isEmpty() ? s.span().end() : s.subparagraphs().get(0).span().start() - 2;
      paragraph(" ".repeat(depth) + number + " ", s.text(), textStart, rawEnd, s.footnoteRefs());
      for (Subparagraph inner : s.subparagraphs()) {
        subparagraph(inner, depth + 1);
      }
    }

    /** A paragraph: the text with its markers glued in, wrapped, then a blank line. */
    private void paragraph(String prefix, String text, int textStart, int rawEnd, List<FootnoteRef> refs) {
      String glued = glue(text, textStart, rawEnd, refs);
      for (String line : wrap(noisy(glued), noisy(prefix))) {
        body(line);
      }
      body("");
    }

    /** The text with each reference's marker after the word its span points into. */
    private String glue(String text, int textStart, int rawEnd, List<FootnoteRef> refs) {
      StringBuilder out = new StringBuilder(text);
      int inserted = 0;
      int markers = 0;
      List<FootnoteRef> sorted = new ArrayList<>(refs);
      sorted.sort(Comparator.comparing(FootnoteRef::span));
      int markerChars = sorted.stream().mapToInt(this::spanned).sum();
      // the span of a parsed text holds line breaks and runs of spaces its text does not: scale by
      // the ratio of the two (exactly 1 for the testkit's own resolutions)
      int raw = rawEnd - textStart - markerChars;
      double scale = raw > 0 ? (double) text.length() / raw : 1;
      for (FootnoteRef ref : sorted) {
        int offset = ref.span().start() - textStart - markers;
        int at = Math.max(0, Math.min(text.length(), (int) Math.round(offset * scale)));
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && !chinese
            && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '/' || text.charAt(at) == ')')) {
          at++;
        }
        // a private-use character after the marker tells body() which page the marker lands on
        Footnote note = notes.get(ref.marker());
        String tag = note == null ? "" : String.valueOf((char) (TAG + r.footnotes().indexOf(note)));
        out.insert(at + inserted, ref.marker() + tag);
        inserted += ref.marker().length() + tag.length();
        markers += spanned(ref);
      }
      return out.toString();
    }

    /** Greedy wrapping; long lower-case words are hyphenated at the line end, Chinese breaks anywhere. */
    private List<String> wrap(String text, String prefix) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder(prefix);
      if (chinese) {
        for (int i = 0; i < text.length(); i++) {
          // a line breaks between two characters, but not inside a Latin run nor before a marker,
          // nor before closing punctuation or a space, which Chinese typesetting never puts at the
          // start of a line (a space there would read as a paragraph's indent)
          if (line.length() >= width && !isAsciiWord(text, i) && !Character.isDigit(text.charAt(i))
              && !Character.isDigit(text.charAt(i - 1)) && NEVER_AT_LINE_START.indexOf(text.charAt(i)) < 0
              && !(text.charAt(i) >= TAG && text.charAt(i) < TAG + 0x100)) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(text.charAt(i));
        }
        lines.add(line.toString());
        return lines;
      }
      int lineStart = prefix.length();
      for (String word : text.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        int room = width - line.length() - (line.length() > lineStart ? 1 : 0);
        if (word.length() <= room || line.length() == lineStart) {
          if (line.length() > lineStart) {
            line.append(' ');
          }
          line.append(word);
          continue;
        }
        int cut = hyphenation(word, room - 1);
        if (cut > 0) {
          line.append(' ').append(word, 0, cut).append('-');
          word = word.substring(cut);
        }
        lines.add(line.toString());
        line.setLength(0);
        lineStart = 0;
        line.append(word);
      }
      lines.add(line.toString());
      return lines;
    }

    /** Between two ASCII letters or digits: a Chinese line does not break inside a Latin run. */
    private boolean isAsciiWord(String text, int i) {
      return i > 0 && isAscii(text.charAt(i - 1)) && isAscii(text.charAt(i));
    }

    private boolean isAscii(char c) {
      return c < 128 && c > ' ';
    }

    /**
     * Where a word may be broken with a hyphen the reader removes: a word of ten or more lower-case
     * letters, four letters at least on either side, the first part not one the language keeps as
     * a compound; 0 where it may not.
     */
    private int hyphenation(String word, int room) {
      if (word.length() < 10 || !word.chars().allMatch(Character::isLowerCase)) {
        return 0;
      }
      for (int cut = Math.min(room, word.length() - 4); cut >= 4; cut--) {
        if (!phrases.compounds.contains(word.substring(0, cut).toLowerCase(Locale.ROOT))) {
          return cut;
        }
      }
      return 0;
    }

    private String noisy(String text) {
      if (noise == 0) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (random.nextDouble() >= noise) {
          out.append(c);
          continue;
        }
        switch (c) {
          case 'l': out.append('1'); break;
          case '1': out.append('l'); break;
          case 'O': out.append('0'); break;
          case '0': out.append('O'); break;
          case 'm': out.append("rn"); break;
          case 'S': out.append('5'); break;
          case ' ': out.append(random.nextBoolean() ? "" : "  "); break;
          default: out.append(c);
        }
      }
      return out.toString();
    }

    /** A line of the page's body; a full page gets its footnotes, footer and the next header. */
    private void body(String tagged) {
      StringBuilder line = new StringBuilder(tagged.length());
      for (int i = 0; i < tagged.length(); i++) {
        char c = tagged.charAt(i);
        if (c >= TAG && c < TAG + r.footnotes().size()) {
          Footnote note = r.footnotes().get(c - TAG);
          if (!printedNotes.contains(note.marker()) && !pageNotes.contains(note)) {
            pageNotes.add(note);
          }
        } else {
          line.append(c);
        }
      }
      if (line.length() == 0 && (pageLines.isEmpty() || pageLines.get(pageLines.size() - 1).isEmpty())) {
        return;
      }
      pageLines.add(line.toString());
      if (pageLines.size() + noteLines() >= pageLength) {
        endPage(false);
      }
    }

    private int noteLines() {
      if (pageNotes.isEmpty()) {
        return 0;
      }
      int n = 2;
      for (Footnote f : pageNotes) {
        n += wrap(f.marker() + "  " + f.text(), " ").size();
      }
      return n;
    }

    private void endPage(boolean last) {
      boolean unprinted = r.footnotes().stream()
          .anyMatch(f -> !referenced.contains(f.marker()) && !printedNotes.contains(f.marker()));
      if (last && pageLines.isEmpty() && pageNotes.isEmpty() && !unprinted) {
        return;
      }
      if (page > 1) {
        r.symbol().map(PdfText::printed).ifPresent(s -> out.append(" ".repeat(page % 2 == 0 ? 0 : Math.max(0, width - s.length())))
            .append(s).append("\n\n"));
        if (furniture.contains(Furniture.PAGE_AND_JOB_NUMBER)) {
          out.append(page).append(job).append(" \n\n");
        }
      }
      for (String line : pageLines) {
        out.append(line).append('\n');
      }
      // notes no paragraph refers to keep their place in the sequence: printed with the notes
      // after them, or on the last page
      int through = last ? r.footnotes().size() - 1 : pageNotes.stream().mapToInt(r.footnotes()::indexOf).max().orElse(-1);
      for (int i = 0; i <= through; i++) {
        Footnote f = r.footnotes().get(i);
        if (!referenced.contains(f.marker()) && !printedNotes.contains(f.marker()) && !pageNotes.contains(f)) {
          pageNotes.add(f);
        }
      }
      pageNotes.sort(Comparator.comparingInt(r.footnotes()::indexOf));
      if (!pageNotes.isEmpty()) {
        out.append('\n').append(RULE).append("\n\n");
        for (Footnote f : pageNotes) {
          List<String> lines = wrap(f.marker() + "  " + f.text(), " ");
          for (String line : lines) {
            out.append(line).append('\n');
          }
          printedNotes.add(f.marker());
        }
      }
      if (page == 1 && furniture.contains(Furniture.FIRST_PAGE_JOB_NUMBER)) {
        out.append('\n').append(job).append(" (").append(phrases.get("page", "language", "E")).append(")\n");
      }
      pageLines.clear();
      pageNotes.clear();
      if (!last) {
        out.append(furniture.contains(Furniture.FORM_FEEDS) ? "\f" : "\n");
        page++;
      }
    }
  }
}
