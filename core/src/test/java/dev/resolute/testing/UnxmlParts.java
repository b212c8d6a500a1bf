package dev.resolute.testing;

import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The resolutions of one of the UN's Akoma Ntoso files, for tests that count their parts by XPath,
 * independently of the library: a collection of resolutions adopted together (A/RES/75/101 A-B,
 * 75/254 A-C) holds each as a {@code statement} among its components and nothing in its own body;
 * elsewhere the file is one resolution, and its components (a draft it carries) are not its text.
 *
 * @param collection whether the file is such a collection
 * @param roots the nodes to count under, each with {@link #scope()}
 */
public record UnxmlParts(boolean collection, List<Node> roots) {

  /**
   * Reads the parts of a parsed file.
   *
   * @param xpath an XPath over a DOM read without namespaces
   * @param dom the file
   * @return its resolutions
   * @throws XPathExpressionException never, for these expressions
   */
  public static UnxmlParts of(XPath xpath, Document dom) throws XPathExpressionException {
    NodeList statements = (NodeList) xpath.evaluate(
        "/akomaNtoso[documentCollection]/components/component/statement[@name='resolution']", dom, XPathConstants.NODESET);
    boolean collection = statements.getLength() > 0 && count(xpath, dom, "count(//mainBody[not(ancestor::components)])") == 0;
    List<Node> roots = new ArrayList<>();
    if (collection) {
      for (int k = 0; k < statements.getLength(); k++) {
        roots.add(statements.item(k));
      }
    } else {
      roots.add(dom);
    }
    return new UnxmlParts(collection, roots);
  }

  /** The predicate that keeps a {@code preamble} or {@code mainBody} to the resolution's own text. */
  public String scope() {
    return collection ? "" : "[not(ancestor::components)]";
  }

  /**
   * Preambular paragraphs: the preamble's containers, and a part's own preambular paragraphs in the
   * main body ({@code crossHeading refersTo="#preamble"}, A/RES/75/245 B).
   *
   * @param xpath an XPath
   * @return their number over all the file's resolutions
   * @throws XPathExpressionException never, for these expressions
   */
  public int preamble(XPath xpath) throws XPathExpressionException {
    int preamble = 0;
    for (Node root : roots) {
      preamble += count(xpath, root, "count(.//preamble" + scope() + "//container)")
          + count(xpath, root, "count(.//mainBody" + scope() + "[not(ancestor::attachments)]"
              + "//crossHeading[@refersTo='#preamble'][not(ancestor::paragraph)])");
    }
    return preamble;
  }

  /**
   * The number an XPath {@code count(…)} gives.
   *
   * @param xpath an XPath
   * @param node the context node
   * @param expression the expression
   * @return its value
   * @throws XPathExpressionException when the expression is not XPath
   */
  public static int count(XPath xpath, Node node, String expression) throws XPathExpressionException {
    return ((Double) xpath.evaluate(expression, node, XPathConstants.NUMBER)).intValue();
  }
}
