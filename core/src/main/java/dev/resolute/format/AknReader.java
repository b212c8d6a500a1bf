package dev.resolute.format;

import dev.resolute.internal.ParagraphNumbers;
import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.symbol.DocumentSymbol;
import dev.resolute.symbol.DocumentType;
import dev.resolute.symbol.UndocsLink;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN's Akoma Ntoso (AKN4UN) files into a {@link Resolution}, with the JDK's StAX only:
 * no DTDs, no external entities. Spans point into a plain rendering of the document's text (one
 * block a line, footnote markers where the markup puts them), which {@link #text()} gives after
 * reading. Lenient with the defects the UN's files have: leads from the opening italic (or bold)
 * span, else the container name; links read as {@code undocs.org} targets; unknown elements read for
 * their text.
 */
final class AknReader {
  private final StringBuilder text = new StringBuilder();
  private final Resolution.Builder resolution = Resolution.builder();
  private String session;
  /** A {@code <section>} of the main body: its number is the heading's label, its {@code <heading>} the text. */
  private boolean sectionOpen;
  /**
   * A collection of resolutions adopted together (A/RES/75/101 A-B, 75/254 A-C): the UN gives each
   * as a {@code statement} among the components, and its own body holds none. Each is read as a
   * section of one resolution, labelled by its letter and titled by its title.
   */
  private boolean collection;
  private String sectionLabel;
  private StringBuilder sectionHeadingText;
  private boolean sectionHeadingOpen;
  private int sectionStart;
  private int sectionFirstOperative;
  private boolean sectionRegistered;
  /**
   * The {@code <subheading>}s that open a section, as the UN marks them (A/RES/75/245, 75/253:
   * "A", "Base/floor salary scale"; "D Asuntos varios"; a part's title above): spans of the text.
   */
  private final List<int[]> sectionSubheadings = new ArrayList<>();
  private int subheadingStart = -1;
  private final List<dev.resolute.model.SectionHeading> headings = new ArrayList<>();
  /** The open {@code <ref>}: a reference to a paragraph, an article or a treaty, as this library writes it. */
  private OpenLink openRef;
  private final List<dev.resolute.model.Reference> references = new ArrayList<>();
  private Body authorBody;
  private final List<dev.resolute.model.Actor> actors = new ArrayList<>();
  /** The {@code class} and {@code title} of the open link: what this library writes of a citation beyond its target. */
  private OpenLink openLink;

  /** An {@code <a>} or {@code <ref>} being read: its target, where its text starts, its class and title. */
  private record OpenLink(String href, int start, String cls, String title) {
    static OpenLink of(XMLStreamReader r, int start) {
      return new OpenLink(r.getAttributeValue(null, "href"), start, r.getAttributeValue(null, "class"),
          r.getAttributeValue(null, "title"));
    }
  }
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<PreambularClause> preambles = new ArrayList<>();
  /** The preambular paragraph being read, if any. */
  private Block preambular;
  /**
   * Annexes: each {@code <component>} or {@code <attachment>} of the UN's files (a draft the
   * resolution recommends, an annexed text), and each {@code <container name="annex">} of the
   * conclusions as this library writes them; its first heading is the annex's heading.
   */
  private final List<dev.resolute.model.Annex> annexes = new ArrayList<>();
  private StringBuilder annexText;
  private StringBuilder annexHeading;
  private boolean annexHeadingOpen;
  private int annexStart;
  private int annexDepth;
  private final Set<String> footnoteMarkers = new HashSet<>();
  private final List<Citation> citations = new ArrayList<>();
  private Language language = Language.EN;
  private Body body = Body.OTHER;
  private String workUri;
  private Optional<DocumentSymbol> symbol = Optional.empty();
  private String title;
  /** Where the title's text stands in the text read, and where the cover page's does: their links are located there. */
  private Span titleSpan;
  private int titleOpened;
  private Span coverSpan;
  private int coverOpened = -1;
  private String formula;
  private LocalDate adoption;
  private LocalDate issued;

  static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  String text() {
    return text.toString();
  }

  /** One block being read: a paragraph's text, its lead span and its footnote references. */
  private static final class Block {
    final int start;
    final StringBuilder plain = new StringBuilder();
    final List<FootnoteRef> refs = new ArrayList<>();
    String lead;
    String number;
    String containerName;
    int depth;
    final List<Block> children = new ArrayList<>();
    boolean leadOpen;
    final StringBuilder leadText = new StringBuilder();
    boolean sawContent;
    int end = -1;

    Block(int start) {
      this.start = start;
    }
  }

  Resolution read(InputStream in) throws IOException {
    XMLStreamReader r;
    try {
      r = secureFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IOException("not XML: " + e.getMessage(), e);
    }
    try {
      walk(r);
    } catch (dev.resolute.model.InvalidValueException e) {
      throw new IOException("Akoma Ntoso does not make a valid resolution: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      throw new IOException("Akoma Ntoso not well-formed at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
          + ", column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNumber()) + ": " + e.getMessage(), e);
    }
    // a Main Committee's draft (A/C.3/66/L.15) is the committee's, though the work IRI names the Assembly
    Body committee = authorBody != null && authorBody.name().startsWith("GA_C") ? authorBody
        : symbol.map(DocumentSymbol::body).filter(b -> b.name().startsWith("GA_C")).orElse(null);
    resolution.language(language).body(committee != null && body == Body.GA ? committee : body);
    symbol.ifPresent(resolution::symbol);
    if (title != null && !title.isEmpty()) {
      resolution.title(title);
    }
    if (formula != null) {
      resolution.enactingFormula(formula);
    }
    if (adoption != null) {
      resolution.adoptionDate(adoption);
    }
    if (session != null) {
      resolution.session(session);
    }
    if (issued != null) {
      resolution.issueDate(issued);
    }
    resolution.addAllFootnotes(footnotes);
    resolution.addAllAnnexes(annexes);
    resolution.addAllActors(actors);
    citations.sort((a, b) -> a.span().compareTo(b.span()));
    try {
      Resolution read = resolution.build();
      List<Citation> located = new ArrayList<>(citations.size());
      Locator locator = new Locator(read, coverSpan, titleSpan);
      for (Citation c : citations) {
        located.add(c.withLocation(locator.locationOf(c.span())));
      }
      List<dev.resolute.model.Reference> placed = new ArrayList<>(references.size());
      references.sort((a, b) -> a.span().compareTo(b.span()));
      for (dev.resolute.model.Reference ref : references) {
        placed.add(ref.withLocation(locator.locationOf(ref.span())));
      }
      return read.withCitations(located).withReferences(placed);
    } catch (dev.resolute.model.InvalidValueException e) {
      throw new IOException("Akoma Ntoso does not make a valid resolution: " + e.getMessage(), e);
    }
  }

  private void walk(XMLStreamReader r) throws XMLStreamException {
    Deque<String> path = new ArrayDeque<>();
    Deque<Block> blocks = new ArrayDeque<>();
    Block operative = null;
    Deque<Block> points = new ArrayDeque<>();
    int noteDepth = 0;
    StringBuilder note = null;
    String noteMarker = null;
    int noteStart = 0;
    StringBuilder capture = null;
    String captureWhat = null;
    boolean inMeta = false;
    int operativeCount = 0;
    List<OperativeClause> operatives = new ArrayList<>();
    int lastNumber = 0;
    int section = 0;
    boolean restarts = false;
    List<PendingParagraph> pendingOperative = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new XMLStreamException("document type declarations and entity references are refused"
            + " (Akoma Ntoso needs neither)", r.getLocation());
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        path.push(name);
        // links and references, in a clause or in a note alike: located afterwards by their span
        if (name.equals("a")) {
          openLink = OpenLink.of(r, text.length());
        } else if (name.equals("ref")) {
          openRef = OpenLink.of(r, text.length());
        }
        if (noteDepth > 0) {
          noteDepth++;
          continue;
        }
        if (name.equals("documentCollection")) {
          collection = true;
        } else if (collection && name.equals("statement") && path.contains("components")) {
          section++;
          openSection(pendingOperative.size());
        }
        if (annexText == null && !inMeta && !(collection && path.contains("components"))
            && (name.equals("component") || name.equals("attachment")
            || name.equals("container") && "annex".equals(r.getAttributeValue(null, "name")) && path.contains("conclusions"))) {
          annexText = new StringBuilder();
          annexHeading = null;
          annexStart = text.length();
          annexDepth = path.size();
        } else if (annexText != null && annexHeading == null && (name.equals("heading") || name.equals("docTitle")
            || name.equals("p") && "heading".equals(r.getAttributeValue(null, "class")))) {
          annexHeading = new StringBuilder();
          annexHeadingOpen = true;
        }
        switch (name) {
          case "meta":
            inMeta = true;
            break;
          case "FRBRuri":
            if (workUri == null) {
              workUri = r.getAttributeValue(null, "value");
              body = bodyOf(workUri);
            }
            break;
          case "FRBRlanguage":
            Language.fromCode(String.valueOf(r.getAttributeValue(null, "language"))).ifPresent(l -> language = l);
            break;
          case "docNumber":
            if (sectionOpen && collection && path.contains("statement") && path.contains("preface")) {
              capture = new StringBuilder(); // its letter: "A"
              captureWhat = "part";
            } else if ("#symbol".equals(r.getAttributeValue(null, "refersTo")) && symbol.isEmpty()) {
              capture = new StringBuilder();
              captureWhat = "symbol";
            }
            break;
          case "TLCOrganization": {
            String eId = r.getAttributeValue(null, "eId");
            Optional<Body> named = Body.fromCode(String.valueOf(r.getAttributeValue(null, "showAs")));
            if (named.isPresent() && named.get().aknName().equals(eId)) {
              authorBody = named.get(); // this library names the body by its code: GA-C3, not only "unga"
            }
            if (eId != null && eId.startsWith("actor_")) {
              String iri = String.valueOf(r.getAttributeValue(null, "href"));
              int query = iri.indexOf('?');
              actor(eId.substring("actor_".length()), query < 0 ? iri : iri.substring(0, query),
                  r.getAttributeValue(null, "shortForm"), query < 0 ? null : iri.substring(query + 1));
            }
            break;
          }
          case "session":
            if (session == null && r.getAttributeValue(null, "value") != null
                && !r.getAttributeValue(null, "value").isBlank()) {
              session = r.getAttributeValue(null, "value").strip();
            }
            break;
          case "docDate":
            if ("#adoptionDate".equals(r.getAttributeValue(null, "refersTo"))) {
              if (adoption == null) {
                adoption = date(r.getAttributeValue(null, "date")).orElse(null);
              }
            } else if ("#dateOfIssuance".equals(r.getAttributeValue(null, "refersTo")) && issued == null) {
              issued = date(r.getAttributeValue(null, "date")).orElse(null);
            }
            break;
          case "docTitle":
            if (path.contains("preface") && sectionOpen && collection && path.contains("statement")) {
              sectionHeadingText = new StringBuilder(); // the title of a resolution of the collection
              sectionHeadingOpen = true;
            } else if (path.contains("preface")) {
              capture = new StringBuilder();
              captureWhat = "title";
              titleOpened = text.length();
            }
            break;
          case "coverPage":
            if (coverOpened < 0) {
              coverOpened = text.length();
            }
            break;
          case "formula":
            if (path.contains("preamble") && own(path)) {
              capture = new StringBuilder();
              captureWhat = "formula";
            }
            break;
          case "container":
            if (path.contains("preamble") && own(path)) {
              preambular = new Block(newLine());
              preambular.containerName = r.getAttributeValue(null, "name");
            }
            break;
          case "crossHeading":
            // a part's own preambular paragraph, between the operative paragraphs of the parts
            // (A/RES/75/245, E/RES/2021/13): the UN marks it refersTo="#preamble"
            if (path.contains("mainBody") && own(path) && !path.contains("attachments")
                && operative == null && preambular == null && "#preamble".equals(r.getAttributeValue(null, "refersTo"))) {
              registerSection(pendingOperative.size());
              preambular = new Block(newLine());
            }
            break;
          case "paragraph":
            if (path.contains("mainBody") && !path.contains("attachments") && own(path) && operative == null) {
              registerSection(pendingOperative.size());
              operative = new Block(newLine());
              section += 0;
            }
            break;
          case "section":
            if (path.contains("mainBody") && own(path) && !path.contains("attachments")) {
              section++;
              openSection(pendingOperative.size());
            }
            break;
          case "heading":
            if (sectionOpen && operative == null && sectionHeadingText == null) {
              sectionHeadingText = new StringBuilder();
              sectionHeadingOpen = true;
            }
            break;
          case "subheading":
            if (sectionOpen && !sectionRegistered && operative == null && preambular == null && sectionHeadingText == null
                && path.contains("mainBody") && own(path)) {
              subheadingStart = newLine();
            }
            break;
          case "point":
            if (operative != null) {
              Block point = new Block(newLine());
              point.depth = points.size();
              (points.isEmpty() ? operative : points.peek()).children.add(point);
              points.push(point);
            }
            break;
          case "num":
            capture = new StringBuilder();
            captureWhat = "num";
            break;
          case "authorialNote":
            noteDepth = 1;
            note = new StringBuilder();
            noteMarker = r.getAttributeValue(null, "marker");
            noteStart = text.length();
            if (noteMarker != null) {
              text.append(noteMarker);
              Block target = !points.isEmpty() ? points.peek() : operative != null ? operative : preambular;
              if (target != null) {
                target.refs.add(FootnoteRef.of(noteMarker, Span.of(noteStart, text.length())));
              }
            }
            break;
          case "span":
            Block current = !points.isEmpty() ? points.peek() : operative != null ? operative : preambular;
            String cls = String.valueOf(r.getAttributeValue(null, "class"));
            if (current != null && current.lead == null && !current.sawContent && (cls.contains("italic") || cls.contains("bold"))) {
              current.leadOpen = true;
            }
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        String chars = r.getText();
        if (noteDepth > 0) {
          note.append(chars);
          appendText(chars); // the note's text has offsets too, so that its links can be placed
          continue;
        }
        if (inMeta) {
          continue;
        }
        if (capture != null) {
          capture.append(chars);
          if (captureWhat.equals("num")) {
            continue;
          }
        }
        appendText(chars);
        if (sectionHeadingOpen) {
          sectionHeadingText.append(chars);
        }
        if (annexHeadingOpen) {
          annexHeading.append(chars);
        } else if (annexText != null) {
          annexText.append(chars);
        }
        Block current = !points.isEmpty() ? points.peek() : operative != null ? operative : preambular;
        if (current != null) {
          current.plain.append(chars);
          if (current.leadOpen) {
            current.leadText.append(chars);
          } else if (!chars.isBlank()) {
            current.sawContent = true;
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        path.pop();
        if (name.equals("a") && openLink != null) {
          link(openLink, text.length());
          openLink = null;
        } else if (name.equals("ref") && openRef != null) {
          reference(openRef, text.length());
          openRef = null;
        }
        if (noteDepth > 0) {
          noteDepth--;
          if (noteDepth == 0) {
            String marker = noteMarker == null ? String.valueOf(footnotes.size() + 1) : noteMarker;
            if (footnoteMarkers.add(marker)) {
              footnotes.add(Footnote.of(marker, normalize(note.toString()).replaceFirst("^[()\\s]+", ""),
                  Span.of(noteStart, Math.max(text.length(), noteStart + marker.length()))));
            }
            note = null;
          } else {
            continue;
          }
          continue;
        }
        if (annexHeadingOpen && (name.equals("heading") || name.equals("docTitle") || name.equals("p"))) {
          annexHeadingOpen = false;
        }
        if (annexText != null && path.size() < annexDepth) {
          closeAnnex();
        }
        switch (name) {
          case "meta":
            inMeta = false;
            break;
          case "coverPage":
            if (coverSpan == null && coverOpened >= 0) {
              coverSpan = Span.of(coverOpened, text.length());
            }
            break;
          case "docNumber":
          case "docTitle":
          case "formula":
            if (name.equals("docTitle") && sectionHeadingOpen && collection) {
              sectionHeadingOpen = false;
            }
            if (capture != null && captureWhat != null && !captureWhat.equals("num")) {
              String value = normalize(capture.toString());
              if (captureWhat.equals("symbol")) {
                symbol = DocumentSymbol.tryParse(value);
              } else if (captureWhat.equals("part") && !value.isEmpty()) {
                sectionLabel = value;
              } else if (captureWhat.equals("title") && !value.isEmpty() && title == null) {
                title = value.replaceFirst("^(?:S-|ES-)?\\d+/\\d+\\s*[A-Z]?\\.\\s*", "");
                titleSpan = Span.of(titleOpened, text.length());
              } else if (captureWhat.equals("formula") && !value.isEmpty() && formula == null) {
                formula = value;
              }
              capture = null;
              captureWhat = null;
            }
            break;
          case "num":
            if (capture != null && "num".equals(captureWhat)) {
              String number = normalize(capture.toString()).replaceAll("[.()\\s-]", "");
              Block target = !points.isEmpty() ? points.peek() : operative;
              if (target != null && target.number == null) {
                target.number = number;
              } else if (target == null && sectionOpen && sectionLabel == null && !number.isEmpty()) {
                // a section's label keeps its words apart ("حادي عشر")
                sectionLabel = normalize(capture.toString()).replaceAll("[.()]", "").strip();
              }
              capture = null;
              captureWhat = null;
            }
            break;
          case "span":
            Block current = !points.isEmpty() ? points.peek() : operative != null ? operative : preambular;
            if (current != null && current.leadOpen) {
              current.leadOpen = false;
              current.lead = normalize(current.leadText.toString());
              current.sawContent = true;
            }
            break;
          case "container":
          case "crossHeading":
            closePreambular();
            break;
          case "point":
            if (!points.isEmpty()) {
              points.pop().end = text.length();
            }
            break;
          case "heading":
            sectionHeadingOpen = false;
            break;
          case "subheading":
            if (subheadingStart >= 0) {
              int start = subheadingStart;
              int end = text.length();
              while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n')) {
                end--;
              }
              while (start < end && text.charAt(start) == ' ') {
                start++;
              }
              if (end > start) {
                sectionSubheadings.add(new int[] {start, end});
              }
              subheadingStart = -1;
            }
            break;
          case "statement":
            if (collection && sectionOpen) {
              registerSection(pendingOperative.size());
              sectionOpen = false;
            }
            break;
          case "section":
            if (sectionOpen) {
              registerSection(pendingOperative.size());
              sectionOpen = false;
            }
            break;
          case "paragraph":
            if (operative != null && path.stream().noneMatch("paragraph"::equals)) {
              String number = operative.number == null || operative.number.isEmpty() ? null : operative.number;
              if (number != null && ParagraphNumbers.isPlain(number)) {
                int n = Integer.parseInt(number);
                // numbering restarts where it goes back, or where a headed section opens at 1 after
                // other paragraphs (S/RES/47 (1948): an unnumbered paragraph, then "A" 1-15), as the parser reads it
                if (n <= lastNumber || n == 1 && !pendingOperative.isEmpty() && sectionOpen
                    && (sectionLabel != null || sectionHeadingText != null)) {
                  restarts = true;
                }
                lastNumber = n;
              }
              pendingOperative.add(new PendingParagraph(operative, section, text.length(), sectionOpen ? sectionLabel : null));
              operative = null;
              operativeCount++;
            }
            break;
          default:
            break;
        }
      }
    }
    resolution.addAllPreamble(preambles);
    boolean sectioned = restarts;
    // whether a section is labelled ("B"): the paragraphs before the first are then under none, as
    // the parser reads them; where none is, the numbering's restarts make the parts (A/RES/75/245)
    boolean sectionsMarked = pendingOperative.stream().anyMatch(pending -> pending.sectionLabel() != null);
    java.util.Map<String, Integer> lastInSection = new java.util.HashMap<>();
    int segment = 1;
    int previous = 0;
    for (PendingParagraph pending : pendingOperative) {
      Block b = pending.block();
      if (b.number != null && ParagraphNumbers.isPlain(b.number)) {
        int n = Integer.parseInt(b.number);
        if (n <= previous) {
          segment++;
        }
        previous = n;
      }
      int sectionNumber = segment;
      int end = pending.end();
      String clause = normalize(ownText(b));
      if (clause.isEmpty() && (b.number == null || b.number.isEmpty()) && b.children.isEmpty()) {
        continue; // an empty paragraph stands where a main body must have one
      }
      OperativeClause.Builder c = OperativeClause.builder().lead(lead(b, clause)).text(clause)
          .span(Span.of(b.start, Math.max(b.start, end))).addAllFootnoteRefs(ownRefs(b))
          .addAllSubparagraphs(subparagraphs(b.children));
      // the section's own number where the markup gives one (A, B), else its place
      // a paragraph before the first section is under none (S/RES/161 (1961): 1-5, then "B" 1-3)
      String sectionName = !sectioned || pending.section() == 0 && sectionsMarked ? null
          : pending.sectionLabel() != null ? pending.sectionLabel() : String.valueOf(sectionNumber);
      boolean numbered = b.number != null && !b.number.isEmpty();
      if (numbered && sectionName != null && ParagraphNumbers.isPlain(b.number)) {
        int n = Integer.parseInt(b.number);
        Integer before = lastInSection.get(sectionName);
        // a number the markup repeats within its section (A/RES/75/253, section 二十: 9, 9, 11) is
        // read as unnumbered, as the parser reads it
        numbered = before == null || n > before;
        if (numbered) {
          lastInSection.put(sectionName, n);
        }
      }
      if (numbered) {
        c.number(b.number);
      }
      if (sectionName != null) {
        c.section(sectionName);
      }
      operatives.add(c.build());
    }
    resolution.addAllOperative(operatives);
    resolution.addAllHeadings(headings);
  }

  /**
   * An operative paragraph read, kept until the whole body is read (whether its numbering restarts
   * decides its section): its block, how many sections had opened before it, where its text ends,
   * and the label of the section it stands in, or null.
   */
  private record PendingParagraph(Block block, int section, int end, String sectionLabel) {}

  /** The block's text before its first point. */
  private static String ownText(Block b) {
    if (b.children.isEmpty()) {
      return b.plain.toString();
    }
    String all = b.plain.toString();
    return all;
  }

  private static List<FootnoteRef> ownRefs(Block b) {
    return b.refs;
  }

  private List<Subparagraph> subparagraphs(List<Block> points) {
    List<Subparagraph> out = new ArrayList<>();
    for (Block p : points) {
      int end = p.end < 0 ? text.length() : p.end;
      out.add(Subparagraph.builder().number(p.number == null || p.number.isEmpty() ? "?" : p.number)
          .text(normalize(p.plain.toString())).span(Span.of(p.start, Math.max(p.start, end)))
          .addAllFootnoteRefs(p.refs).addAllSubparagraphs(subparagraphs(p.children)).build());
    }
    return out;
  }

  /** The lead: the opening italic (bold) span where it opens the text, else the container's name, else none. */
  private static String lead(Block b, String clause) {
    for (String candidate : new String[] {b.lead, b.containerName}) {
      if (candidate != null) {
        String lead = normalize(candidate);
        if (!lead.isEmpty() && clause.startsWith(lead)) {
          return lead;
        }
      }
    }
    return "";
  }

  /**
   * Names the clause, point or note whose span holds a link's span: by binary search over the
   * clauses (their spans are in order, an invariant of the model) and over the notes sorted once,
   * so that locating every link of a file is not links × clauses.
   */
  private static final class Locator {
    private final Resolution r;
    private final List<Footnote> notes;
    /** The cover page's and the title's text, or null. */
    private final Span cover;
    private final Span title;

    Locator(Resolution r, Span cover, Span title) {
      this.r = r;
      this.cover = cover;
      this.title = title;
      this.notes = new ArrayList<>(r.footnotes());
      notes.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /**
     * Where a link stands, as the parser names locations ({@code preamble:2}, {@code operative:3(a)},
     * {@code footnote:4}, {@code header} on the cover page, {@code title}), so that the writer puts it
     * back in the same place; {@code link} where it stands outside every clause, note, cover and title.
     */
    String locationOf(Span span) {
      // a note stands inside the clause it annotates: a link in the note is the note's
      int f = holder(notes, span, Footnote::span);
      if (f >= 0) {
        return "footnote:" + notes.get(f).marker();
      }
      int p = holder(r.preamble(), span, PreambularClause::span);
      if (p >= 0) {
        return "preamble:" + (p + 1);
      }
      int o = holder(r.operative(), span, OperativeClause::span);
      if (o >= 0) {
        return r.operativeLocation(o) + subparagraphPath(r.operative().get(o).subparagraphs(), span);
      }
      int a = holder(r.annexes(), span, dev.resolute.model.Annex::span);
      if (a >= 0) {
        return "annex:" + (a + 1);
      }
      return within(cover, span) ? AknWriter.HEADER : within(title, span) ? AknWriter.TITLE : "link";
    }

    private static boolean within(Span outer, Span span) {
      return outer != null && outer.start() <= span.start() && span.end() <= outer.end();
    }

    /** The index of the last element starting at or before the span, if it holds the span; else -1. */
    private static <T> int holder(List<T> sorted, Span span, java.util.function.Function<T, Span> spanOf) {
      int lo = 0;
      int hi = sorted.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (spanOf.apply(sorted.get(mid)).start() <= span.start()) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && span.isWithin(spanOf.apply(sorted.get(found))) ? found : -1;
    }
  }

  private static String subparagraphPath(List<Subparagraph> subs, Span span) {
    for (Subparagraph sub : subs) {
      if (span.isWithin(sub.span())) {
        return "(" + sub.number() + ")" + subparagraphPath(sub.subparagraphs(), span);
      }
    }
    return "";
  }

  private void link(OpenLink open, int end) {
    String href = open.href();
    int start = open.start();
    // the white space a link opens or closes with is the text's, not the citation's
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (href == null) {
      return;
    }
    // a link around nothing but spaces cites nothing printed: markup residue, not a citation
    if (end <= start || text.substring(start, end).codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      return;
    }
    Optional<CitationKind> written = open.cls() == null ? Optional.empty() : CitationKind.fromCode(open.cls().strip());
    if (href.startsWith(TREATIES) && written.isPresent()) {
      citations.add(LinkFields.read(Citation.builder().kind(written.get()).canonical(href.substring(TREATIES.length()))
          .text(text.substring(start, end)).span(Span.of(start, end)).location("link"), open.title(), true).build());
      return;
    }
    if (href.startsWith("#") && written.filter(k -> k == CitationKind.OTHER_RESOLUTION).isPresent() && href.length() > 1) {
      // another body's resolution, as this library writes it: its canonical form as the fragment
      citations.add(LinkFields.read(Citation.builder().kind(written.get()).canonical(href.substring(1))
          .text(text.substring(start, end)).span(Span.of(start, end)).location("link"), open.title(), false).build());
      return;
    }
    Optional<UndocsLink> link = UndocsLink.parse(href);
    if (link.isEmpty()) {
      return;
    }
    Optional<DocumentSymbol> target = DocumentSymbol.tryParse(link.get().target());
    if (target.isEmpty()) {
      return;
    }
    DocumentSymbol s = target.get();
    CitationKind kind = s.documentType().filter(t -> t == DocumentType.MEETING_RECORD).isPresent() ? CitationKind.MEETING_RECORD
        : !s.isResolution() || s.isJoint() ? CitationKind.DOCUMENT_SYMBOL
        : s.body() == Body.HRC ? CitationKind.HRC_RESOLUTION
        : s.organ().equals("S") ? CitationKind.SC_RESOLUTION
        : s.organ().equals("E") ? CitationKind.ECOSOC_RESOLUTION
        : s.organ().equals("A") ? CitationKind.GA_RESOLUTION : CitationKind.DOCUMENT_SYMBOL;
    Citation.Builder c = Citation.builder().kind(written.orElse(kind)).canonical(s.canonical()).part(s.part())
        .text(text.substring(start, end)).span(Span.of(start, end)).location("link");
    citations.add(LinkFields.read(c, open.title(), false).build());
  }

  private static final String TREATIES = "https://treaties.un.org/";

  /**
   * Appends text with its white space as the clauses keep it: a run is one space, none at the
   * start of a line. Offsets into the text (spans, footnote references) then count the characters
   * a clause's text has, not the file's indentation.
   */
  private void appendText(String chars) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        int last = text.length() - 1;
        if (last >= 0 && text.charAt(last) != ' ' && text.charAt(last) != '\n') {
          text.append(' ');
        }
      } else {
        text.append(c);
      }
    }
  }

  private int newLine() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    return text.length();
  }

  private static Optional<LocalDate> date(String iso) {
    try {
      return iso == null || iso.startsWith("0001") ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Body bodyOf(String workUri) {
    if (workUri == null) {
      return Body.OTHER;
    }
    return workUri.contains("/unga-hrc/") ? Body.HRC : workUri.contains("/unsc/") ? Body.SC
        : workUri.contains("/unecosoc/") ? Body.ECOSOC : workUri.contains("/unga/") ? Body.GA : Body.OTHER;
  }

  /** A reference written as {@code <ref href="#target" class="kind" title="instrument=…">}; others are not ours. */
  private void reference(OpenLink open, int end) {
    String href = open.href();
    int start = open.start();
    // the white space a link opens or closes with is the text's, not the citation's
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    String refClass = open.cls();
    if (href == null) {
      return;
    }
    Optional<dev.resolute.model.ReferenceKind> kind = java.util.Arrays.stream(dev.resolute.model.ReferenceKind.values())
        .filter(k -> k.code().equals(refClass == null ? "" : refClass.strip())).findFirst();
    if (kind.isEmpty() || !href.startsWith("#") || end <= start) {
      return;
    }
    dev.resolute.model.Reference.Builder b = dev.resolute.model.Reference.builder().kind(kind.get())
        .target(href.substring(1)).text(text.substring(start, end)).span(Span.of(start, end)).location("link");
    LinkFields.decode(open.title(), (key, value) -> {
      if (key.equals("instrument")) {
        b.instrument(value);
      }
    });
    try {
      references.add(b.build());
    } catch (dev.resolute.model.InvalidValueException invalid) {
      // not a reference of ours
    }
  }

  /** An actor as this library writes it in the references: kind in the IRI, acronyms, names by language. */
  private void actor(String id, String href, String shortForm, String names) {
    String[] segments = href == null ? new String[0] : href.split("/");
    dev.resolute.model.ActorKind kind = dev.resolute.model.ActorKind.OTHER;
    if (segments.length >= 2) {
      try {
        kind = dev.resolute.model.ActorKind.valueOf(segments[segments.length - 2].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException notAKind) {
        // an IRI of another shape: the kind stays OTHER
      }
    }
    dev.resolute.model.Actor.Builder a = dev.resolute.model.Actor.builder().id(id).kind(kind);
    if (shortForm != null && !shortForm.isBlank()) {
      a.addAcronyms(shortForm.split("\\|"));
    }
    LinkFields.decode(names, (code, name) -> Language.fromCode(code).ifPresent(language -> a.putNames(language, name)));
    try {
      actors.add(a.build());
    } catch (dev.resolute.model.InvalidValueException invalid) {
      // a reference of another making: not an actor of ours
    }
  }

  /** A preambular paragraph ends: kept where it has text. */
  private void closePreambular() {
    if (preambular == null) {
      return;
    }
    String clause = normalize(preambular.plain.toString());
    if (!clause.isEmpty()) {
      preambles.add(PreambularClause.builder().lead(lead(preambular, clause)).text(clause)
          .span(Span.of(preambular.start, Math.max(preambular.start, text.length())))
          .addAllFootnoteRefs(preambular.refs).build());
    }
    preambular = null;
  }

  /** Whether the element at the path belongs to the resolution: outside components, or in a collection's resolutions. */
  private boolean own(java.util.Collection<String> path) {
    return !path.contains("components") || collection && path.contains("statement");
  }

  /** A section opens (a {@code section}, or a resolution of a collection): the one before is registered. */
  private void openSection(int operativesSoFar) {
    registerSection(operativesSoFar);
    sectionOpen = true;
    sectionLabel = null;
    sectionHeadingText = null;
    sectionSubheadings.clear();
    sectionRegistered = false;
    sectionStart = text.length();
    sectionFirstOperative = operativesSoFar;
  }

  /** The open section's heading, once, before its first paragraph or at its end: label, text, place. */
  private void registerSection(int operativesSoFar) {
    if (!sectionOpen || sectionRegistered) {
      return;
    }
    sectionRegistered = true;
    if (sectionHeadingText == null && !sectionSubheadings.isEmpty()) {
      registerSubheadings();
      return;
    }
    String heading = sectionHeadingText == null ? "" : normalize(sectionHeadingText.toString());
    // a heading without a number is unlabelled (the model's empty label)
    String label = sectionLabel != null ? sectionLabel : heading.isEmpty() ? null : "";
    if (label == null) {
      return; // a section with neither number nor heading: only a grouping
    }
    addHeading(label, heading.isEmpty() ? label : heading, sectionStart, Math.max(sectionStart, text.length()));
  }

  /**
   * A section's subheadings as headings: with a {@code <num>}, they are its title; else the one
   * before the last is the label where it is short ("A", "IX", "حادي عشر", "二十六") and the last the
   * title, or the last opens with its label ("D Asuntos varios"); any before those are unlabelled
   * headings of their own (a part's title: "Conditions of service of staff in the Professional…").
   */
  private void registerSubheadings() {
    List<int[]> subs = sectionSubheadings;
    int last = subs.size() - 1;
    if (sectionLabel != null) {
      addHeading(sectionLabel, joined(subs, 0, subs.size()), subs.get(0)[0], subs.get(last)[1]);
      return;
    }
    int titled = last; // the subheadings before this one are unlabelled headings
    String label = null;
    String title = null;
    if (last >= 1 && isShortLabel(textOf(subs.get(last - 1)))) {
      titled = last - 1;
      label = textOf(subs.get(last - 1));
      title = textOf(subs.get(last));
    } else {
      Matcher m = LABEL_THEN_TITLE.matcher(textOf(subs.get(last)));
      if (m.matches()) {
        label = m.group(1);
        title = m.group(2);
      }
    }
    for (int k = 0; k < titled; k++) {
      addHeading("", textOf(subs.get(k)), subs.get(k)[0], subs.get(k)[1]);
    }
    if (label != null) {
      addHeading(label, title, subs.get(titled)[0], subs.get(last)[1]);
      sectionLabel = label; // the section's paragraphs are numbered under it
    } else {
      addHeading("", textOf(subs.get(last)), subs.get(last)[0], subs.get(last)[1]);
    }
  }

  /** A label printed as a line of its own: a few characters, no sentence ("A", "XIV", "ثالث وعشرون"). */
  private static boolean isShortLabel(String s) {
    return s.length() <= 12 && s.chars().noneMatch(c -> c == '.' || c == ',' || c == ':' || c == '/');
  }

  /** {@code D Asuntos varios}, {@code XXI Валовой …}: a letter, a roman or an arabic number, then the title. */
  private static final Pattern LABEL_THEN_TITLE = Pattern.compile("([A-Z]|[IVXLC]+|\\d{1,3})\\s+(\\S.*)", Pattern.DOTALL);

  private String textOf(int[] span) {
    return normalize(text.substring(span[0], span[1]));
  }

  private String joined(List<int[]> spans, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      out.append(k > from ? " " : "").append(textOf(spans.get(k)));
    }
    return out.toString();
  }

  private void addHeading(String label, String text, int start, int end) {
    headings.add(dev.resolute.model.SectionHeading.builder().label(label).text(text)
        .span(Span.of(start, Math.max(start, end))).firstOperative(sectionFirstOperative).build());
  }

  /** An annex ends: its heading (a language-neutral "Annex" where it has none) and its text. */
  private void closeAnnex() {
    String heading = annexHeading == null ? "" : normalize(annexHeading.toString());
    String body = normalize(annexText.toString());
    if (!body.isEmpty() || !heading.isEmpty()) {
      annexes.add(dev.resolute.model.Annex.builder().heading(heading.isEmpty() ? "Annex" : heading)
          .text(body.isEmpty() ? heading : body).span(Span.of(annexStart, text.length())).build());
    }
    annexText = null;
    annexHeading = null;
    annexHeadingOpen = false;
  }

  /**
   * The text with each run of white space ({@link #isNormalizedSpace}) read as one space, and
   * stripped.
   */
  static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isNormalizedSpace(c)) {
        inSpace = true;
        continue;
      }
      if (inSpace) {
        out.append(' ');
        inSpace = false;
      }
      out.append(c);
    }
    if (inSpace) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  /** Whether {@link #normalize} reads a character as white space: ASCII white space and the no-break space. */
  static boolean isNormalizedSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0';
  }
}
