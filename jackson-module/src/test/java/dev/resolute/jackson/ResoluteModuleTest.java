package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.resolute.model.Body;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import dev.resolute.model.Span;
import dev.resolute.symbol.DocumentSymbol;
import org.junit.jupiter.api.Test;

class ResoluteModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void moduleIsFoundThroughTheServiceLoader() {
    assertTrue(mapper.getRegisteredModuleIds().contains("ResoluteModule"), mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void symbolIsWrittenInItsCanonicalForm() throws Exception {
    assertEquals("\"S/RES/1373(2001)\"", mapper.writeValueAsString(DocumentSymbol.parse("S/RES/1373 (2001)")));
  }

  @Test
  void symbolIsReadFromAnyPrintedForm() throws Exception {
    assertEquals(DocumentSymbol.parse("A/RES/2200A(XXI)"), mapper.readValue("\"A/RES/2200 A (XXI)\"", DocumentSymbol.class));
  }

  @Test
  void textThatIsNoSymbolIsATypedErrorWithItsPosition() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> mapper.readValue("\"A/RES9/9\"", DocumentSymbol.class));
    assertTrue(e.getMessage().contains("position 5"), e.getMessage());
  }

  @Test
  void spanIsAnObjectWithStartAndEnd() throws Exception {
    assertEquals("{\"start\":3,\"end\":9}", mapper.writeValueAsString(Span.of(3, 9)));
    assertEquals(Span.of(3, 9), mapper.readValue("{\"end\":9,\"start\":3}", Span.class));
  }

  @Test
  void invalidSpanIsRefusedWithTheModelsMessage() {
    ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
        () -> mapper.readValue("{\"start\":9,\"end\":3}", Span.class));
    assertTrue(e.getMessage().contains("Span.end"), e.getMessage());
  }

  @Test
  void enumerationsAreWrittenAsTheirCodes() throws Exception {
    assertEquals("\"fr\"", mapper.writeValueAsString(Language.FR));
    assertEquals("\"GA-C3\"", mapper.writeValueAsString(Body.GA_C3));
    assertEquals("\"ga-resolution\"", mapper.writeValueAsString(CitationKind.GA_RESOLUTION));
    assertEquals(Body.GA_C3, mapper.readValue("\"GA-C3\"", Body.class));
  }

  @Test
  void unknownCodeIsATypedError() {
    assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"de\"", Language.class));
  }
}
