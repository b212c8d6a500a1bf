package dev.resolute.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading Akoma Ntoso never expands entities nor fetches anything: DTDs are refused. */
class SecureAknTest {

  private static IOException refused(String xml) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(IOException.class,
        () -> AkomaNtoso.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void externalEntityIsNotResolved() {
    IOException e = refused("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<akomaNtoso><statement><preamble><formula>&xxe;</formula></preamble></statement></akomaNtoso>");
    assertTrue(!e.getMessage().contains("root:"), e.getMessage());
  }

  @Test
  void billionLaughsIsNotExpanded() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    refused(dtd + "]><akomaNtoso><statement><preamble><formula>&lol9;</formula></preamble></statement></akomaNtoso>");
  }

  @Test
  void notWellFormedNamesLineAndColumn() {
    IOException e = refused("<akomaNtoso>\n<statement><preamble></statement>");
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
