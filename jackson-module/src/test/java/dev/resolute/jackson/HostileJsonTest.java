package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.resolute.model.Resolution;
import org.junit.jupiter.api.Test;

/** Bad JSON is refused with a typed error that names the JSON path. */
class HostileJsonTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  private MismatchedInputException refused(String json, String mention) {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> mapper.readValue(json, Resolution.class));
    assertTrue(e.getMessage().contains(mention), e.getMessage());
    return e;
  }

  @Test
  void missingRequiredFieldNamesItsPath() {
    refused("{\"body\":\"GA\"}", "$.language");
  }

  @Test
  void wrongTypeDeepInsideNamesItsPath() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"operative\":[{\"lead\":\"Decides\",\"text\":\"Decides\",\"span\":{\"start\":0,\"end\":\"x\"}}]}",
        "$.operative[0].span.end");
  }

  @Test
  void brokenInvariantNamesThePathAndTheField() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"footnotes\":[{\"marker\":\"1\",\"text\":\"a\",\"span\":{\"start\":0,\"end\":1}},"
        + "{\"marker\":\"1\",\"text\":\"b\",\"span\":{\"start\":2,\"end\":3}}]}", "footnotes.marker");
  }

  @Test
  void unknownPropertyIsRefused() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"@class\":\"java.lang.Runtime\"}", "$.@class");
  }

  @Test
  void unknownCodeIsRefused() {
    refused("{\"body\":\"UNSC\",\"language\":\"en\"}", "$.body");
  }

  @Test
  void symbolThatIsNoSymbolIsRefusedWithItsPosition() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"symbol\":\"A/RES9/9\"}", "position 5");
  }

  @Test
  void missingFieldOfANestedValueNamesTheValueAndTheField() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"citations\":[{\"kind\":\"ga-resolution\",\"canonical\":\"A/RES/65/232\","
        + "\"text\":\"65/232\",\"start\":0,\"end\":6}]}", "$.citations[0].location");
  }

  @Test
  void derivedLocationOfAnOperativeParagraphMustStillBeAString() {
    refused("{\"body\":\"GA\",\"language\":\"en\",\"operative\":[{\"lead\":\"Decides\",\"text\":\"Decides\","
        + "\"span\":{\"start\":0,\"end\":7},\"location\":{}}]}", "$.operative[0].location");
  }

  @Test
  void unknownPropertyIsSkippedWhenTheMapperAllowsIt() throws Exception {
    ObjectMapper lenient = new ObjectMapper().findAndRegisterModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Resolution r = lenient.readValue("{\"body\":\"GA\",\"language\":\"en\",\"extra\":{\"a\":[1,2]},"
        + "\"operative\":[{\"lead\":\"Decides\",\"text\":\"Decides\",\"span\":{\"start\":0,\"end\":7},\"x\":1}]}",
        Resolution.class);
    assertEquals(1, r.operative().size());
  }

  @Test
  void fieldsInAnyOrderReadTheSameAsInTheWritersOrder() throws Exception {
    String written = "{\"body\":\"GA\",\"language\":\"en\",\"operative\":[{\"number\":\"1\",\"lead\":\"Decides\","
        + "\"text\":\"Decides\",\"span\":{\"start\":0,\"end\":7}}]}";
    String shuffled = "{\"operative\":[{\"span\":{\"end\":7,\"start\":0},\"text\":\"Decides\",\"lead\":\"Decides\","
        + "\"number\":\"1\"}],\"language\":\"en\",\"body\":\"GA\"}";
    assertEquals(mapper.readValue(written, Resolution.class), mapper.readValue(shuffled, Resolution.class));
  }
}
