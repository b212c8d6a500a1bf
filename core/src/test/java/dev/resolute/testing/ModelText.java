package dev.resolute.testing;

import dev.resolute.model.Resolution;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolution as lines of text, spans left out: what tests compare when a resolution has been
 * through a format whose offsets cannot survive (Akoma Ntoso, PDF text).
 */
public final class ModelText {
  private ModelText() {}

  /**
   * Everything a resolution says, one line per part, without spans: spans are offsets into the file
   * read, and the written file is another file.
   */
  public static List<String> describe(Resolution r) {
    List<String> lines = new ArrayList<>();
    lines.add("symbol " + r.symbol().map(Object::toString).orElse("-") + " body " + r.body() + " session "
        + r.session().orElse("-") + " language " + r.language());
    lines.add("title " + r.title().orElse("-"));
    lines.add("dates " + r.adoptionDate().map(Object::toString).orElse("-") + " " + r.issueDate().map(Object::toString).orElse("-"));
    lines.add("agenda " + r.agendaItem().orElse("-"));
    lines.add("formula " + r.enactingFormula().orElse("-"));
    r.preamble().forEach(c -> lines.add("pp " + c.lead() + " | " + c.text() + " " + markers(c.footnoteRefs())));
    r.operative().forEach(c -> {
      lines.add("op " + c.number().orElse("-") + " " + c.section().orElse("-") + " " + c.lead() + " | " + c.text() + " "
          + markers(c.footnoteRefs()));
      c.subparagraphs().forEach(sp -> describe(sp, "  ", lines));
    });
    r.headings().forEach(h -> lines.add("heading " + h.label() + " | " + h.text() + " before op " + h.firstOperative()));
    r.footnotes().forEach(f -> lines.add("footnote " + f.marker() + " | " + f.text()));
    // citations follow their spans, and a note's place in the text differs from format to format
    // (inline in Akoma Ntoso, after a rule in text): compared in a fixed order
    r.citations().stream().map(c -> "citation " + c.kind() + " " + c.canonical() + " " + c.part().orElse("-") + " | "
        + c.text() + " @ " + c.location() + " " + c.date().map(Object::toString).orElse("-") + " "
        + c.treaty().map(Object::toString).orElse("-")).sorted().forEach(lines::add);
    r.references().forEach(f -> lines.add("reference " + f.kind() + " " + f.target() + " " + f.instrument().orElse("-") + " | "
        + f.text() + " @ " + f.location()));
    r.actors().forEach(ac -> lines.add("actor " + ac));
    r.annexes().forEach(an -> lines.add("annex " + an.heading() + " | " + an.text()));
    return lines;
  }

  private static void describe(dev.resolute.model.Subparagraph sp, String indent, List<String> lines) {
    lines.add(indent + "sub " + sp.number() + " | " + sp.text() + " " + markers(sp.footnoteRefs()));
    sp.subparagraphs().forEach(inner -> describe(inner, indent + "  ", lines));
  }

  private static String markers(List<dev.resolute.model.FootnoteRef> refs) {
    return refs.stream().map(dev.resolute.model.FootnoteRef::marker).collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
