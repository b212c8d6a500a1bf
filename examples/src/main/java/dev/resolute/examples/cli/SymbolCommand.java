package dev.resolute.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.resolute.model.Language;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.symbol.DocumentType;
import dev.resolute.symbol.SymbolSyntaxException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resolute symbol SYMBOL...}: each symbol's components and canonical form, as JSON Lines. */
@Command(name = "symbol", description = "Parse document symbols: components, canonical form, undocs.org link (JSON Lines).")
final class SymbolCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "symbols as printed, e.g. 'S/RES/1373 (2001)'")
  List<String> symbols;

  @Option(names = "--lang", paramLabel = "xx", description = "language of the undocs.org link (default en)")
  String lang = "en";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Override
  public Integer call() throws Exception {
    Language language = Language.fromCode(lang).orElseThrow(
        () -> new CommandLine.ParameterException(spec.commandLine(), "--lang must be one of ar, en, es, fr, ru, zh"));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    for (String text : symbols) {
      try {
        out.println(mapper.writeValueAsString(describe(text, DocumentSymbol.parse(text), language)));
      } catch (SymbolSyntaxException e) {
        err.println("resolute: " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }

  private ObjectNode describe(String text, DocumentSymbol symbol, Language language) {
    ObjectNode node = mapper.createObjectNode();
    node.put("input", text);
    node.put("canonical", symbol.canonical());
    node.put("organ", symbol.organ());
    node.putPOJO("bodyPath", symbol.bodyPath());
    symbol.documentType().map(DocumentType::code).ifPresent(t -> node.put("type", t));
    symbol.session().ifPresent(s -> node.put("session", s));
    symbol.year().ifPresent(y -> node.put("year", String.valueOf(y)));
    symbol.number().ifPresent(n -> node.put("number", n));
    symbol.part().ifPresent(p -> node.put("part", p));
    node.putPOJO("suffixes", symbol.suffixes());
    node.putPOJO("qualifiers", symbol.qualifiers());
    node.putPOJO("body", symbol.body());
    if (symbol.isJoint()) {
      node.putPOJO("jointParts", symbol.jointParts());
    }
    node.put("undocs", symbol.undocsUrl(language).toString());
    return node;
  }
}
