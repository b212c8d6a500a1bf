package dev.resolute.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Renders one of the UN's Akoma Ntoso files as plain text, by the rules of the corpus renderings:
 * {@code <meta>} and images dropped, one line a block, an element with a {@code <num>} written
 * {@code NUM<TAB>text}, footnote markers glued to the text where the markup puts them, footnote
 * texts at the end after a line of 18 underscores ({@code MARKER text}), cover-page lines separated
 * by single line breaks and other blocks by a blank line. Indentation of the XML is not text.
 */
public final class AknText {
  private AknText() {}

  /**
   * Renders a file.
   *
   * @param in the XML
   * @return the text
   * @throws IOException when the XML is not well-formed or holds a DTD
   */
  public static String render(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      return new Renderer(factory.createXMLStreamReader(in)).render();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static final class Renderer {
    private final XMLStreamReader r;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private boolean inCover;
    private int metaDepth;
    private int noteDepth;
    private StringBuilder note;
    private String noteMarker;
    private boolean numPending;
    private StringBuilder num;

    Renderer(XMLStreamReader r) {
      this.r = r;
    }

    String render() throws XMLStreamException {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(r.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(r.getLocalName());
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          text(r.getText());
        }
      }
      flush();
      if (!notes.isEmpty()) {
        out.append(out.length() > 0 ? "\n\n" : "").append("__________________\n");
        for (String n : notes) {
          out.append(n).append('\n');
        }
      }
      return out.toString();
    }

    private void start(String name) {
      if (metaDepth > 0 || name.equals("meta")) {
        metaDepth++;
        return;
      }
      if (noteDepth > 0) {
        noteDepth++;
        return;
      }
      switch (name) {
        case "coverPage":
          inCover = true;
          break;
        case "authorialNote":
          noteDepth = 1;
          note = new StringBuilder();
          noteMarker = r.getAttributeValue(null, "marker");
          if (noteMarker != null) {
            line.append(noteMarker);
          }
          break;
        case "num":
          flush();
          num = new StringBuilder();
          break;
        case "p":
        case "heading":
        case "subheading":
        case "crossHeading":
        case "container":
        case "paragraph":
        case "point":
        case "intro":
        case "docTitle":
          if (name.equals("docTitle") && line.length() > 0 && line.toString().strip().endsWith(".")) {
            line.append('\t'); // "75/101.<TAB>Questions relating to information", one line as printed
          } else if (!numPending) {
            flush(); // a part's letter stands on its own line above its title: "A⏎Information in …"
          }
          break;
        case "eol":
          flush();
          break;
        default:
          break;
      }
    }

    private void end(String name) {
      if (metaDepth > 0) {
        metaDepth--;
        return;
      }
      if (noteDepth > 0) {
        noteDepth--;
        if (noteDepth == 0) {
          String text = note.toString().replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\(\\)", "").strip();
          notes.add((noteMarker == null ? "" : noteMarker + " ") + text);
          note = null;
        }
        return;
      }
      switch (name) {
        case "coverPage":
          flush();
          inCover = false;
          break;
        case "num":
          line.append(num.toString().strip()).append('\t');
          num = null;
          numPending = true;
          break;
        case "p":
          numPending = false;
          break;
        case "heading":
        case "subheading":
          flush();
          break;
        default:
          break;
      }
    }

    private void text(String text) {
      if (metaDepth > 0) {
        return;
      }
      if (noteDepth > 0) {
        note.append(text);
        return;
      }
      if (num != null) {
        num.append(text);
        return;
      }
      if (text.isBlank() && text.indexOf('\n') >= 0) {
        return;
      }
      line.append(text.replace('\n', ' '));
    }

    private void flush() {
      String text = line.toString().strip();
      line.setLength(0);
      numPending = false;
      if (text.isEmpty()) {
        return;
      }
      if (out.length() > 0) {
        out.append(inCover ? "\n" : "\n\n");
      }
      out.append(text);
    }
  }
}
