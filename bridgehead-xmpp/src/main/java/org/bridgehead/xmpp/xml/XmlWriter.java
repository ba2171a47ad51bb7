package org.bridgehead.xmpp.xml;

import java.util.Map;

/**
 * Serialises {@link XmlElement}s to XML text as a stream peer expects it: single-quoted attributes,
 * an {@code xmlns} only where the default namespace changes, and prefixes only for namespaces the
 * caller says are bound in scope (the stream header's {@code stream:} and {@code db:}).
 */
public final class XmlWriter {
  private static final char REPLACEMENT = '\uFFFD';

  private XmlWriter() {}

  /** Serialises with an xmlns declaration on the root, for logs and tests. */
  public static String toXml(XmlElement e) {
    return toXml(e, null);
  }

  /**
   * Serialises {@code e} as a child of a parent whose default namespace is {@code parentDefaultNs}
   * (null: none); an xmlns declaration is written only where the namespace changes.
   */
  public static String toXml(XmlElement e, String parentDefaultNs) {
    return toXml(e, parentDefaultNs, Map.of());
  }

  /**
   * As {@link #toXml(XmlElement, String)}, and elements in a namespace of {@code prefixes}
   * (namespace URI to prefix, declared by an ancestor) are written {@code prefix:name}.
   */
  public static String toXml(XmlElement e, String parentDefaultNs, Map<String, String> prefixes) {
    StringBuilder sb = new StringBuilder();
    write(sb, e, parentDefaultNs, prefixes);
    return sb.toString();
  }

  /** Appends {@code  name='value'} with the value escaped. */
  public static void appendAttribute(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("='");
    escape(sb, value, true);
    sb.append('\'');
  }

  private static void write(StringBuilder sb, XmlElement e, String inheritedNs, Map<String, String> prefixes) {
    String prefix = e.namespace().equals(inheritedNs) ? null : prefixes.get(e.namespace());
    String qname = prefix == null ? e.name() : prefix + ':' + e.name();
    // A prefixed element leaves the default namespace of its children unchanged.
    String childDefaultNs = prefix == null ? e.namespace() : inheritedNs;
    sb.append('<').append(qname);
    if (prefix == null && !e.namespace().equals(inheritedNs) && !(inheritedNs == null && e.namespace().isEmpty())) {
      appendAttribute(sb, "xmlns", e.namespace());
    }
    e.attributes().forEach((k, v) -> appendAttribute(sb, k, v));
    if (e.children().isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (Object c : e.children()) {
      if (c instanceof XmlElement child) write(sb, child, childDefaultNs, prefixes);
      else escape(sb, (String) c, false);
    }
    sb.append("</").append(qname).append('>');
  }

  /**
   * Escapes markup characters, and in attributes also whitespace that a parser would otherwise
   * normalise to a space. Characters XML 1.0 cannot carry at all (most C0 controls, unpaired
   * surrogates, U+FFFE/U+FFFF) become U+FFFD: a peer would kill the whole stream over them.
   */
  static void escape(StringBuilder sb, String s, boolean attribute) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r' -> sb.append("&#xD;");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#xA;" : "\n");
        case '\t' -> sb.append(attribute ? "&#x9;" : "\t");
        default -> {
          if (isXmlChar(cp)) sb.appendCodePoint(cp); else sb.append(REPLACEMENT);
        }
      }
    }
  }

  private static boolean isXmlChar(int cp) {
    return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF
        || cp == 0x9 || cp == 0xA || cp == 0xD;
  }
}
