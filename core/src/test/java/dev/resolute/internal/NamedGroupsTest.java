package dev.resolute.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamedGroupsTest {
  private static Matcher matched(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.matches());
    return m;
  }

  @Test
  void aGroupThatMatchedGivesItsText() {
    assertEquals("2001", NamedGroups.group(matched("(?<n>\\d+) \\((?<y>\\d{4})\\)", "1373 (2001)"), "y"));
  }

  @Test
  void aGroupThatTookNoPartGivesNull() {
    assertNull(NamedGroups.group(matched("(?<a>\\d+)(?: (?<part>[A-H]))?", "65"), "part"));
  }

  @Test
  void aGroupThePatternLacksGivesNullInsteadOfThrowing() {
    assertNull(NamedGroups.group(matched("(?<n>\\d+)", "65"), "part"));
  }

  @Test
  void lookBehindsAreNoGroups() {
    Matcher m = matched("(?<![a-z])(?<n>\\d+)(?<=5)", "65");
    assertEquals("65", NamedGroups.group(m, "n"));
  }
}
