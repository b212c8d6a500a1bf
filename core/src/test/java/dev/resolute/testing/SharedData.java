package dev.resolute.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared data folder beside the repository, found through the system property
 * {@code resolute.shared} that the root pom sets for every module. Tests that need it call
 * {@link #require(String)}, which skips them with a visible reason where it is absent.
 */
public final class SharedData {
  /** The system property naming the folder. */
  public static final String PROPERTY = "resolute.shared";

  private SharedData() {}

  /**
   * A path inside the shared folder, or skip the calling test where it is absent.
   *
   * @param relative e.g. {@code unxml}
   * @return the existing path
   */
  public static Path require(String relative) {
    String root = System.getProperty(PROPERTY);
    skipUnless(root != null, "system property " + PROPERTY + " is not set (run through Maven)");
    Path path = Paths.get(root).resolve(relative).normalize();
    skipUnless(Files.exists(path), "shared data not found at " + path);
    return path;
  }

  /** Skips the calling test, saying why on standard error too, so the reason shows in a build log. */
  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.err.println("[resolute] test skipped: " + reason);
    }
    assumeTrue(condition, "skipped: " + reason);
  }

  /**
   * Every file under a folder of the shared data whose name ends so, sorted.
   *
   * @param relative the folder
   * @param suffix e.g. {@code .xml}
   * @return the files
   */
  public static List<Path> files(String relative, String suffix) {
    try (Stream<Path> walk = Files.walk(require(relative))) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
