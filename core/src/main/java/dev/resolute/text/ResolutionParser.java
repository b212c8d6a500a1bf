package dev.resolute.text;

import dev.resolute.model.Language;
import java.util.Objects;

/**
 * Turns the text of a resolution, as a PDF extractor or a copy-paste gives it, into a
 * {@link dev.resolute.model.Resolution}: cover page, title, enacting formula, preambular and
 * operative paragraphs with their lead phrases and subparagraphs, headings, annexes and footnotes
 * with each marker at its exact position — in Arabic, Chinese, English, French, Russian and
 * Spanish. Nothing is lost: the {@linkplain ParseResult#regions() regions} of the result account for
 * every character of the input.
 *
 * <pre>{@code
 * ParseResult result = ResolutionParser.create().parse(text);
 * Resolution resolution = result.resolution();
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe; parsing takes time linear in the input and never fails
 * on text: whatever cannot be read is reported as a diagnostic or left unrecognised.
 */
public final class ResolutionParser {
  private static final ResolutionParser INSTANCE = new ResolutionParser();

  private ResolutionParser() {}

  /**
   * The parser.
   *
   * @return the shared instance
   */
  public static ResolutionParser create() {
    return INSTANCE;
  }

  /**
   * Parses a text, detecting its language.
   *
   * @param text the text of a resolution
   * @return the resolution, diagnostics and regions
   */
  public ParseResult parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text, detectLanguage(text));
  }

  /**
   * Parses a text in a known language.
   *
   * @param text the text of a resolution
   * @param language its language
   * @return the resolution, diagnostics and regions
   */
  public ParseResult parse(CharSequence text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return new ParseRun(text.toString(), language).run();
  }

  /**
   * The language of a text: by script for Arabic, Chinese and Russian, by formulas and frequent
   * words for English, French and Spanish.
   *
   * @param text the text
   * @return its language
   */
  public Language detectLanguage(CharSequence text) {
    return LanguageDetector.detect(text);
  }
}
