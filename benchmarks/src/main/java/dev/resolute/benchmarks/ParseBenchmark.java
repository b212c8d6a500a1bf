package dev.resolute.benchmarks;

import dev.resolute.text.ResolutionParser;
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
 * Parsing whole resolutions, against the baseline of a compiled {@code \d+/\d+} find-all loop over
 * the same text, on the seed, the corpus mix, and the mix repeated to 1 MB and 10 MB (linearity).
 * Throughput in MB/s is ops/s times the input's size, given in RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// ten warm-up iterations: the whole parse reaches its steady time after 16-20 s on the build
// machine (seed: 1,000-3,900 us an operation in the first iterations, 470-480 from then on); three
// were not enough, and the measured iterations then still fell (session 37, RESULTS.md)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ParseBenchmark {
  private static final Pattern BASELINE = Pattern.compile("\\d+/\\d+");

  /** Which text. */
  @Param({"seed", "corpus", "corpus-1MB", "corpus-10MB"})
  public String input;

  private String text;

  /** Reads the input once. */
  @Setup
  public void read() {
    text = Inputs.named(input);
  }

  /**
   * Resolute: the whole parse.
   *
   * @param sink consumes the result
   */
  @Benchmark
  public void parse(Blackhole sink) {
    sink.consume(ResolutionParser.create().parse(text));
  }

  /**
   * Baseline: find every {@code \d+/\d+}.
   *
   * @param sink consumes the matches
   */
  @Benchmark
  public void baselineRegexFind(Blackhole sink) {
    Matcher m = BASELINE.matcher(text);
    while (m.find()) {
      sink.consume(m.start());
    }
  }
}
