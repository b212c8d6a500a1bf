package dev.resolute.examples.cli;

import dev.resolute.model.Language;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of {@code parse} and {@code cite}: files, and the language where it is not detected. */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "resolutions: text (UTF-8), or Akoma Ntoso where the name ends in .xml")
  List<String> files;

  @Option(names = "--lang", paramLabel = "xx", description = "the language (ar, en, es, fr, ru, zh); detected when absent")
  String lang;

  /**
   * Reads every file given, in order, and hands each resolution to the handler; failures go to the
   * command's error stream (see {@link InputFiles#forEach}).
   *
   * @return the exit status
   */
  int forEach(CommandLine commandLine, InputFiles.ResolutionHandler handler) throws Exception {
    return InputFiles.forEach(files, language(commandLine), commandLine.getErr(), handler);
  }

  /** The language given, or null to detect it; an unknown code is an unusable argument (exit 2). */
  Language language(CommandLine commandLine) {
    return lang == null ? null : Language.fromCode(lang).orElseThrow(
        () -> new CommandLine.ParameterException(commandLine, "--lang must be one of ar, en, es, fr, ru, zh"));
  }
}
