package dev.resolute.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Language;
import dev.resolute.model.Resolution;
import dev.resolute.text.Diagnostic;
import dev.resolute.text.ParseResult;
import dev.resolute.text.ResolutionParser;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Reads input files as UTF-8, refusing malformed bytes with their position. */
final class InputFiles {
  private InputFiles() {}

  /** Thrown when a file cannot be read; the message names the file and, for bad bytes, the offset. */
  static final class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
      super(message);
    }
  }

  /** What a command does with the resolution of one file, and what the parser noticed. */
  @FunctionalInterface
  interface ResolutionHandler {
    void handle(String file, Resolution resolution, List<Diagnostic> diagnostics) throws Exception;
  }

  /**
   * Hands each readable file's resolution to the handler, in order: a file ending in {@code .xml} is
   * read as Akoma Ntoso, anything else parsed as text. A file that cannot be read gets a one-line
   * message on standard error and the others are still processed.
   *
   * @return 0 when every file was read, 1 otherwise
   */
  static int forEach(List<String> files, Language language, PrintWriter err, ResolutionHandler handler) throws Exception {
    int status = 0;
    ResolutionParser parser = ResolutionParser.create();
    for (String file : files) {
      try {
        if (file.toLowerCase(Locale.ROOT).endsWith(".xml")) {
          Resolution r;
          try (InputStream in = Files.newInputStream(Path.of(file))) {
            r = AkomaNtoso.read(in);
          } catch (IOException e) {
            throw new UnreadableFileException(file + ": " + e.getMessage());
          }
          handler.handle(file, r, List.of());
        } else {
          String text = read(file);
          ParseResult result = language == null ? parser.parse(text) : parser.parse(text, language);
          handler.handle(file, result.resolution(), result.diagnostics());
        }
      } catch (UnreadableFileException e) {
        err.println("resolute: " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }

  static String read(String name) throws UnreadableFileException {
    Path path = Path.of(name);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UnreadableFileException(name + ": cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (MalformedInputException e) {
      throw new UnreadableFileException(name + ": not UTF-8 text: malformed byte at offset " + buffer.position());
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(name + ": not UTF-8 text at offset " + buffer.position());
    }
  }
}
