package dev.resolute.testing;

import javax.xml.stream.XMLStreamReader;

/**
 * The identification every reader of the UN's files needs, fed by their StAX walks: the work IRI
 * ({@code FRBRWork/FRBRuri}), the language, the adoption date of the FRBR block and the symbol the
 * cover page prints ({@code docNumber refersTo="#symbol"}). One place, so that the test oracles
 * agree on what a file says it is.
 */
public final class UnxmlIdentity {
  String workUri;
  /** The file's language code ({@code FRBRlanguage}). */
  public String language;
  String frbrAdoptionDate;
  /** The symbol the cover page prints, stripped. */
  public String symbol;
  private boolean inWork;
  private StringBuilder symbolText;

  /** At a start tag. */
  public void start(XMLStreamReader r) {
    switch (r.getLocalName()) {
      case "FRBRWork":
        inWork = true;
        break;
      case "FRBRuri":
        if (inWork && workUri == null) {
          workUri = r.getAttributeValue(null, "value");
        }
        break;
      case "FRBRdate":
        if ("adoption".equals(r.getAttributeValue(null, "name"))) {
          frbrAdoptionDate = r.getAttributeValue(null, "date");
        }
        break;
      case "FRBRlanguage":
        language = r.getAttributeValue(null, "language");
        break;
      case "docNumber":
        if ("#symbol".equals(r.getAttributeValue(null, "refersTo")) && symbol == null) {
          symbolText = new StringBuilder();
        }
        break;
      default:
        break;
    }
  }

  /** Whether the characters read now are the cover's symbol. */
  public boolean inSymbol() {
    return symbolText != null;
  }

  /** At characters. */
  public void text(XMLStreamReader r) {
    if (symbolText != null) {
      symbolText.append(r.getText());
    }
  }

  /** At an end tag. */
  public void end(String name) {
    if (name.equals("FRBRWork")) {
      inWork = false;
    } else if (name.equals("docNumber") && symbolText != null) {
      symbol = symbolText.toString().strip();
      symbolText = null;
    }
  }
}
