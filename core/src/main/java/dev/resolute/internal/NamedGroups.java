package dev.resolute.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named groups of the patterns that language tables supply, where a group may be in one
 * language's pattern and not in another's. Java 17 cannot ask a pattern for its group names, and
 * asking a matcher for a group its pattern lacks throws an exception whose stack trace costs
 * microseconds: so each pattern's names are read once from its source.
 */
public final class NamedGroups {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  /** The names of each pattern asked about; the patterns are the tables' own, a bounded set. */
  private static final ConcurrentMap<Pattern, Set<String>> NAMES = new ConcurrentHashMap<>();

  private NamedGroups() {}

  /**
   * The text a named group captured.
   *
   * @param m a matcher after a successful match
   * @param name a group name
   * @return the group's text, or null where the group took no part in the match or the pattern
   *     has no group of that name
   */
  public static String group(Matcher m, String name) {
    return names(m.pattern()).contains(name) ? m.group(name) : null;
  }

  /**
   * The names of a pattern's groups.
   *
   * @param pattern a pattern
   * @return the names its source gives its groups
   */
  public static Set<String> names(Pattern pattern) {
    return NAMES.computeIfAbsent(pattern, NamedGroups::namesIn);
  }

  private static Set<String> namesIn(Pattern pattern) {
    Set<String> names = new java.util.HashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    return Set.copyOf(names);
  }
}
