package dev.resolute.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The preambular and operative paragraphs of one of the UN's Akoma Ntoso files, with the lead
 * phrase as the UN marks it, read with StAX independently of the library: the {@code container
 * name} of a preambular paragraph and the opening italic span of an operative one (bold in Chinese;
 * after the inline number in Arabic). Footnote texts are left out of the paragraph text.
 */
public final class UnxmlParagraphs {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\u00a0,;:،؛，；：、]+$");
  private static final Pattern INLINE_NUMBER = Pattern.compile("^\\d{1,3}\\s*[-.]?\\s*");

  /** One paragraph: its kind, the marked lead (null where the markup marks none) and its text. */
  public record Sample(String language, String symbol, boolean operative, String containerName, String markedLead, String text) {
    /** The lead the markup gives: the opening span, else the container name; null where neither opens the text. */
    public String gold() {
      for (String candidate : new String[] {markedLead, containerName}) {
        if (candidate != null) {
          // the span sometimes takes the punctuation after the phrase ("признавая,"): junk, not lead
          String lead = TRAILING_PUNCTUATION.matcher(candidate.strip()).replaceFirst("");
          if (!lead.isEmpty() && text.startsWith(lead) && lead.length() <= 80 && lead.chars().noneMatch(Character::isDigit)
              && lead.codePoints().anyMatch(Character::isLetter)) {
            return lead;
          }
        }
      }
      return null;
    }
  }

  private UnxmlParagraphs() {}

  /**
   * Reads the paragraphs of a file.
   *
   * @param path the file
   * @return its paragraphs, in order
   * @throws XMLStreamException when the file is not well-formed
   * @throws IOException when it cannot be read
   */
  public static List<Sample> read(Path path) throws XMLStreamException, IOException {
    XMLInputFactory factory = SecureXml.factory();
    List<Sample> out = new ArrayList<>();
    UnxmlIdentity identity = new UnxmlIdentity();
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      String container = null;
      boolean inMainBody = false;
      boolean inTable = false;
      boolean paragraphWithNum = false;
      int pDepth = 0;
      StringBuilder text = null;
      StringBuilder span = null;
      String marked = null;
      boolean spanOpen = false;
      boolean sawElementInP = false;
      int noteDepth = 0;
      boolean operative = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (noteDepth > 0) {
            noteDepth++;
            continue;
          }
          identity.start(r);
          switch (name) {
            case "container":
              container = r.getAttributeValue(null, "name");
              // a table the markup puts in a container (A/RES/75/246): its cells are no paragraphs
              inTable |= "table".equals(container);
              break;
            case "mainBody":
              inMainBody = true;
              break;
            case "paragraph":
              paragraphWithNum = false;
              break;
            case "num":
              paragraphWithNum = inMainBody;
              break;
            case "authorialNote":
              noteDepth = 1;
              break;
            case "p":
              if (text == null && !inTable && (container != null || inMainBody && paragraphWithNum)) {
                text = new StringBuilder();
                operative = container == null;
                marked = null;
                sawElementInP = false;
                pDepth = 0;
              } else if (text != null) {
                pDepth++;
              }
              break;
            case "span":
              if (text != null && !sawElementInP) {
                String cls = String.valueOf(r.getAttributeValue(null, "class"));
                boolean leadSpan = cls.contains("italic") || cls.contains("bold");
                boolean onlyNumberBefore = INLINE_NUMBER.matcher(SPACES.matcher(text).replaceAll(" ").strip()).replaceFirst("").isEmpty();
                if (leadSpan && onlyNumberBefore) {
                  span = new StringBuilder();
                  spanOpen = true;
                }
              }
              sawElementInP = true;
              break;
            default:
              if (text != null) {
                sawElementInP = true;
              }
              break;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
            || event == XMLStreamConstants.CDATA) {
          if (noteDepth > 0) {
            continue;
          }
          identity.text(r);
          if (text != null) {
            text.append(r.getText());
            if (spanOpen) {
              span.append(r.getText());
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (noteDepth > 0) {
            noteDepth--;
            continue;
          }
          identity.end(name);
          if (name.equals("span") && spanOpen) {
            spanOpen = false;
            marked = SPACES.matcher(span).replaceAll(" ").strip();
          } else if (name.equals("p") && text != null) {
            if (pDepth > 0) {
              pDepth--;
            } else {
              String normalized = SPACES.matcher(text).replaceAll(" ").strip();
              if (operative) {
                normalized = INLINE_NUMBER.matcher(normalized).replaceFirst("");
              }
              out.add(new Sample(identity.language, identity.symbol, operative, container, marked, normalized));
              text = null;
              container = null;
            }
          } else if (name.equals("container")) {
            container = null;
            inTable = false;
          } else if (name.equals("mainBody")) {
            inMainBody = false;
          }
        }
      }
      r.close();
    }
    return out;
  }
}
