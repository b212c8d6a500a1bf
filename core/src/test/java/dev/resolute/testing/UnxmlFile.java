package dev.resolute.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the tests read from one of the UN's Akoma Ntoso files, independently of the library's own
 * AKN reader: identification, the symbol of the cover page, the adoption date and every link.
 */
public final class UnxmlFile {
  /** A link of the file: its target and the text inside the anchor. */
  public record Link(String href, String text) {}

  public final Path path;
  public String workUri;
  public String frbrAdoptionDate;
  public String language;
  public String symbol;
  public String coverAdoptionDate;
  public final List<Link> links = new ArrayList<>();

  private UnxmlFile(Path path) {
    this.path = path;
  }

  /**
   * Reads a file with the JDK's StAX, DTDs and external entities off.
   *
   * @param path the file
   * @return what was read
   * @throws XMLStreamException when the file is not well-formed
   */
  public static UnxmlFile read(Path path) throws XMLStreamException, IOException {
    XMLInputFactory factory = SecureXml.factory();
    UnxmlFile file = new UnxmlFile(path);
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      UnxmlIdentity identity = new UnxmlIdentity();
      StringBuilder anchorText = null;
      String anchorHref = null;
      int anchorDepth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (anchorText != null) {
            anchorDepth++;
          }
          identity.start(r);
          switch (name) {
            case "docDate":
              if ("#adoptionDate".equals(r.getAttributeValue(null, "refersTo")) && file.coverAdoptionDate == null) {
                file.coverAdoptionDate = r.getAttributeValue(null, "date");
              }
              break;
            case "a":
              String href = r.getAttributeValue(null, "href");
              if (href != null && anchorText == null) {
                anchorHref = href;
                anchorText = new StringBuilder();
                anchorDepth = 0;
              }
              break;
            default:
              break;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (anchorText != null) {
            anchorText.append(r.getText());
          }
          identity.text(r);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          identity.end(name);
          if (anchorText != null) {
            if (anchorDepth == 0 && name.equals("a")) {
              file.links.add(new Link(anchorHref, anchorText.toString()));
              anchorText = null;
            } else {
              anchorDepth--;
            }
          }
        }
      }
      r.close();
      file.workUri = identity.workUri;
      file.frbrAdoptionDate = identity.frbrAdoptionDate;
      file.language = identity.language;
      file.symbol = identity.symbol;
    }
    return file;
  }
}
