package dev.resolute.benchmarks;

import dev.resolute.symbol.DocumentSymbol;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing document symbols of every shape, against the baseline of finding {@code \d+/\d+} in the
 * same strings with a compiled {@link Pattern}: the cheapest thing that "finds a symbol".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class SymbolBenchmark {
  /** Real symbols as printed or linked, of every shape. */
  static final String[] SYMBOLS = {
    "A/C.3/66/L.15", "E/CN.15/2011/21", "A/HRC/RES/16/1", "A/RES/65/232", "A/RES/75/245 B",
    "A/RES/2200 A (XXI)", "A/RES/1874 (S-IV)", "A/RES/S-26/2", "A/RES/ES-10/19", "A/DEC/65/530",
    "A/62/PV.117", "A/66/53/Add.1/Corr.1", "A/75/6 (Sect. 3)/Add.5", "A/CONF.157/24 (Part I)",
    "A/51/113-S/1996/276", "S/RES/1373 (2001)", "S/PV.9171", "S/PRST/2010/1", "E/RES/2011/33",
    "e/res/2008 (LX)", "ST/SGB/2013/4/Amend.1", "BWC/CONF.IX/9", "FCCC/CP/2015/10/Add.1",
    "NPT/CONF.2000/28 (Parts I and II)", "UNEP/CBD/COP/DEC/XII/11", "ICCD/COP(14)/23/Add.1",
    "A/RES/74/255 A-B", "CRC/C/GC/24", "A/HRC/54/L.27", "E/2005/23/Corr.1(supp)",
  };

  private static final Pattern BASELINE = Pattern.compile("\\d+/\\d+");

  /**
   * Resolute: parse each symbol into its components and canonical form.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void parse(Blackhole sink) {
    for (String symbol : SYMBOLS) {
      sink.consume(DocumentSymbol.parse(symbol));
    }
  }

  /**
   * Baseline: find every {@code \d+/\d+} in each symbol.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void baselineRegexFind(Blackhole sink) {
    for (String symbol : SYMBOLS) {
      Matcher m = BASELINE.matcher(symbol);
      while (m.find()) {
        sink.consume(m.start());
      }
    }
  }
}
