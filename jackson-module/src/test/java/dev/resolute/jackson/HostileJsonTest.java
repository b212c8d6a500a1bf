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

  private static String citation(String kind, String date, String location) {
    return "{\"kind\":\"" + kind + "\",\"canonical\":\"A/RES/65/232\",\"date\":\"" + date
        + "\",\"text\":\"65/232\",\"start\":0,\"end\":6,\"location\":\"" + location + "\"}";
  }

  private static String withCitations(String... citations) {
    return "{\"body\":\"GA\",\"language\":\"en\",\"citations\":[" + String.join(",", citations) + "]}";
  }

  @Test
  void unknownCitationKindIsRefusedWithTheKnownCodes() {
    refused(withCitations(citation("ga-resolutions", "2010-12-21", "title")), "is not one of ga-resolution");
  }

  @Test
  void dateOutsideTheCalendarIsRefused() {
    refused(withCitations(citation("ga-resolution", "2010-02-30", "title")), "not an ISO 8601 date: 2010-02-30");
  }

  @Test
  void dateOfAnotherShapeIsRefused() {
    refused(withCitations(citation("ga-resolution", "21/12/2010", "title")), "$.citations[0].date");
  }

  @Test
  void repeatedDatesAndLocationsAreReadEachAsWritten() throws Exception {
    Resolution r = mapper.readValue(withCitations(citation("ga-resolution", "2010-12-21", "title"),
        citation("ga-resolution", "2010-12-21", "title"), citation("ga-resolution", "2010-12-22", "titles"),
        citation("ga-resolution", "2011-12-22", "title")), Resolution.class);
    assertEquals("title, title, titles, title", String.join(", ",
        r.citations().stream().map(c -> c.location()).toArray(String[]::new)));
    assertEquals("2010-12-21, 2010-12-21, 2010-12-22, 2011-12-22", String.join(", ",
        r.citations().stream().map(c -> c.date().orElseThrow().toString()).toArray(String[]::new)));
  }

  @Test
  void objectsWhoseFieldsComeInChangingOrdersReadAlike() throws Exception {
    // the reader guesses each name from the object read before: a changing order only costs guesses
    String inOrder = citation("ga-resolution", "2010-12-21", "title");
    String reversed = "{\"location\":\"title\",\"end\":6,\"start\":0,\"text\":\"65/232\","
        + "\"date\":\"2010-12-21\",\"canonical\":\"A/RES/65/232\",\"kind\":\"ga-resolution\"}";
    String withoutDate = "{\"kind\":\"ga-resolution\",\"canonical\":\"A/RES/65/232\",\"text\":\"65/232\","
        + "\"start\":0,\"end\":6,\"location\":\"title\"}";
    Resolution r = mapper.readValue(withCitations(inOrder, reversed, withoutDate, inOrder, reversed, withoutDate),
        Resolution.class);
    assertEquals(r.citations().get(0), r.citations().get(1));
    assertEquals(r.citations().get(0), r.citations().get(3));
    assertEquals(r.citations().get(0), r.citations().get(4));
    assertEquals(r.citations().get(2), r.citations().get(5));
    assertTrue(r.citations().get(2).date().isEmpty());
  }
}
