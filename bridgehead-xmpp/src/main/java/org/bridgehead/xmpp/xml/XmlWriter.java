package org.bridgehead.xmpp.xml;

/** Serialises {@link XmlElement}s to text. Placeholder until the stream encoder lands. */
public final class XmlWriter {
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
    StringBuilder sb = new StringBuilder();
    write(sb, e, parentDefaultNs);
    return sb.toString();
  }

  private static void write(StringBuilder sb, XmlElement e, String inheritedNs) {
    sb.append('<').append(e.name());
    if (!e.namespace().equals(inheritedNs)) {
      sb.append(" xmlns='");
      escape(sb, e.namespace(), true);
      sb.append('\'');
    }
    e.attributes().forEach((k, v) -> {
      sb.append(' ').append(k).append("='");
      escape(sb, v, true);
      sb.append('\'');
    });
    if (e.children().isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (Object c : e.children()) {
      if (c instanceof XmlElement child) write(sb, child, e.namespace());
      else escape(sb, (String) c, false);
    }
    sb.append("</").append(e.name()).append('>');
  }

  static void escape(StringBuilder sb, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        default -> sb.append(ch);
      }
    }
  }
}
