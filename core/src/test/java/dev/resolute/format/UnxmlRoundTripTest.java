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
 * <p>Measured 2,633 of 2,671 (0.986), since drafts in {@code components} and texts in
 * {@code attachments} are read as annexes, their links located {@code annex:K} and written back in
 * the conclusions (2,543, 0.952, before). The rest: 20 files whose links stand in budget section
 * headings ({@code crossHeading}), which the model keeps with location {@code link} and the writer
 * has no place for; 12 more such; 6 with notes anchored outside the clauses, written in the preface
 * or the conclusions and so read back in another order. The floor guards what is reached.
 */
class UnxmlRoundTripTest {

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
    assertTrue(ratio >= 0.98, equal + " of " + read + ", first: " + different.stream().findFirst().orElse(""));
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
