package dev.resolute.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code unxml/KNOWN_ISSUES.md} names as defective markup — not well-formed, or not valid
 * against the schema — read from the file itself, so that a test leaves out exactly what it names.
 */
public final class KnownIssues {
  private static final Pattern XML_FILE = Pattern.compile("`(?:[^`]*/)?([^`/]+\\.xml)`");

  private KnownIssues() {}

  /**
   * The file names (without folders) of the "Files" section's entries on markup that is not
   * well-formed or not valid.
   *
   * @return the names, sorted
   */
  public static Set<String> defectiveFiles() {
    String text;
    try {
      text = Files.readString(SharedData.require("unxml/KNOWN_ISSUES.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int section = text.indexOf("## Files");
    int next = text.indexOf("\n## ", section + 1);
    String files = text.substring(Math.max(section, 0), next < 0 ? text.length() : next);
    Set<String> names = new TreeSet<>();
    // one entry per bullet, its lines joined
    for (String bullet : files.split("\n- ")) {
      String lower = bullet.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("not well-formed") || lower.contains("not valid")) {
        Matcher m = XML_FILE.matcher(bullet);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
