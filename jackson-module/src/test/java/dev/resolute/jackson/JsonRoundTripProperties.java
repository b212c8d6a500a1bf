package dev.resolute.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.model.Citation;
import dev.resolute.model.Resolution;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever the resolution, JSON read(write(r)) equals r. */
class JsonRoundTripProperties {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Property
  void resolutionsSurviveTheJsonForm(@ForAll Resolution r) throws Exception {
    assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), Resolution.class));
  }

  @Property
  void citationsSurviveTheJsonForm(@ForAll Citation c) throws Exception {
    assertEquals(c, mapper.readValue(mapper.writeValueAsString(c), Citation.class));
  }
}
