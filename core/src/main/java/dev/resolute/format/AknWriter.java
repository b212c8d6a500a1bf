package dev.resolute.format;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Clause;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Resolution;
import dev.resolute.model.Subparagraph;
import dev.resolute.symbol.DocumentSymbol;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Resolution} as Akoma Ntoso 3.0 in the AKN4UN form of the UN's files: FRBR
 * identification with the UN's IRIs, preface, preamble with the formula and one {@code container}
 * per preambular paragraph (named by its lead, the lead in italics), {@code mainBody} paragraphs
 * with {@code num}, {@code content} and {@code list}/{@code point} for subparagraphs, footnotes as
 * {@code authorialNote} at their anchors, and resolved citations as links to {@code undocs.org}.
 */
final class AknWriter {
  static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private final XMLStreamWriter w;
  private final Resolution r;
  private final Map<String, Footnote> notes = new HashMap<>();
  /** The citations by the clause or note they stand in (the location without its subparagraphs), in order. */
  private final Map<String, List<Citation>> citationsByClause = new HashMap<>();
  private final Map<String, List<dev.resolute.model.Reference>> referencesByClause = new HashMap<>();
  private int noteCount;
  /** The preambular paragraphs before the first operative one: the preamble proper; the rest open later parts. */
  private final int partPreambleStart;

  /** The next part's preambular paragraph to write in the main body. */
  private int nextPartPreamble;

  /** The location of the cover page's citations, which the model keeps no text for. */
  static final String HEADER = "header";
  /** The location of the title's citations. */
  static final String TITLE = "title";

  /** The location of the clause being written: its citations are those with this location. */
  private String location = "";

  /** Whether only citations of exactly {@link #location} are written (a list's intro), not those below it. */
  private boolean exactLocation;

  /**
   * The citations already written: bulleted points share one location ({@code operative:29(?)}), and
   * a citation written in one must not be written again in the next.
   */
  private final java.util.Set<Citation> written = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Markers of the notes already written: a note's links are written once, with its first copy. */
  private final java.util.Set<String> notesWithLinks = new java.util.HashSet<>();

  private AknWriter(XMLStreamWriter w, Resolution r) {
    this.w = w;
    this.r = r;
    r.footnotes().forEach(f -> notes.put(f.marker(), f));
    for (Citation c : r.citations()) {
      citationsByClause.computeIfAbsent(clauseOf(c.location()), k -> new ArrayList<>()).add(c);
    }
    for (dev.resolute.model.Reference ref : r.references()) {
      referencesByClause.computeIfAbsent(clauseOf(ref.location()), k -> new ArrayList<>()).add(ref);
    }
    int proper = 0;
    while (proper < r.preamble().size() && (r.operative().isEmpty()
        || r.preamble().get(proper).span().start() < r.operative().get(0).span().start())) {
      proper++;
    }
    this.partPreambleStart = proper;
    this.nextPartPreamble = proper;
  }

  /** {@code operative:3(a)(ii)} → {@code operative:3}: the clause whose element holds the location. */
  private static String clauseOf(String location) {
    int sub = location.indexOf('(');
    return sub < 0 ? location : location.substring(0, sub);
  }

