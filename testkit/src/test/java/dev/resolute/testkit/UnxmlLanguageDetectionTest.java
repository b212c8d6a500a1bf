package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.testing.SharedData;
import dev.resolute.text.ResolutionParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every resolution of {@code unxml/}, rendered as plain text by {@link AknText}, is detected in the
 * language its markup gives ({@code FRBRlanguage}), but the one file KNOWN_ISSUES names as marked
 * in another language than its text's.
 */
class UnxmlLanguageDetectionTest {
  private static final Pattern MARKED = Pattern.compile("<FRBRlanguage[^>]*language=\"(\\w+)\"");
  /** KNOWN_ISSUES: Chinese text marked Spanish. */
  private static final String MARKED_WRONGLY = "75_274_C.xml";

  @Test
  void everyRenderedResolutionIsDetectedInItsMarkedLanguage() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Path path : SharedData.files("unxml", ".xml")) {
      Matcher marked = MARKED.matcher(Files.readString(path));
      if (!marked.find() || path.getFileName().toString().equals(MARKED_WRONGLY)) {
        continue;
      }
      String text;
      try (InputStream in = Files.newInputStream(path)) {
        text = AknText.render(in);
      } catch (IOException notReadable) {
        continue; // markup KNOWN_ISSUES names as not well-formed
      }
      checked++;
      Language expected = Language.of(marked.group(1));
      Language detected = ResolutionParser.create().detectLanguage(text);
      if (detected != expected) {
        wrong.add(path.getFileName() + ": " + detected + " for " + expected);
      }
    }
    System.out.println("unxml texts whose language was detected: " + checked);
    assertEquals(List.of(), wrong);
  }
}
