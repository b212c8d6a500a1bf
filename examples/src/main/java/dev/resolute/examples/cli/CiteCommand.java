package dev.resolute.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.resolute.model.Citation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code resolute cite FILE... [--lang xx]}: every citation of each file as JSON Lines, one citation
 * a line with an added {@code "file"}; offsets are {@code String} indices into the file's text.
 */
@Command(name = "cite", description = "Find and resolve every citation: JSON Lines, one citation a line.")
final class CiteCommand implements Callable<Integer> {
  @CommandLine.Mixin InputOptions inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return inputs.forEach(spec.commandLine(), (file, resolution, diagnostics) -> {
      for (Citation citation : resolution.citations()) {
        ObjectNode line = mapper.createObjectNode().put("file", file);
        line.setAll((ObjectNode) mapper.valueToTree(citation));
        out.println(mapper.writeValueAsString(line));
      }
    });
  }
}
