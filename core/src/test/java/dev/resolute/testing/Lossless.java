package dev.resolute.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.text.ParseResult;

/** The parser's promise that nothing is lost, as one assertion for every test that parses. */
public final class Lossless {
  private Lossless() {}

  /**
   * The result's regions, concatenated, give the input back, and every diagnostic points into it.
   *
   * @param result a parse of {@code text}
   * @param text the input
   */
  public static void assertAccountsForEveryCharacter(ParseResult result, String text) {
    StringBuilder concatenated = new StringBuilder(text.length());
    result.regions().forEach(region -> concatenated.append(region.span().of(text)));
    assertEquals(text, concatenated.toString());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.position() >= 0 && d.position() <= text.length()));
  }
}
