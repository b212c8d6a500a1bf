package dev.resolute.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text blocks of one of the UN's Akoma Ntoso files with the links inside them, read with StAX
 * independently of the library: every {@code <p>} of the body, and every footnote
 * ({@code authorialNote}) apart, in document order, each with its anchors' targets and offsets.
 */
public final class UnxmlBlocks {
  /** A link in a block: target and offsets into the block's text. */
  public record Anchor(String href, int start, int end) {}

  /** A block of text: a paragraph or a footnote. */
  public record Block(boolean footnote, String text, List<Anchor> anchors) {}

  /** A file's identification and blocks. */
  public record Document(Path file, String language, String workUri, String symbol, List<Block> blocks) {}

  private UnxmlBlocks() {}

  /**
   * Files of the shared folder, each read as it is reached, leaving out those that are not
   * well-formed (KNOWN_ISSUES names them): what the tests that read every file go through.
   *
   * @param files the files
   * @return the documents of those that are well-formed, in the files' order
   */
  public static Iterable<Document> wellFormed(List<Path> files) {
    return () -> files.stream().map(UnxmlBlocks::readIfWellFormed).filter(java.util.Objects::nonNull).iterator();
  }

  private static Document readIfWellFormed(Path path) {
    try {
      return read(path);
    } catch (XMLStreamException notWellFormed) {
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @return its blocks
   * @throws XMLStreamException when it is not well-formed
   * @throws IOException when it cannot be read
   */
  public static Document read(Path path) throws XMLStreamException, IOException {
    XMLInputFactory factory = SecureXml.factory();
    List<Block> blocks = new ArrayList<>();
    UnxmlIdentity identity = new UnxmlIdentity();
    boolean inMeta = false;
    /** Open blocks: a footnote opens a new one inside its paragraph. */
    Deque<StringBuilder> texts = new ArrayDeque<>();
    Deque<List<Anchor>> anchors = new ArrayDeque<>();
    Deque<Boolean> isNote = new ArrayDeque<>();
    Deque<Integer> pDepth = new ArrayDeque<>();
    String href = null;
    int hrefStart = 0;
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          identity.start(r);
          switch (name) {
            case "meta":
              inMeta = true;
              break;
            case "authorialNote":
              texts.push(new StringBuilder());
              anchors.push(new ArrayList<>());
              isNote.push(true);
              pDepth.push(0);
              break;
            case "p":
              if (!inMeta) {
                if (texts.isEmpty()) {
                  texts.push(new StringBuilder());
                  anchors.push(new ArrayList<>());
                  isNote.push(false);
                  pDepth.push(0);
                } else {
                  pDepth.push(pDepth.pop() + 1);
                }
              }
              break;
            case "a":
              if (!texts.isEmpty()) {
                href = r.getAttributeValue(null, "href");
                hrefStart = texts.peek().length();
              }
              break;
            default:
              break;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
            || event == XMLStreamConstants.CDATA) {
          identity.text(r);
          if (!texts.isEmpty()) {
            texts.peek().append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          identity.end(name);
          switch (name) {
            case "meta":
              inMeta = false;
              break;
            case "a":
              if (href != null && !texts.isEmpty()) {
                anchors.peek().add(new Anchor(href, hrefStart, texts.peek().length()));
                href = null;
              }
              break;
            case "authorialNote":
              blocks.add(new Block(true, texts.pop().toString(), anchors.pop()));
              isNote.pop();
              pDepth.pop();
              break;
            case "p":
              if (!inMeta && !texts.isEmpty() && !isNote.peek()) {
                int depth = pDepth.pop();
                if (depth == 0) {
                  blocks.add(new Block(false, texts.pop().toString(), anchors.pop()));
                  isNote.pop();
                } else {
                  pDepth.push(depth - 1);
                }
              } else if (!inMeta && !texts.isEmpty() && isNote.peek()) {
                int depth = pDepth.pop();
                pDepth.push(Math.max(0, depth - 1));
              }
              break;
            default:
              break;
          }
        }
      }
      r.close();
    }
    return new Document(path, identity.language, identity.workUri, identity.symbol, blocks);
  }
}
