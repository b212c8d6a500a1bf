package dev.resolute.format;

import dev.resolute.model.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Akoma Ntoso 3.0 (AKN4UN) as a {@link ResolutionFormat}: {@code akn}, files ending in {@code .xml}. */
public final class AknFormat implements ResolutionFormat {
  /** Used by the service loader. */
  public AknFormat() {}

  @Override
  public String name() {
    return "akn";
  }

  @Override
  public String mediaType() {
    return "application/akn+xml";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("xml", "akn");
  }

  @Override
  public void write(Resolution resolution, OutputStream out) throws IOException {
    AkomaNtoso.write(resolution, out);
  }

  @Override
  public Resolution read(InputStream in) throws IOException {
    return AkomaNtoso.read(in);
  }
}
