package dev.resolute.format;

import dev.resolute.model.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Akoma Ntoso 3.0 as the UN publishes it (AKN4UN), read with the JDK's StAX only — no DTDs, no
 * external entities, so neither entity expansion nor external fetches can happen.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   Resolution r = AkomaNtoso.read(in);
 * }
 * }</pre>
 */
public final class AkomaNtoso {
  private AkomaNtoso() {}

  /**
   * Reads one of the UN's Akoma Ntoso files: identification (symbol, body, language, adoption date),
   * title, enacting formula, preambular paragraphs ({@code container}) with their leads, operative
   * paragraphs with numbers, leads and nested points, footnotes ({@code authorialNote}) at their
   * anchors, and the {@code undocs.org} links as citations. Spans point into a plain rendering of the
   * document's text.
   *
   * @param in the XML
   * @return the resolution
   * @throws IOException when the input is not well-formed XML (with line and column) or does not make
   *     a valid resolution
   */
  public static Resolution read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new AknReader().read(in);
  }

  /**
   * Writes a resolution in the AKN4UN form of the UN's files: FRBR identification with the UN's
   * IRIs, preface, preamble (formula, a {@code container} per paragraph named by its lead), main
   * body paragraphs with {@code num}, {@code content}, {@code list}/{@code point}, footnotes as
   * {@code authorialNote} after the words of their clause, resolved citations as links.
   *
   * @param resolution the resolution
   * @param out where to write (UTF-8); not closed
   * @throws IOException when writing fails
   */
  public static void write(Resolution resolution, OutputStream out) throws IOException {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(out, "out");
    AknWriter.write(resolution, out);
  }
}
