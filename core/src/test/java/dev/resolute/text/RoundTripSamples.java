package dev.resolute.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The round trip's counterexamples kept as test resources (see their README for provenance). */
final class RoundTripSamples {
  private RoundTripSamples() {}

  static String read(String name) throws IOException {
    try (InputStream in = RoundTripSamples.class.getResourceAsStream("roundtrip/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no test resource roundtrip/" + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
