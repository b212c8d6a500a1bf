package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Actor;
import dev.resolute.model.Annex;
import dev.resolute.model.Citation;
import dev.resolute.model.Footnote;
import dev.resolute.model.FootnoteRef;
import dev.resolute.model.Language;
import dev.resolute.model.OperativeClause;
import dev.resolute.model.PreambularClause;
import dev.resolute.model.Reference;
import dev.resolute.model.Resolution;
import dev.resolute.model.SectionHeading;
import dev.resolute.model.Span;
import dev.resolute.model.Subparagraph;
import dev.resolute.model.TreatyInstrument;
import dev.resolute.model.TreatyReference;
import dev.resolute.symbol.DocumentSymbol;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.Test;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Arbitrary values pass the model's own invariants, and are varied (statistics are reported). */
class ModelArbitrariesProperties {

  @Property
  @StatisticsReport(label = "paragraphs", format = Histogram.class)
  void resolutionsPassTheModelsInvariants(@ForAll Resolution r) {
    Statistics.label("language").collect(r.language());
    Statistics.label("body").collect(r.body());
    Statistics.label("paragraphs").collect((r.preamble().size() + r.operative().size()) / 5 * 5);
    Statistics.label("citations").collect(r.citations().isEmpty() ? "none" : r.citations().size() < 5 ? "1-4" : "5+");
    Statistics.label("footnotes").collect(r.footnotes().isEmpty() ? "none" : "some");
    Statistics.label("headings").collect(r.headings().isEmpty() ? "none" : "some");
    assertEquals(r, rebuild(r));
  }

  /** Built again field by field: the invariants are checked again, and hold. */
  private static Resolution rebuild(Resolution r) {
    Resolution.Builder b = Resolution.builder().body(r.body()).language(r.language()).draft(r.draft())
        .addAllPreamble(r.preamble()).addAllOperative(r.operative()).addAllHeadings(r.headings())
        .addAllFootnotes(r.footnotes()).addAllCitations(r.citations()).addAllReferences(r.references())
        .addAllActors(r.actors()).addAllAnnexes(r.annexes());
    r.symbol().ifPresent(b::symbol);
    r.session().ifPresent(b::session);
    r.title().ifPresent(b::title);
    r.adoptionDate().ifPresent(b::adoptionDate);
    r.issueDate().ifPresent(b::issueDate);
    r.agendaItem().ifPresent(b::agendaItem);
    r.enactingFormula().ifPresent(b::enactingFormula);
    return b.build();
  }

  @Property
  void citationsOfEveryKind(@ForAll Citation c) {
    Statistics.label("kind").collect(c.kind().code());
    assertEquals(c.text().length(), c.span().length());
  }

  @Property
  void treatyReferencesComeFromTheGazetteer(@ForAll TreatyReference t) {
    assertTrue(t.canonical().startsWith("I-"), t.canonical());
  }

  @Property
  void spansAndActorsAreValid(@ForAll Span span, @ForAll Actor actor) {
    assertTrue(span.end() >= span.start());
    assertTrue(actor.id().matches("[a-z0-9-]+"));
  }

  /** Every other model type by a plain {@code @ForAll}: built again through its builder, it is equal. */
  @Property
  @StatisticsReport(label = "subparagraph depth", format = Histogram.class)
  void partsOfAResolutionPassTheirInvariants(@ForAll Subparagraph sub, @ForAll SectionHeading heading,
      @ForAll Footnote footnote, @ForAll FootnoteRef ref, @ForAll Reference reference, @ForAll Annex annex,
      @ForAll TreatyInstrument instrument) {
    Statistics.label("subparagraph depth").collect(sub.subparagraphs().isEmpty() ? 1 : 2);
    Statistics.label("annex heading").collect(annex.heading());
    Statistics.label("depositary chapter").collect(instrument.depositaryChapter().isPresent() ? "known" : "none");
    assertEquals(sub, Subparagraph.builder().number(sub.number()).text(sub.text()).span(sub.span())
        .addAllSubparagraphs(sub.subparagraphs()).addAllFootnoteRefs(sub.footnoteRefs()).build());
    assertEquals(heading, SectionHeading.builder().label(heading.label()).text(heading.text()).span(heading.span())
        .firstOperative(heading.firstOperative()).build());
    assertEquals(footnote, Footnote.of(footnote.marker(), footnote.text(), footnote.span()));
    assertEquals(ref.marker().length(), ref.span().length());
    assertEquals(reference, Reference.builder().kind(reference.kind()).target(reference.target())
        .instrument(reference.instrument()).text(reference.text()).span(reference.span()).location(reference.location())
        .build());
    assertEquals(annex, Annex.builder().heading(annex.heading()).text(annex.text()).span(annex.span()).build());
    assertEquals(instrument, TreatyInstrument.of(instrument.volume(), instrument.instrument(), instrument.depositaryChapter()));
  }

  /** The domain gives every model type and nothing of jqwik's defaults. */
  @Property(tries = 200)
  @Domain(ResoluteDomain.class)
  void theDomainGivesEveryModelType(@ForAll Resolution r, @ForAll Footnote footnote, @ForAll DocumentSymbol symbol,
      @ForAll Language language) {
    Statistics.label("language").collect(language);
    assertTrue(r.operative().size() >= 1);
    assertTrue(!footnote.marker().isEmpty() && !symbol.canonical().isEmpty());
  }

  @Test
  void aPlainForAllWorksForEveryModelType() {
    assertEquals(Set.of(Resolution.class, PreambularClause.class, OperativeClause.class, Subparagraph.class,
        SectionHeading.class, Footnote.class, FootnoteRef.class, Citation.class, TreatyReference.class,
        TreatyInstrument.class, Reference.class, Actor.class, Annex.class, Span.class, DocumentSymbol.class),
        ModelArbitraryProvider.types());
  }
}
