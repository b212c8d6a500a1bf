package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import dev.resolute.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The language a text is detected in is the language its file is named for, over every text of
 * {@code corpus/} (English and French, named {@code *.en.txt}, {@code *.fr.txt}) and of
 * {@code crunsc/} (English).
 */
class LanguageDetectionTest {
  private static final Pattern NAMED_LANGUAGE = Pattern.compile("\\.([a-z]{2})\\.txt$");

  @Test
  void everyCorpusTextIsDetectedInTheLanguageItsNameGives() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path path : SharedData.files("corpus", ".txt")) {
      Matcher named = NAMED_LANGUAGE.matcher(path.getFileName().toString());
      if (named.find()) {
        check(path, Language.of(named.group(1)), wrong);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyEarlyCouncilResolutionIsDetectedAsEnglish() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path path : SharedData.files("crunsc", ".txt")) {
      check(path, Language.EN, wrong);
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The count of words may end early, where one language leads clearly; another language's formula
   * quoted in the first lines is no such lead where the text's own words follow.
   */
  @Test
  void aFormulaOfAnotherLanguageQuotedFirstDoesNotDecideAlone() {
    String text = "The report quotes the French text, \"L’Assemblée générale,\" and then goes on in English: "
        + "the Committee of the Whole notes with appreciation that it is for the Member States and for all of"
        + " the organizations of the system to take the work forward, and that the reports of the Secretariat"
        + " on the matter were read with care by the members of the Committee and by the observers, who were"
        + " invited to submit their views to the Secretariat in writing before the end of the year.\n";
    assertEquals(Language.EN, LanguageDetector.detect(text.repeat(4)));
  }

  private static void check(Path path, Language expected, List<String> wrong) throws IOException {
    Language detected = ResolutionParser.create().detectLanguage(Files.readString(path));
    if (detected != expected) {
      wrong.add(path.getFileName() + ": " + detected + " for " + expected);
    }
  }
}
