package dev.resolute.format;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The formats on the classpath, found once with {@link ServiceLoader}.
 *
 * <pre>{@code
 * ResolutionFormat json = Formats.byName("json").orElseThrow();
 * json.write(resolution, System.out);
 * }</pre>
 */
public final class Formats {
  private static final List<ResolutionFormat> ALL = load();

  private Formats() {}

  private static List<ResolutionFormat> load() {
    ImmutableList.Builder<ResolutionFormat> out = ImmutableList.builder();
    ServiceLoader.load(ResolutionFormat.class, Formats.class.getClassLoader()).forEach(out::add);
    return out.build();
  }

  /**
   * Every format on the classpath.
   *
   * @return the formats, in the order the service loader gives them
   */
  public static List<ResolutionFormat> all() {
    return ALL;
  }

  /**
   * The format with this name, ignoring case.
   *
   * @param name e.g. {@code json}
   * @return the format, or empty
   */
  public static Optional<ResolutionFormat> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(lower)).findFirst();
  }

  /**
   * The format of a file, by its extension.
   *
   * @param fileName e.g. {@code A_RES_77_34.json}
   * @return the format, or empty
   */
  public static Optional<ResolutionFormat> forFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.fileExtensions().stream().anyMatch(e -> lower.endsWith("." + e))).findFirst();
  }
}
