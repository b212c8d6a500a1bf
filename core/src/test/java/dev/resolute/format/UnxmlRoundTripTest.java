package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Resolution;
import dev.resolute.testing.ModelText;
import dev.resolute.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the reader takes from the UN's own files survives our writer: for every unxml file the reader
 * accepts, read → write → read should give the same {@link Resolution} in everything but spans (offsets into
 * the file read, which the written file cannot keep). Files the reader refuses are counted
 * by {@link UnxmlReadTest}, not here. Every written file also validates against the schema.
 *
 * <p>Measured 2,675 of the 2,676 files read: every one but the file named in {@link #LEFT_OUT},
 * which the test requires to be the only exception. (Before: 2,633 of 2,671, the rest being parts'
 * own preambular paragraphs, {@code crossHeading refersTo="#preamble"}, now read and written, and
 * bulleted points sharing one location.)
 */
class UnxmlRoundTripTest {
  /** The files that cannot come back equal, and why. */
  private static final java.util.Map<String, String> LEFT_OUT = java.util.Map.of(
      "S_PRST_2020_11.xml", "a presidential statement, not a resolution (KNOWN_ISSUES): its opening <alinea>"
          + " (the meeting, with a link to S/2020/372) is no clause of the model, so the link read from it"
          + " (located \"link\") has no place to be written");

  @Test
  void readableFilesReadBackTheSameAfterWritingAndTheWrittenFilesValidate() throws Exception {
    int read = 0;
    int equal = 0;
    List<String> different = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Path path : SharedData.files("unxml", ".xml")) {
      Resolution first;
      try (InputStream in = Files.newInputStream(path)) {
        first = AkomaNtoso.read(in);
      } catch (IOException | RuntimeException e) {
        continue; // not well-formed or refused: measured by UnxmlReadTest
      }
      read++;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AkomaNtoso.write(first, out);
      try {
        SharedData.validateAkn(out.toByteArray());
      } catch (Exception e) {
        invalid.add(path.getFileName() + ": " + e.getMessage());
      }
      String cause;
      try {
        Resolution second = AkomaNtoso.read(new ByteArrayInputStream(out.toByteArray()));
        cause = firstDifference(first, second);
      } catch (IOException e) {
        cause = "written file not read back: " + e.getMessage();
      }
      if (cause == null) {
        equal++;
      } else {
        different.add(path.getFileName() + ": " + cause);
      }
    }
    double ratio = read == 0 ? 1 : (double) equal / read;
    System.out.printf(Locale.ROOT, "unxml AKN round trip: %d of %d read files equal after write/read (%.4f)%n",
        equal, read, ratio);
    different.stream().limit(10).forEach(d -> System.out.println("  " + d));
    java.util.Map<String, Long> causes = different.stream().collect(java.util.stream.Collectors.groupingBy(
        d -> d.replaceFirst("^[^:]*: ", "").replaceFirst("^lines \\d+ ≠ \\d+, first unmatched: ", "missing ").replaceAll("[ |].*", ""),
        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    System.out.println("  differences by first part: " + causes);
    assertTrue(invalid.isEmpty(), invalid.size() + " written files fail akomantoso30.xsd, first: " + invalid.stream().findFirst().orElse(""));
    List<String> unexpected = different.stream()
        .filter(d -> !LEFT_OUT.containsKey(d.substring(0, d.indexOf(": ")))).collect(java.util.stream.Collectors.toList());
    assertTrue(unexpected.isEmpty(), unexpected.size() + " files differ after write/read, first: "
        + unexpected.stream().findFirst().orElse(""));
  }

  /** The first line where the two resolutions' span-free descriptions differ. */
  private static String firstDifference(Resolution a, Resolution b) {
    List<String> x = ModelText.describe(a);
    List<String> y = ModelText.describe(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      if (!x.get(i).equals(y.get(i))) {
        return x.get(i) + " ≠ " + y.get(i);
      }
    }
    return x.size() == y.size() ? null
        : "lines " + x.size() + " ≠ " + y.size() + ", first unmatched: " + (x.size() > y.size() ? x.get(y.size()) : y.get(x.size()));
  }

}
