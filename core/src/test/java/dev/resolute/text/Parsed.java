package dev.resolute.text;

import dev.resolute.model.Language;
import dev.resolute.model.Resolution;

/** What the parser makes of a test's text, in the language given: one helper for the parser's tests. */
final class Parsed {
  private Parsed() {}

  static Resolution resolution(String text, Language language) {
    return ResolutionParser.create().parse(text, language).resolution();
  }
}
