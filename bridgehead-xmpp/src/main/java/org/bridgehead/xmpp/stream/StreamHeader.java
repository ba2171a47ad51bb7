package org.bridgehead.xmpp.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * The opening {@code <stream:stream>} tag (RFC 6120 §4.7). Null attributes are absent.
 *
 * @param namespaces prefixed namespace declarations as declared, prefix to URI, in order
 *     (normally {@code stream} and, for server dialback, {@code db})
 */
public record StreamHeader(String from, String to, String id, String version, String lang,
    String defaultNamespace, Map<String, String> namespaces) {

  public static final String VERSION_1_0 = "1.0";
  public static final String STREAM_PREFIX = "stream";
  public static final String DIALBACK_PREFIX = "db";

  public StreamHeader {
    // Declaration order is kept so that toXml() output is stable.
    namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces == null ? Map.of() : namespaces));
  }

  /** A version 1.0 server-to-server header declaring {@code stream:} and {@code db:}. */
  public static StreamHeader server(String from, String to, String id) {
    Map<String, String> ns = new LinkedHashMap<>();
    ns.put(STREAM_PREFIX, Namespaces.STREAMS);
    ns.put(DIALBACK_PREFIX, Namespaces.DIALBACK);
    return new StreamHeader(from, to, id, VERSION_1_0, null, Namespaces.JABBER_SERVER, ns);
  }

  public StreamHeader withId(String newId) {
    return new StreamHeader(from, to, newId, version, lang, defaultNamespace, namespaces);
  }

  /** Whether the dialback namespace is bound to the {@code db} prefix (XEP-0220 §2.1). */
  public boolean declaresDialback() {
    return Namespaces.DIALBACK.equals(namespaces.get(DIALBACK_PREFIX));
  }

  /** Namespace URI to prefix for the prefixes this header binds, as the encoder needs them. */
  public Map<String, String> prefixesByUri() {
    Map<String, String> out = new LinkedHashMap<>();
    namespaces.forEach((prefix, uri) -> out.putIfAbsent(uri, prefix));
    out.put(Namespaces.STREAMS, STREAM_PREFIX);
    return out;
  }

  /** The XML declaration and open tag; the {@code stream} prefix is always bound to RFC 6120's URI. */
  public String toXml() {
    StringBuilder sb = new StringBuilder("<?xml version='1.0'?><stream:stream");
    if (defaultNamespace != null) XmlWriter.appendAttribute(sb, "xmlns", defaultNamespace);
    XmlWriter.appendAttribute(sb, "xmlns:stream", Namespaces.STREAMS);
    namespaces.forEach((prefix, uri) -> {
      if (!prefix.equals(STREAM_PREFIX)) XmlWriter.appendAttribute(sb, "xmlns:" + prefix, uri);
    });
    appendIfPresent(sb, "from", from);
    appendIfPresent(sb, "to", to);
    appendIfPresent(sb, "id", id);
    appendIfPresent(sb, "version", version);
    appendIfPresent(sb, "xml:lang", lang);
    return sb.append('>').toString();
  }

  private static void appendIfPresent(StringBuilder sb, String name, String value) {
    if (value != null) XmlWriter.appendAttribute(sb, name, value);
  }
}
