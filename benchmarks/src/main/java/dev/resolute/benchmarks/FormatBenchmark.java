package dev.resolute.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.resolute.format.AkomaNtoso;
import dev.resolute.model.Resolution;
import dev.resolute.text.ResolutionParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading the parsed seed as JSON through resolute-jackson, in the same run as Jackson
 * writing and reading the same content as a {@code Map}/{@code List} tree (the baseline); and
 * writing and reading it as Akoma Ntoso.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class FormatBenchmark {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private Resolution seed;
  private byte[] json;
  private Map<String, Object> tree;
  private byte[] akn;

  /** Parses the seed and prepares its forms once. */
  @Setup
  public void prepare() throws IOException {
    seed = ResolutionParser.create().parse(Inputs.seed()).resolution();
    json = mapper.writeValueAsBytes(seed);
    tree = mapper.readValue(json, new TypeReference<Map<String, Object>>() {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AkomaNtoso.write(seed, out);
    akn = out.toByteArray();
  }

  /**
   * Resolute: the model to JSON.
   *
   * @return the bytes
   * @throws IOException never here
   */
  @Benchmark
  public byte[] jsonWrite() throws IOException {
    return mapper.writeValueAsBytes(seed);
  }

  /**
   * Baseline: the same content as a {@code Map}/{@code List} tree to JSON.
   *
   * @return the bytes
   * @throws IOException never here
   */
  @Benchmark
  public byte[] baselineTreeWrite() throws IOException {
    return mapper.writeValueAsBytes(tree);
  }

  /**
   * Resolute: JSON to the model, every invariant checked.
   *
   * @return the resolution
   * @throws IOException never here
   */
  @Benchmark
  public Resolution jsonRead() throws IOException {
    return mapper.readValue(json, Resolution.class);
  }

  /**
   * Baseline: JSON to a {@code Map}/{@code List} tree.
   *
   * @return the tree
   * @throws IOException never here
   */
  @Benchmark
  public Map<String, Object> baselineTreeRead() throws IOException {
    return mapper.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  /**
   * Resolute: the model to Akoma Ntoso.
   *
   * @return the bytes
   * @throws IOException never here
   */
  @Benchmark
  public byte[] aknWrite() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(akn.length + 1024);
    AkomaNtoso.write(seed, out);
    return out.toByteArray();
  }

  /**
   * Resolute: Akoma Ntoso to the model.
   *
   * @return the resolution
   * @throws IOException never here
   */
  @Benchmark
  public Resolution aknRead() throws IOException {
    return AkomaNtoso.read(new ByteArrayInputStream(akn));
  }
}
