package dev.resolute.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolute cite FILE... [--lang xx]}: every citation of each file as JSON Lines, one citation
 * a line with an added {@code "file"}; offsets are {@code String} indices into the file's text.
 */
@Command(name = "cite", description = "Find and resolve every citation: JSON Lines, one citation a line.")
final class CiteCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "text files of resolutions (UTF-8)")
  List<String> files;

  @Option(names = "--lang", paramLabel = "xx", description = "the language (ar, en, es, fr, ru, zh); detected when absent")
  String lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Override
  public Integer call() throws Exception {
    Language language = lang == null ? null : Language.fromCode(lang).orElseThrow(
        () -> new CommandLine.ParameterException(spec.commandLine(), "--lang must be one of ar, en, es, fr, ru, zh"));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return InputFiles.forEach(files, language, err, (file, resolution, diagnostics) -> {
      for (Citation citation : resolution.citations()) {
        ObjectNode line = mapper.createObjectNode().put("file", file);
        line.setAll((ObjectNode) mapper.valueToTree(citation));
        out.println(mapper.writeValueAsString(line));
      }
    });
  }
}