  static void write(Resolution r, OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new AknWriter(w, r).document();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write Akoma Ntoso: " + e.getMessage(), e);
    }
  }

  private void document() throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("akomaNtoso");
    w.writeDefaultNamespace(NS);
    w.writeStartElement("statement");
    w.writeAttribute("name", "resolution");
    meta();
    coverPage();
    preface();
    preamble();
    mainBody();
    conclusions();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
  }

  private void meta() throws XMLStreamException {
    LocalDate date = r.adoptionDate().orElse(LocalDate.of(1, 1, 1));
    String work = workIri(date);
    String expression = work + r.language().iso6392() + "@/";
    String author = "#" + r.body().aknName();
    w.writeStartElement("meta");
    w.writeStartElement("identification");
    w.writeAttribute("source", "#resolute");
    w.writeStartElement("FRBRWork");
    empty("FRBRthis", "value", work + "!main/");
    empty("FRBRuri", "value", work);
    dated("FRBRdate", date, "adoption");
    empty("FRBRauthor", "href", author);
    empty("FRBRcountry", "value", "un");
    w.writeEndElement();
    w.writeStartElement("FRBRExpression");
    empty("FRBRthis", "value", expression + "!main/");
    empty("FRBRuri", "value", expression);
    dated("FRBRdate", r.issueDate().orElse(date), "publication");
    empty("FRBRauthor", "href", author);
    empty("FRBRlanguage", "language", r.language().iso6392());
    w.writeEndElement();
    w.writeStartElement("FRBRManifestation");
    empty("FRBRthis", "value", expression + "!main.xml");
    empty("FRBRuri", "value", expression + ".xml");
    dated("FRBRdate", date, "markup");
    empty("FRBRauthor", "href", "#resolute");
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement("references");
    w.writeAttribute("source", "#resolute");
    w.writeEmptyElement("TLCOrganization");
    w.writeAttribute("eId", "resolute");
    w.writeAttribute("href", "/ontology/organization/resolute");
    w.writeAttribute("showAs", "Resolute");
    w.writeEmptyElement("TLCOrganization");
    w.writeAttribute("eId", r.body().aknName());
    w.writeAttribute("href", "/ontology/organization/un/" + r.body().aknName());
    w.writeAttribute("showAs", r.body().code());
    // the concepts the preface's refersTo attributes name, as the UN's files declare them
    concept("symbol", "/akn/ontology/reference/un/symbol", "Symbol");
    concept("dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance");
    concept("adoptionDate", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption");
    for (var actor : r.actors()) {
      // kind in the IRI's path, names by language in its query (URL-encoded), acronyms as the short form
      List<String> names = new ArrayList<>();
      actor.names().forEach((language, name) -> names.add(LinkFields.pair(language.code(), name)));
      w.writeEmptyElement("TLCOrganization");
      w.writeAttribute("eId", "actor_" + actor.id());
      w.writeAttribute("href", "/ontology/organization/" + actor.kind().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + "/" + actor.id() + (names.isEmpty() ? "" : "?" + String.join("&", names)));
      w.writeAttribute("showAs", actor.names().getOrDefault(r.language(), actor.id()));
      if (!actor.acronyms().isEmpty()) {
        w.writeAttribute("shortForm", String.join("|", actor.acronyms()));
      }
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  /** The work IRI as the UN writes it, where the symbol is a resolution's; otherwise one of the same shape. */
  private String workIri(LocalDate date) {
    if (r.symbol().isPresent() && r.symbol().get().isResolution()) {
      try {
        return r.symbol().get().akn4unWorkIri(date);
      } catch (IllegalStateException notOneOfTheFour) {
        // falls through to the generic form
      }
    }
    String name = r.symbol().map(DocumentSymbol::canonical).orElse("resolution").replaceAll("[^A-Za-z0-9]+", "-");
    return "/akn/un/statement/deliberation/" + (r.body() == Body.OTHER ? "un" : r.body().aknName()) + "/" + date + "/" + name + "/";
  }

  private void concept(String eId, String href, String showAs) throws XMLStreamException {
    w.writeEmptyElement("TLCConcept");
    w.writeAttribute("eId", eId);
    w.writeAttribute("href", href);
    w.writeAttribute("showAs", showAs);
  }

  /**
   * Footnotes no clause refers to, so that none is lost: those before every anchored note (anchored in
   * the title, say) in the preface, the others in the conclusions, so that they read back in order.
   */
  private List<String> unanchoredNotes(boolean leading) {
    java.util.Set<String> anchored = new java.util.HashSet<>();
    for (PreambularClause c : r.preamble()) {
      c.footnoteRefs().forEach(f -> anchored.add(f.marker()));
    }
    for (OperativeClause c : r.operative()) {
      c.footnoteRefs().forEach(f -> anchored.add(f.marker()));
      anchoredIn(c.subparagraphs(), anchored);
    }
    List<String> markers = new ArrayList<>();
    boolean beforeAnchored = true;
    for (Footnote f : r.footnotes()) {
      if (anchored.contains(f.marker())) {
        beforeAnchored = false;
      } else if (beforeAnchored == leading) {
        markers.add(f.marker());
      }
    }
    return markers;
  }

  private static void anchoredIn(List<Subparagraph> subs, java.util.Set<String> anchored) {
    for (Subparagraph s : subs) {
      s.footnoteRefs().forEach(f -> anchored.add(f.marker()));
      anchoredIn(s.subparagraphs(), anchored);
    }
  }

  private void docDate(LocalDate date, String refersTo) throws XMLStreamException {
    w.writeStartElement("docDate");
    w.writeAttribute("date", date.toString());
    w.writeAttribute("refersTo", refersTo);
    w.writeCharacters(date.toString());
    w.writeEndElement();
  }

  /**
   * Trailing unanchored notes, then each annex as {@code <container name="annex">}: a heading
   * paragraph and its text with the citations located in it ({@code annex:K}).
   */
  private void conclusions() throws XMLStreamException {
    List<String> trailing = unanchoredNotes(false);
    if (trailing.isEmpty() && r.annexes().isEmpty()) {
      return;
    }
    w.writeStartElement("conclusions");
    if (!trailing.isEmpty()) {
      w.writeStartElement("p");
      for (String marker : trailing) {
        note(marker);
      }
      w.writeEndElement();
    }
    for (int k = 0; k < r.annexes().size(); k++) {
      dev.resolute.model.Annex annex = r.annexes().get(k);
      w.writeStartElement("container");
      w.writeAttribute("name", "annex");
      w.writeAttribute("eId", "annex_" + (k + 1));
      w.writeStartElement("p");
      w.writeAttribute("class", "heading");
      w.writeCharacters(annex.heading());
      w.writeEndElement();
      w.writeStartElement("p");
      location = "annex:" + (k + 1);
      exactLocation = true;
      text("", annex.text(), List.of());
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /**
   * The citations and references of the cover page ({@code header}: the committee report a
   * resolution was adopted on, "A/75/670/Add.1"), whose text the model does not keep: each as it is
   * printed, in one paragraph of the cover page, as the UN writes its "originating document" there,
   * so that none is lost and each reads back to the cover page.
   */
  private void coverPage() throws XMLStreamException {
    List<String> printed = new ArrayList<>();
    for (Citation c : citationsByClause.getOrDefault(HEADER, List.of())) {
      printed.add(AknReader.normalize(c.text()));
    }
    for (dev.resolute.model.Reference ref : referencesByClause.getOrDefault(HEADER, List.of())) {
      printed.add(AknReader.normalize(ref.text()));
    }
    if (printed.isEmpty()) {
      return;
    }
    w.writeStartElement("coverPage");
    w.writeStartElement("p");
    w.writeAttribute("class", "citations");
    location = HEADER;
    exactLocation = true;
    // in the order written, each found after the one before (the citations, then the references)
    text("", String.join("; ", printed), List.of());
    w.writeEndElement();
    w.writeEndElement();
  }

  private void preface() throws XMLStreamException {
    List<String> unanchored = unanchoredNotes(true);
    if (r.symbol().isEmpty() && r.title().isEmpty() && r.issueDate().isEmpty() && r.adoptionDate().isEmpty()
        && r.session().isEmpty() && unanchored.isEmpty()) {
      return;
    }
    w.writeStartElement("preface");
    w.writeStartElement("p");
    if (r.symbol().isPresent()) {
      w.writeStartElement("docNumber");
      w.writeAttribute("refersTo", "#symbol");
      w.writeCharacters(r.symbol().get().canonical());
      w.writeEndElement();
    }
    if (r.session().isPresent()) {
      // as the UN marks it on the cover page: <session value="75">
      w.writeStartElement("session");
      w.writeAttribute("value", r.session().get());
      w.writeEndElement();
    }
    if (r.issueDate().isPresent()) {
      docDate(r.issueDate().get(), "#dateOfIssuance");
    }
    if (r.adoptionDate().isPresent()) {
      docDate(r.adoptionDate().get(), "#adoptionDate");
    }
    if (r.title().isPresent()) {
      w.writeStartElement("docTitle");
      // the title cites as a clause does (a volume's "[S/1045]"), its links read back to it
      location = TITLE;
      exactLocation = true;
      text("", r.title().get(), List.of());
      w.writeEndElement();
    }
    for (String marker : unanchored) {
      note(marker);
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private void preamble() throws XMLStreamException {
    if (r.enactingFormula().isEmpty() && partPreambleStart == 0) {
      return;
    }
    w.writeStartElement("preamble");
    if (r.enactingFormula().isPresent()) {
      w.writeStartElement("formula");
      w.writeAttribute("name", "enactingFormula");
      w.writeStartElement("p");
      w.writeCharacters(r.enactingFormula().get());
      w.writeEndElement();
      w.writeEndElement();
    }
    for (int i = 0; i < partPreambleStart; i++) {
      PreambularClause clause = r.preamble().get(i);
      location = "preamble:" + (i + 1);
      w.writeStartElement("container");
      w.writeAttribute("name", clause.lead().isEmpty() ? "preambularParagraph" : clause.lead());
      w.writeAttribute("eId", "container_" + (i + 1));
      w.writeStartElement("p");
      clauseText(clause, clause.text());
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /**
   * The preambular paragraphs of later parts that stand before operative paragraph {@code before}
   * (all that are left, for -1), each as the UN writes them: {@code <crossHeading refersTo="#preamble">},
   * inside the open section, else in a {@code <part>} of their own.
   */
  private void partPreambles(int before, boolean inSection) throws XMLStreamException {
    boolean wrapped = false;
    while (nextPartPreamble < r.preamble().size() && (before < 0
        || r.preamble().get(nextPartPreamble).span().start() < r.operative().get(before).span().start())) {
      if (!inSection && !wrapped) {
        // the schema holds a crossHeading in a hierarchical element only: a part of its own
        w.writeStartElement("part");
        w.writeAttribute("eId", "part_preamble_" + (nextPartPreamble + 1));
        wrapped = true;
      }
      PreambularClause clause = r.preamble().get(nextPartPreamble);
      location = "preamble:" + (++nextPartPreamble);
      w.writeStartElement("crossHeading");
      w.writeAttribute("refersTo", "#preamble");
      w.writeAttribute("eId", "container_" + nextPartPreamble);
      clauseText(clause, clause.text());
      w.writeEndElement();
    }
    if (wrapped) {
      w.writeEndElement();
    }
  }

  private void mainBody() throws XMLStreamException {
    w.writeStartElement("mainBody");
    if (r.operative().isEmpty()) {
      w.writeStartElement("paragraph");
      w.writeAttribute("eId", "para_0");
      w.writeStartElement("content");
      w.writeEmptyElement("p");
      w.writeEndElement();
      w.writeEndElement();
    }
    int i = 0;
    int heading = 0;
    boolean sectionOpen = false;
    for (OperativeClause clause : r.operative()) {
      // a heading opens a <section> holding the paragraphs up to the next heading
      while (heading < r.headings().size() && r.headings().get(heading).firstOperative() == i) {
        if (sectionOpen) {
          w.writeEndElement();
        }
        section(heading++);
        sectionOpen = true;
      }
      partPreambles(i, sectionOpen);
      location = r.operativeLocation(i);
      w.writeStartElement("paragraph");
      String eId = "para_" + (++i);
      w.writeAttribute("eId", eId);
      if (clause.number().isPresent()) {
        w.writeStartElement("num");
        w.writeCharacters(clause.number().get() + ".");
        w.writeEndElement();
      }
      if (clause.subparagraphs().isEmpty()) {
        w.writeStartElement("content");
        w.writeStartElement("p");
        clauseText(clause, clause.text());
        w.writeEndElement();
        w.writeEndElement();
      } else {
        list(eId, clause.lead(), clause.text(), clause.footnoteRefs(), clause.subparagraphs());
      }
      w.writeEndElement();
    }
    while (heading < r.headings().size()) {
      if (sectionOpen) {
        w.writeEndElement();
      }
      section(heading++);
      sectionOpen = true;
    }
    partPreambles(-1, sectionOpen);
    if (sectionOpen) {
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /**
   * Opens {@code <section>} with the heading's label as its number (none for an unlabelled heading)
   * and its text as its heading.
   */
  private void section(int k) throws XMLStreamException {
    dev.resolute.model.SectionHeading h = r.headings().get(k);
    w.writeStartElement("section");
    w.writeAttribute("eId", "sec_" + (k + 1));
    if (!h.label().isEmpty()) {
      w.writeStartElement("num");
      w.writeCharacters(h.label());
      w.writeEndElement();
    }
    w.writeStartElement("heading");
    w.writeCharacters(h.text());
    w.writeEndElement();
  }

  private void list(String eId, String lead, String text, List<FootnoteRef> refs, List<Subparagraph> subs)
      throws XMLStreamException {
    w.writeStartElement("list");
    w.writeAttribute("eId", eId + "_list");
    w.writeStartElement("intro");
    w.writeStartElement("p");
    // the intro holds only its own links: those of the points are written with the points
    exactLocation = true;
    text(lead, text, refs);
    exactLocation = false;
    w.writeEndElement();
    w.writeEndElement();
    java.util.Set<String> pointIds = new java.util.HashSet<>();
    int ordinal = 0;
    for (Subparagraph sub : subs) {
      w.writeStartElement("point");
      ordinal++;
      // the point's letter where it is Latin and unique in the list (para_3_point_a), else its ordinal:
      // Arabic, Cyrillic and Chinese numbering would leave eIds empty and clashing
      String letter = sub.number().replaceAll("[^A-Za-z0-9]", "");
      String pointId = eId + "_point_" + letter;
      if (letter.isEmpty() || !pointIds.add(pointId)) {
        int k = ordinal;
        do {
          pointId = eId + "_point_" + k++;
        } while (!pointIds.add(pointId));
      }
      w.writeAttribute("eId", pointId);
      w.writeStartElement("num");
      w.writeCharacters("(" + sub.number() + ")");
      w.writeEndElement();
      String parent = location;
      location = parent + "(" + sub.number() + ")";
      if (sub.subparagraphs().isEmpty()) {
        w.writeStartElement("content");
        w.writeStartElement("p");
        text("", sub.text(), sub.footnoteRefs());
        w.writeEndElement();
        w.writeEndElement();
      } else {
        list(pointId, "", sub.text(), sub.footnoteRefs(), sub.subparagraphs());
      }
      location = parent;
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private void clauseText(Clause clause, String text) throws XMLStreamException {
    text(clause.lead(), text, clause.footnoteRefs());
  }

  /**
   * The text with its lead in italics, its resolved citations as links, and its footnotes as
   * authorial notes at the end of the words they follow (the clause text holds no markers, so a
   * note goes after the text where its anchor cannot be placed more exactly).
   */
  private void text(String lead, String text, List<FootnoteRef> refs) throws XMLStreamException {
    int from = 0;
    if (!lead.isEmpty() && text.startsWith(lead)) {
      w.writeStartElement("span");
      w.writeAttribute("class", "italic");
      w.writeCharacters(lead);
      w.writeEndElement();
      from = lead.length();
    }
    List<int[]> links = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    List<String> printedAs = new ArrayList<>();
    List<Citation> linked = new ArrayList<>();
    // the clause text keeps the no-break spaces a text prints ("1500\u00a0(2003)"), and a citation
    // broken by a line reads as one space in it: each is looked for over both read alike
    Flattened flat = new Flattened(text);
    int search = from;
    for (Citation c : citationsByClause.getOrDefault(clauseOf(location), List.of())) {
      if (!c.location().equals(location) && (exactLocation || !c.location().startsWith(location + "("))
          || written.contains(c)) {
        continue;
      }
      int[] at = flat.find(AknReader.normalize(c.text()), search);
      if (at != null) {
        links.add(at);
        targets.add(href(c));
        printedAs.add(text.substring(at[0], at[1]));
        linked.add(c);
        written.add(c);
        search = at[1];
      }
    }
    // references (to a paragraph, an article, a treaty by name) as <ref>, where no link covers them
    List<int[]> refSpans = new ArrayList<>();
    List<dev.resolute.model.Reference> refs2 = new ArrayList<>();
    int refSearch = from;
    for (dev.resolute.model.Reference ref : referencesByClause.getOrDefault(clauseOf(location), List.of())) {
      if (!ref.location().equals(location)) {
        continue;
      }
      int[] at = flat.find(AknReader.normalize(ref.text()), refSearch);
      if (at != null) {
        refSpans.add(at);
        refs2.add(ref);
        refSearch = at[1];
      }
    }
    int position = from;
    int k = 0;
    int m = 0;
    while (k < links.size() || m < refSpans.size()) {
      boolean link = m >= refSpans.size() || k < links.size() && links.get(k)[0] <= refSpans.get(m)[0];
      int[] span = link ? links.get(k) : refSpans.get(m);
      if (span[0] < position) {
        if (link) {
          k++;
        } else {
          m++;
        }
        continue;
      }
      w.writeCharacters(text.substring(position, span[0]));
      if (link) {
        w.writeStartElement("a");
        w.writeAttribute("href", targets.get(k));
        // the kind and what a link's target cannot say (date, treaty volumes), for our reader
        w.writeAttribute("class", linked.get(k).kind().code());
        String title = LinkFields.write(linked.get(k));
        if (title != null) {
          w.writeAttribute("title", title);
        }
        w.writeCharacters(printedAs.get(k).strip().isEmpty() ? text.substring(span[0], span[1]) : printedAs.get(k));
        k++;
      } else {
        dev.resolute.model.Reference ref = refs2.get(m);
        w.writeStartElement("ref");
        w.writeAttribute("href", "#" + ref.target());
        w.writeAttribute("class", ref.kind().code());
        if (ref.instrument().isPresent()) {
          w.writeAttribute("title", LinkFields.pair("instrument", ref.instrument().get()));
        }
        w.writeCharacters(ref.text().strip().isEmpty() ? text.substring(span[0], span[1]) : ref.text());
        m++;
      }
      w.writeEndElement();
      position = span[1];
    }
    w.writeCharacters(text.substring(position));
    for (FootnoteRef ref : refs) {
      note(ref.marker());
    }
  }

  /** A text with each run of white space read as one space, and where each character read stands in the text. */
  private static final class Flattened {
    private final String flat;
    private final int[] origin;

    Flattened(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int[] at = new int[text.length() + 1];
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        at[out.length()] = i;
        // white space as AknReader.normalize reads a citation's words, so that both read alike
        if (AknReader.isNormalizedSpace(c)) {
          out.append(' ');
          while (i < text.length() && AknReader.isNormalizedSpace(text.charAt(i))) {
            i++;
          }
        } else {
          out.append(c);
          i++;
        }
      }
      at[out.length()] = text.length();
      this.flat = out.toString();
      this.origin = at;
    }

    /** Where {@code printed} (read alike) stands in the text from {@code from} on: its start and end, or null. */
    int[] find(String printed, int from) {
      if (printed.isEmpty()) {
        return null;
      }
      // the first character read at or after from: origin rises with the characters read
      int low = 0;
      int high = flat.length();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (origin[mid] < from) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      int k = flat.indexOf(printed, low);
      if (k < 0) {
        return null;
      }
      // the end is that of the last character read, not the start of the white space after it
      int last = origin[k + printed.length() - 1];
      return new int[] {origin[k], last + 1};
    }
  }

  private String href(Citation c) {
    if (c.treaty().isPresent()) {
      return "https://treaties.un.org/" + c.canonical();
    }
    if (c.kind() == dev.resolute.model.CitationKind.OTHER_RESOLUTION) {
      // another body's resolution ("ACHPR:542(LXXIII)") has no UN document to link to: its
      // canonical form stands as a fragment, as a reference's target does
      return "#" + c.canonical();
    }
    return "https://undocs.org/" + r.language().code() + "/" + c.canonical();
  }

  private void note(String marker) throws XMLStreamException {
    Footnote footnote = notes.get(marker);
    w.writeStartElement("authorialNote");
    w.writeAttribute("marker", marker);
    w.writeAttribute("placement", "bottom");
    w.writeAttribute("eId", "authorialNote_" + (++noteCount));
    w.writeStartElement("p");
    if (footnote == null) {
      w.writeCharacters("");
    } else if (notesWithLinks.add(marker)) {
      String clauseLocation = location;
      boolean clauseExact = exactLocation;
      location = "footnote:" + marker;
      exactLocation = true;
      text("", footnote.text(), List.of());
      location = clauseLocation;
      exactLocation = clauseExact;
    } else {
      w.writeCharacters(footnote.text());
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private void empty(String name, String attribute, String value) throws XMLStreamException {
    w.writeEmptyElement(name);
    w.writeAttribute(attribute, value);
  }

  private void dated(String name, LocalDate date, String what) throws XMLStreamException {
    w.writeEmptyElement(name);
    w.writeAttribute("date", date.toString());
    w.writeAttribute("name", what);
  }
}
