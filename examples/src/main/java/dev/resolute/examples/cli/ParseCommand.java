package dev.resolute.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.resolute.model.Clause;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import dev.resolute.text.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code resolute parse FILE... [--lang xx] [--format json|akn|text]}: one JSON document for one file,
 * JSON Lines with an added {@code "file"} for several; {@code text} prints a readable summary.
 */
@Command(name = "parse", description = "Parse resolutions into the model: JSON (default) or a readable summary.")
final class ParseCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { json, akn, text }

  @CommandLine.Mixin InputOptions inputs;

  @Option(names = "--format", paramLabel = "json|akn|text", description = "output format (default json)")
  Format format = Format.json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return inputs.forEach(spec.commandLine(), (file, resolution, diagnostics) -> {
      if (format == Format.text) {
        printSummary(out, file, resolution, diagnostics);
      } else if (format == Format.akn) {
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        dev.resolute.format.AkomaNtoso.write(resolution, xml);
        out.println(xml.toString(java.nio.charset.StandardCharsets.UTF_8));
      } else if (inputs.files.size() == 1) {
        out.println(mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(resolution));
      } else {
        ObjectNode line = mapper.createObjectNode().put("file", file);
        line.setAll((ObjectNode) mapper.valueToTree(resolution));
        out.println(mapper.writeValueAsString(line));
      }
    });
  }

  private static void printSummary(PrintWriter out, String file, Resolution r, List<Diagnostic> diagnostics) {
    out.printf(Locale.ROOT, "%s%n", file);
    out.printf(Locale.ROOT, "  %s — %s, session %s, %s%s%n", r.symbol().map(Object::toString).orElse("(no symbol)"),
        r.body().code(), r.session().orElse("?"), r.language().code(), r.draft() ? ", draft" : "");
    r.title().ifPresent(t -> out.printf(Locale.ROOT, "  Title: %s%n", t));
    r.adoptionDate().ifPresent(d -> out.printf(Locale.ROOT, "  Adopted: %s%n", d));
    r.enactingFormula().ifPresent(f -> out.printf(Locale.ROOT, "  %s%n", f));
    out.printf(Locale.ROOT, "  Preamble: %d paragraphs%n", r.preamble().size());
    for (int i = 0; i < r.preamble().size(); i++) {
      line(out, "PP" + (i + 1), r.preamble().get(i));
    }
    out.printf(Locale.ROOT, "  Operative part: %d paragraphs, %d headings%n", r.operative().size(), r.headings().size());
    for (int i = 0; i < r.operative().size(); i++) {
      OperativeClause c = r.operative().get(i);
      line(out, r.operativeLocation(i).substring("operative:".length()) + ".", c);
      printSubparagraphs(out, c.subparagraphs(), "      ");
    }
    out.printf(Locale.ROOT, "  Footnotes: %d%n", r.footnotes().size());
    r.footnotes().forEach(f -> out.printf(Locale.ROOT, "    %s  %s%n", f.marker(), f.text()));
    if (!r.annexes().isEmpty()) {
      out.printf(Locale.ROOT, "  Annexes: %d%n", r.annexes().size());
    }
    for (Diagnostic d : diagnostics) {
      out.printf(Locale.ROOT, "  %s%n", d);
    }
  }

  private static void line(PrintWriter out, String label, Clause c) {
    String rest = c.text().substring(c.lead().length()).strip();
    String refs = c.footnoteRefs().isEmpty() ? "" : "  [notes " + String.join(", ", c.footnoteRefs().stream().map(f -> f.marker()).toList()) + "]";
    out.printf(Locale.ROOT, "    %-5s %s | %s%s%n", label, c.lead(), abbreviate(rest, 70), refs);
  }

  private static void printSubparagraphs(PrintWriter out, List<Subparagraph> subs, String indent) {
    for (Subparagraph s : subs) {
      out.printf(Locale.ROOT, "%s(%s) %s%n", indent, s.number(), abbreviate(s.text(), 70));
      printSubparagraphs(out, s.subparagraphs(), indent + "  ");
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
