package dev.resolute.testing;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory the tests read the UN's files with: no DTDs, no external entities. */
public final class SecureXml {
  private SecureXml() {}

  /**
   * A new factory with DTDs and external entities off.
   *
   * @return the factory
   */
  public static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
