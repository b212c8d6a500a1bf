package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.testing.SharedData;
import dev.resolute.text.ResolutionParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The citations of a clause or note are written as links over the words that print them, as the
 * clause text holds them (no-break spaces kept, a line break read as a space), and read back.
 */
class AknLinksTest {

  private static Resolution roundTrip(Resolution r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(r, out);
    return AkomaNtoso.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> cited(Resolution r) {
    return r.citations().stream().map(c -> c.canonical() + " " + c.location()).toList();
  }

  @Test
  void aCitationPrintedWithANoBreakSpaceIsWrittenAsALink() throws Exception {
    // S/RES/2732 (2024) in French: "les résolutions 1500\u00a0(2003), 1546\u00a0(2004)"
    Resolution r = ResolutionParser.create().parse("Le Conseil de sécurité,\n\nRappelant ses résolutions 1500\u00a0(2003) et "
        + "1546\u00a0(2004),\n\n1. Décide de rester saisi de la question.\n", Language.FR).resolution();
    assertEquals(List.of("S/RES/1500(2003) preamble:1", "S/RES/1546(2004) preamble:1"), cited(roundTrip(r)));
  }

  @Test
  void aCitationBrokenByALineIsWrittenAsALink() throws Exception {
    Resolution r = ResolutionParser.create().parse("The Security Council,\n\nRecalling its resolution 146\n(1960) and the report\n"
        + "(S/\n8968),\n\n1. Decides to remain seized of the matter.\n", Language.EN).resolution();
    assertEquals(List.of("S/RES/146(1960) preamble:1", "S/8968 preamble:1"), cited(roundTrip(r)));
  }

  @Test
  void everyCitationOfAClauseOrNoteInTheCorpusReadsBack() throws Exception {
    // but those the text prints in one place with another (the members inside a range of treaty
    // registrations, "Nos. 970-973": one link holds the words), and those of the cover page
    List<String> lost = new ArrayList<>();
    List<Path> texts = new ArrayList<>(SharedData.files("corpus", ".txt"));
    texts.addAll(SharedData.files("crunsc", ".txt"));
    int total = 0;
    for (Path text : texts) {
      Resolution r = ResolutionParser.create().parse(Files.readString(text)).resolution();
      Set<String> back = new HashSet<>();
      for (Citation c : roundTrip(r).citations()) {
        back.add(c.canonical() + "|" + c.text().replaceAll("[\\s\\u00a0\\u202f]+", " "));
      }
      List<Citation> body = r.citations().stream()
          .filter(c -> c.location().startsWith("preamble") || c.location().startsWith("operative") || c.location().startsWith("footnote"))
          .toList();
      for (int i = 0; i < body.size(); i++) {
        Citation c = body.get(i);
        boolean sharesWords = i > 0 && body.get(i - 1).span().end() > c.span().start()
            || i + 1 < body.size() && body.get(i + 1).span().start() < c.span().end();
        if (sharesWords) {
          continue;
        }
        total++;
        if (!back.contains(c.canonical() + "|" + c.text().replaceAll("[\\s\\u00a0\\u202f]+", " "))) {
          lost.add(text.getFileName() + " " + c.location() + " " + c.canonical());
        }
      }
    }
    System.out.printf("AKN links: %d of %d citations of clauses and notes read back%n", total - lost.size(), total);
    assertEquals(List.of(), lost);
  }
}
