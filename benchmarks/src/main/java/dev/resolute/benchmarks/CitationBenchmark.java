package dev.resolute.benchmarks;

import dev.resolute.cite.CitationContext;
import dev.resolute.cite.CitationExtractor;
import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Citation extraction on citation-dense text (the footnote blocks of the corpus) and on plain prose
 * (the corpus without its footnotes), in the same run as the baseline {@code \d+/\d+} find-all loop
 * over the same text. Each text is English and French corpus text, extracted as English and
 * French respectively.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// eight warm-up iterations: in one fork of session 36 the extraction ran at 181-186 us an operation
// in measured iterations 2 to 5, then at 108 as the other forks did, recompiled late (RESULTS.md)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CitationBenchmark {
  private static final Pattern BASELINE = Pattern.compile("\\d+/\\d+");

  /** Which text. */
  @Param({"footnotes", "prose"})
  public String input;

  private String english;
  private String french;

  /** Splits the corpus into footnote blocks and prose once. */
  @Setup
  public void read() {
    english = Inputs.corpusPart(".en.txt", input.equals("footnotes"));
    french = Inputs.corpusPart(".fr.txt", input.equals("footnotes"));
  }

  /**
   * Resolute: every citation, resolved.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void extract(Blackhole sink) {
    CitationExtractor extractor = CitationExtractor.create();
    sink.consume(extractor.extract(english, CitationContext.of(Language.EN, Body.GA, "footnote:1")));
    sink.consume(extractor.extract(french, CitationContext.of(Language.FR, Body.GA, "footnote:1")));
  }

  /**
   * Baseline: find every {@code \d+/\d+}.
   *
   * @param sink consumes the matches
   */
  @Benchmark
  public void baselineRegexFind(Blackhole sink) {
    for (String text : new String[] {english, french}) {
      Matcher m = BASELINE.matcher(text);
      while (m.find()) {
        sink.consume(m.start());
      }
    }
  }
}
