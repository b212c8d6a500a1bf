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
 * The citations of a clause, note, annex or title are written as links over the words that print
 * them, as the text holds them (no-break spaces kept, a line break read as a space), those of the
 * cover page as its words, and each reads back to where it stood.
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
  void aCommitteeReportOnTheCoverPageReadsBackToTheCoverPage() throws Exception {
    // the cover of A/RES/75/245 B as the UN prints it (corpus/A_RES_75_245_B.en.txt), shortened
    Resolution r = ResolutionParser.create().parse("United Nations\tA/RES/75/245 B\n"
        + "General Assembly\tDistr.: General\n25 January 2021\nSeventy-fifth session\nAgenda item 150\n"
        + "Resolution adopted by the General Assembly on 31 December 2020\n"
        + "[on the report of the Fifth Committee (A/75/670/Add.1)]\n"
        + "75/245. Questions relating to the proposed programme budget for 2021\n\n"
        + "The General Assembly,\n\nRecalling its resolution 74/262 of 27 December 2019,\n\n"
        + "1.\tDecides to keep the matter under review.\n", Language.EN).resolution();
    assertEquals(List.of("A/75/670/Add.1 header", "A/RES/74/262 preamble:1"), cited(r));
    assertEquals(cited(r), cited(roundTrip(r)));
  }

  @Test
  void aSymbolInTheTitleReadsBackToTheTitle() throws Exception {
    // a volume's title (crunsc/S_RES_0059_1948_EN_GOLD.txt), its bracket closed by a brace
    Resolution r = ResolutionParser.create().parse("59 (1948). Resolution of 19 October 1948\n[S/1045}\n\n"
        + "The Security Council,\n\n1. Decides to remain seized of the matter.\n", Language.EN).resolution();
    assertEquals(List.of("S/1045 title"), cited(r));
    assertEquals(cited(r), cited(roundTrip(r)));
  }

  @Test
  void everyCitationInTheCorpusReadsBackWhereItStood() throws Exception {
    // from its clause, note, annex, cover page or title; but those the text prints in one place with
    // another (the members inside a range of treaty registrations, "Nos. 970-973": one link holds the words)
    List<String> lost = new ArrayList<>();
    List<Path> texts = new ArrayList<>(SharedData.files("corpus", ".txt"));
    texts.addAll(SharedData.files("crunsc", ".txt"));
    int total = 0;
    for (Path text : texts) {
      Resolution r = ResolutionParser.create().parse(Files.readString(text)).resolution();
      Set<String> back = new HashSet<>();
      for (Citation c : roundTrip(r).citations()) {
        back.add(key(c));
      }
      List<Citation> body = r.citations();
      for (int i = 0; i < body.size(); i++) {
        Citation c = body.get(i);
        boolean sharesWords = i > 0 && body.get(i - 1).span().end() > c.span().start()
            || i + 1 < body.size() && body.get(i + 1).span().start() < c.span().end();
        if (sharesWords) {
          continue;
        }
        total++;
        if (!back.contains(key(c))) {
          lost.add(text.getFileName() + " " + c.location() + " " + c.canonical());
        }
      }
    }
    System.out.printf("AKN links: %d of %d citations read back where they stood%n", total - lost.size(), total);
    assertEquals(List.of(), lost);
  }

  /** A citation as it must read back: its canonical form, where it stands, its words read alike. */
  private static String key(Citation c) {
    return c.canonical() + "|" + c.location() + "|" + c.text().replaceAll("[\\s\\u00a0\\u202f]+", " ");
  }
}
