package org.bridgehead.xmpp.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamReader;
import org.bridgehead.xmpp.xml.XmlElement;

/** Builds one top-level element from parser events; namespaces arrive already resolved. */
final class ElementAssembler {
  private final Deque<XmlElement.Builder> open = new ArrayDeque<>();
  // Text arrives in fragments as small as the chunks fed; join here, not by string concatenation.
  private final StringBuilder text = new StringBuilder();

  int depth() { return open.size(); }

  void start(XMLStreamReader r) {
    flushText();
    open.push(XmlElement.builder(r.getLocalName(), nullToEmpty(r.getNamespaceURI())));
    XmlElement.Builder b = open.peek();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      b.attribute(attributeKey(r.getAttributeNamespace(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
    }
  }

  void text(String s) { text.append(s); }

  /** Closes the innermost element; returns the top-level element once it is complete, else null. */
  XmlElement end() {
    flushText();
    XmlElement done = open.pop().build();
    if (open.isEmpty()) return done;
    open.peek().child(done);
    return null;
  }

  private void flushText() {
    if (text.length() > 0 && !open.isEmpty()) open.peek().text(text.toString());
    text.setLength(0);
  }

  /**
   * The model keys attributes by local name, and xml:* ones (xml:lang) by their prefixed name.
   * Other namespaced attributes keep only their local name: XMPP defines none on stanzas.
   */
  static String attributeKey(String namespace, String localName) {
    return XmlElement.XML_NS.equals(namespace) ? "xml:" + localName : localName;
  }

  private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
