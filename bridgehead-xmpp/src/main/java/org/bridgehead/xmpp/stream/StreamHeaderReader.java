package org.bridgehead.xmpp.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;

/** Turns the root start tag into a {@link StreamHeader}, refusing what RFC 6120 §4.8 forbids. */
final class StreamHeaderReader {
  private StreamHeaderReader() {}

  static StreamHeader read(XMLStreamReader r, Set<String> contentNamespaces) {
    if (!"stream".equals(r.getLocalName())) {
      throw StreamErrorException.of(StreamErrorCondition.BAD_FORMAT, "expected stream:stream");
    }
    if (!Namespaces.STREAMS.equals(r.getNamespaceURI())) {
      throw StreamErrorException.of(StreamErrorCondition.INVALID_NAMESPACE, "wrong stream namespace");
    }
    String defaultNs = null;
    Map<String, String> prefixed = new LinkedHashMap<>();
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String prefix = r.getNamespacePrefix(i);
      if (prefix == null || prefix.isEmpty()) defaultNs = r.getNamespaceURI(i);
      else prefixed.put(prefix, r.getNamespaceURI(i));
    }
    if (defaultNs == null || !contentNamespaces.contains(defaultNs)) {
      throw StreamErrorException.of(StreamErrorCondition.INVALID_NAMESPACE, "unsupported content namespace");
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String key = ElementAssembler.attributeKey(r.getAttributeNamespace(i), r.getAttributeLocalName(i));
      attrs.put(key, r.getAttributeValue(i));
    }
    return new StreamHeader(attrs.get("from"), attrs.get("to"), attrs.get("id"), attrs.get("version"),
        attrs.get(XmlElement.XML_LANG), defaultNs, prefixed);
  }
}
