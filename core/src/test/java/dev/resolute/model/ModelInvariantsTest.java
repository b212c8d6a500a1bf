package dev.resolute.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid values cannot be built; the one exception type names the field and the value. */
class ModelInvariantsTest {

  private static InvalidValueException invalid(Executable build, String... mentions) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    for (String mention : mentions) {
      assertTrue(e.getMessage().contains(mention), () -> "\"" + e.getMessage() + "\" should mention " + mention);
    }
    return e;
  }

  private static OperativeClause operative(String number, int start, int end) {
    return OperativeClause.of(number, "Decides", "Decides " + number, Span.of(start, end));
  }

  @Test
  void spanEndMustNotPrecedeItsStart() {
    invalid(() -> Span.of(5, 3), "Span.end", "3");
  }

  @Test
  void spanStartMustNotBeNegative() {
    invalid(() -> Span.of(-1, 3), "Span.start", "-1");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    invalid(() -> Resolution.builder().body(Body.GA).build(), "language");
  }

  @Test
  void nullFieldIsRefusedWithTheSameException() {
    invalid(() -> Footnote.of("1", null, Span.of(0, 1)), "text");
  }

  @Test
  void operativeNumbersMustIncreaseWithinASection() {
    invalid(() -> Resolution.builder().body(Body.GA).language(Language.EN)
        .addOperative(operative("1", 0, 10), operative("3", 11, 20), operative("2", 21, 30))
        .build(), "operative[2].number", "\"2\"");
  }

  @Test
  void operativeNumbersMayRestartUnderANewSection() {
    Resolution r = Resolution.builder().body(Body.GA).language(Language.EN)
        .addOperative(operative("1", 0, 10), operative("2", 11, 20).withSection("B"), operative("1", 21, 30).withSection("C"))
        .build();
    assertEquals("operative:C.1", r.operativeLocation(2));
  }

  @Test
  void clauseSpansMustBeInOrder() {
    invalid(() -> Resolution.builder().body(Body.GA).language(Language.EN)
        .addPreamble(PreambularClause.of("Recalling", "Recalling a", Span.of(20, 30)),
            PreambularClause.of("Noting", "Noting b", Span.of(10, 19)))
        .build(), "preamble[1].span", "[10, 19)");
  }

  @Test
  void operativeParagraphMustNotOverlapAPreambularOne() {
    invalid(() -> Resolution.builder().body(Body.GA).language(Language.EN)
        .addPreamble(PreambularClause.of("Recalling", "Recalling a", Span.of(20, 30)))
        .addOperative(operative("1", 5, 25))
        .build(), "operative[0].span", "overlaps preamble[0].span");
  }

  @Test
  void aPartMayHaveItsOwnPreambleAfterOperativeParagraphsOfThePartBefore() {
    Resolution r = Resolution.builder().body(Body.ECOSOC).language(Language.EN)
        .addPreamble(PreambularClause.of("Recalling", "Recalling a", Span.of(0, 11)),
            PreambularClause.of("Bearing in mind", "Bearing in mind b", Span.of(30, 47)))
        .addOperative(operative("1", 12, 29), operative("1", 48, 60).withSection("B"))
        .build();
    assertEquals(2, r.preamble().size());
  }

  @Test
  void footnoteMarkersMustBeUnique() {
    invalid(() -> Resolution.builder().body(Body.GA).language(Language.FR)
        .addFootnotes(Footnote.of("1", "a", Span.of(0, 3)), Footnote.of("1", "b", Span.of(4, 7)))
        .build(), "footnotes.marker", "\"1\"", "unique");
  }

  @Test
  void leadPhraseMustOpenTheClauseText() {
    invalid(() -> PreambularClause.of("Recalling", "Noting with concern", Span.of(0, 19)), "lead", "Recalling");
  }

  @Test
  void footnoteReferenceMustLieInsideItsClause() {
    invalid(() -> PreambularClause.builder().lead("Recalling").text("Recalling a").span(Span.of(0, 12))
        .addFootnoteRefs(FootnoteRef.of("1", Span.of(40, 41))).build(), "footnoteRefs[0].span", "[40, 41)");
  }

  @Test
  void subparagraphsMustLieInsideTheirParagraph() {
    invalid(() -> OperativeClause.builder().number("1").lead("Decides").text("Decides: (a) x").span(Span.of(0, 14))
        .addSubparagraphs(Subparagraph.of("a", "x", Span.of(9, 30))).build(), "subparagraphs[0].span");
  }

  @Test
  void citationTextMustBeAsLongAsItsSpan() {
    invalid(() -> Citation.builder().kind(CitationKind.GA_RESOLUTION).canonical("A/RES/65/232")
        .text("65/232").span(Span.of(10, 20)).location("preamble:1").build(), "Citation.text", "65/232");
  }

  @Test
  void treatyCitationMustCarryItsTreatyReference() {
    invalid(() -> Citation.builder().kind(CitationKind.TREATY).canonical("I-39574")
        .text("vol. 2225, No. 39574").span(Span.of(0, 20)).location("footnote:1").build(), "Citation.treaty");
  }

  @Test
  void treatyInstrumentsMustNameAVolumeOfTheReference() {
    invalid(() -> TreatyReference.builder().series(TreatySeries.UNTS).registration("39574").addVolumes("2225")
        .addInstruments(TreatyInstrument.of("2237", "Trafficking in Persons Protocol", java.util.Optional.of("XVIII-12-a")))
        .build(), "instruments[0].volume", "\"2237\"");
  }

  @Test
  void treatyCanonicalFollowsTheConventions() {
    assertEquals("I-39574", TreatyReference.builder().series(TreatySeries.UNTS).registration("39574").build().canonical());
    assertEquals("LNTS-2138", TreatyReference.builder().series(TreatySeries.LNTS).registration("2138").build().canonical());
    assertEquals("UNTS-V75-P287", TreatyReference.builder().series(TreatySeries.UNTS).addVolumes("75").addPages("287").build().canonical());
  }

  @Test
  void actorIdsAreLowerCaseWords() {
    invalid(() -> Actor.builder().id("UNODC").kind(ActorKind.UN_ENTITY).build(), "Actor.id", "UNODC");
  }

  @Test
  void actorNamesAreKeptPerLanguage() {
    Actor unodc = Actor.builder().id("unodc").kind(ActorKind.UN_ENTITY)
        .putNames(Language.EN, "United Nations Office on Drugs and Crime")
        .putNames(Language.FR, "Office des Nations Unies contre la drogue et le crime")
        .addAcronyms("UNODC", "ONUDC").build();
    assertEquals(Map.of(Language.EN, "United Nations Office on Drugs and Crime",
        Language.FR, "Office des Nations Unies contre la drogue et le crime"), unodc.names());
    assertEquals(List.of("UNODC", "ONUDC"), unodc.acronyms());
  }

  @Test
  void unnumberedOperativeParagraphsAreCountedInTheirLocation() {
    Resolution r = Resolution.builder().body(Body.GA).language(Language.EN)
        .addOperative(OperativeClause.builder().lead("Decides").text("Decides x").span(Span.of(0, 9)).build())
        .build();
    assertEquals("operative:#1", r.operativeLocation(0));
  }

  @Test
  void languageCodesAreReadInBothIsoForms() {
    assertEquals(Language.FR, Language.of("fra"));
    assertEquals(Language.ZH, Language.of("ZH"));
    invalid(() -> Language.of("de"), "Language.code", "\"de\"");
  }
}
