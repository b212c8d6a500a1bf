package dev.resolute.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Actor;
import dev.resolute.model.Citation;
import dev.resolute.model.Resolution;
import dev.resolute.model.Span;
import dev.resolute.model.TreatyReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
