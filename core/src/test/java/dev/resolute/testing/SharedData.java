package dev.resolute.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The shared data folder beside the repository, found through the system property
 * {@code resolute.shared} that the root pom sets for every module. Tests that need it call
 * {@link #require(String)}, which skips them with a visible reason where it is absent.
 */
public final class SharedData {
  /** The system property naming the folder. */
  public static final String PROPERTY = "resolute.shared";

  private static Schema aknSchema;

  private SharedData() {}

  /**
   * Checks a document against the official Akoma Ntoso 3.0 schema of the shared folder (compiled
   * once, offline: no external DTD, schemas only from files), or skips the calling test.
   *
   * @param xml the document
   * @throws SAXException where it is not valid, saying where and why
   * @throws IOException where it cannot be read
   */
  public static void validateAkn(byte[] xml) throws SAXException, IOException {
    Validator validator = aknSchema().newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static synchronized Schema aknSchema() throws SAXException {
    if (aknSchema == null) {
      Path xsd = require("akn/akomantoso30.xsd");
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      aknSchema = factory.newSchema(xsd.toFile());
    }
    return aknSchema;
  }

  /**
   * A path inside the shared folder, or skip the calling test where it is absent.
   *
   * @param relative e.g. {@code unxml}
   * @return the existing path
   */
  public static Path require(String relative) {
    Optional<String> absent = absent(relative);
    skipUnless(absent.isEmpty(), absent.orElse(""));
    return Paths.get(System.getProperty(PROPERTY)).resolve(relative).normalize();
  }

  /**
   * Why a path of the shared folder cannot be used, or empty where it can: for runners that skip
   * by their own means (a jqwik skip hook) rather than by a failed assumption.
   *
   * @param relative e.g. {@code akn/akomantoso30.xsd}
   * @return the reason, or empty
   */
  public static Optional<String> absent(String relative) {
    String root = System.getProperty(PROPERTY);
    if (root == null) {
      return Optional.of("system property " + PROPERTY + " is not set (run through Maven)");
    }
    Path path = Paths.get(root).resolve(relative).normalize();
    return Files.exists(path) ? Optional.empty() : Optional.of("shared data not found at " + path);
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
