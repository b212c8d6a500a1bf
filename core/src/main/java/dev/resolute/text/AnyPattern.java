package dev.resolute.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns of one section of a language's tables (cover lines, closing lines), each with a
 * matcher made once for a parse and reset for every line it is asked of: a parse asks hundreds of
 * lines, and a matcher made per question was a tenth of what a parse allocated. Not thread-safe,
 * as a parse is one thread's.
 */
final class AnyPattern {
  private final Matcher[] matchers;

  AnyPattern(List<Pattern> patterns) {
    matchers = new Matcher[patterns.size()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = patterns.get(i).matcher("");
    }
  }

  /** Whether one of the patterns matches the whole text. */
  boolean matches(CharSequence text) {
    for (Matcher m : matchers) {
      if (m.reset(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
