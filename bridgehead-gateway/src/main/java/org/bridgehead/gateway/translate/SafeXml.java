package org.bridgehead.gateway.translate;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * Parses a small XML body from a SIP request (PIDF, isComposing) into an {@link XmlElement}, safely: a
 * size cap, namespaces on, and no DTD at all — a document type declaration is refused outright, so no
 * entity (internal or external) is ever expanded. Bad input throws {@link IllegalArgumentException}.
 */
public final class SafeXml {
  /** Bodies larger than this are refused before parsing. */
  public static final int MAX_BYTES = 64 * 1024;
  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  public static XmlElement parse(byte[] body) {
    if (body == null || body.length == 0) throw new IllegalArgumentException("empty XML body");
    if (body.length > MAX_BYTES) throw new IllegalArgumentException("XML body of " + body.length + " bytes exceeds " + MAX_BYTES);
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      return read(r);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
    } finally {
      close(r);
    }
  }

  private static XmlElement read(XMLStreamReader r) throws XMLStreamException {
    Deque<XmlElement.Builder> open = new ArrayDeque<>();
    XmlElement root = null;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
            throw new IllegalArgumentException("document type declarations and entities are refused");
        case XMLStreamConstants.START_ELEMENT -> open.push(start(r));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) open.peek().text(r.getText());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = open.pop().build();
          if (open.isEmpty()) root = done; else open.peek().child(done);
        }
        default -> { } // comments, processing instructions, document start and end
      }
    }
    if (root == null) throw new IllegalArgumentException("no root element");
    return root;
  }

  private static XmlElement.Builder start(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    XmlElement.Builder b = XmlElement.builder(r.getLocalName(), ns == null ? "" : ns);
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String attrNs = r.getAttributeNamespace(i);
      String name = r.getAttributeLocalName(i);
      if (XMLConstants.XML_NS_URI.equals(attrNs)) b.attribute("xml:" + name, r.getAttributeValue(i));
      else if (attrNs == null || attrNs.isEmpty()) b.attribute(name, r.getAttributeValue(i));
      // other namespaced attributes carry nothing the gateway reads
    }
    return b;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static void close(XMLStreamReader r) {
    if (r == null) return;
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // nothing held beyond the byte array
    }
  }
}
