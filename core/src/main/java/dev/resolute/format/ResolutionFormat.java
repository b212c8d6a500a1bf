package dev.resolute.format;

import dev.resolute.model.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A format resolutions are written in and read from (JSON, Akoma Ntoso, a user's own). Implementations
 * are stateless and thread-safe, and are registered in
 * {@code META-INF/services/dev.resolute.format.ResolutionFormat}.
 */
public interface ResolutionFormat {
  /**
   * The format's short name, as {@code --format} takes it: {@code json}, {@code akn}.
   *
   * @return the name, lower case
   */
  String name();

  /**
   * The media type, e.g. {@code application/json}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * The file extensions of the format, without the dot.
   *
   * @return e.g. {@code [json]}
   */
  List<String> fileExtensions();

  /**
   * Writes a resolution.
   *
   * @param resolution the resolution
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  void write(Resolution resolution, OutputStream out) throws IOException;

  /**
   * Reads a resolution.
   *
   * @param in what to read; not closed
   * @return the resolution
   * @throws IOException when the input cannot be read or is not a resolution in this format; the
   *     message says where
   */
  Resolution read(InputStream in) throws IOException;
}
