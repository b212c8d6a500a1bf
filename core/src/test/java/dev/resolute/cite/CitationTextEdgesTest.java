package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.testing.SharedData;
import dev.resolute.testing.UnxmlBlocks;
import dev.resolute.testing.UnxmlBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A citation's text is the words cited, to the character: over every paragraph and footnote of the
 * UN's own files, in the six languages, none starts or ends with white space. Six Chinese
 * footnotes of four resolutions of session 75 once ended "NPT/CONF.2000/28 " before a bracket
 * the symbol does not take ("(Part I和II)").
 */
class CitationTextEdgesTest {

  @Test
  void noCitationOfTheUnsFilesStartsOrEndsWithWhiteSpace() {
    List<String> loose = new ArrayList<>();
    for (UnxmlBlocks.Document doc : UnxmlBlocks.wellFormed(SharedData.files("unxml", ".xml"))) {
      CitationContext context = CitationContext.of(Language.of(doc.language()), Body.GA, "p");
      for (Block block : doc.blocks()) {
        for (Citation citation : CitationExtractor.create().extract(block.text(), context).citations()) {
          String text = citation.text();
          if (isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1))) {
            loose.add(doc.file().getFileName() + " «" + text + "»");
          }
        }
      }
    }
    assertEquals(List.of(), loose);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
