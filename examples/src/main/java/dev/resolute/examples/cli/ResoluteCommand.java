package dev.resolute.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code resolute} tool. Exit status 0 on success, 2 for unusable arguments, 1 when some input
 * could not be read or parsed (with a one-line message naming it and the position on standard
 * error; the other inputs are still processed).
 */
@Command(
    name = "resolute",
    mixinStandardHelpOptions = true,
    version = "resolute 0.1.0-SNAPSHOT",
    description = "United Nations resolutions as a typed model, every reference linked.",
    subcommands = {ParseCommand.class, CiteCommand.class, SymbolCommand.class})
public final class ResoluteCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Used by picocli. */
  public ResoluteCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the tool with the given streams, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new ResoluteCommand());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler((e, a) -> {
      err.println("resolute: " + e.getMessage());
      e.getCommandLine().usage(err);
      return 2;
    });
    int status = line.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
