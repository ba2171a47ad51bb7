package org.bridgehead.xmpp.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable XML element: a qualified name, unprefixed attributes, and ordered children that are
 * either elements or text. Namespaces are resolved URIs, never prefixes: the encoder chooses prefixes.
 * Attributes in a namespace (xml:lang) are keyed by their expanded form, e.g. {@link #XML_LANG}.
 */
public final class XmlElement {
  public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** Key of the xml:lang attribute in {@link #attributes()}. */
  public static final String XML_LANG = "xml:lang";

  private final String name;
  private final String namespace;
  private final Map<String, String> attributes;
  private final List<Object> children; // XmlElement or String

  private XmlElement(String name, String namespace, Map<String, String> attributes, List<Object> children) {
    this.name = Objects.requireNonNull(name, "name");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    this.children = List.copyOf(children);
  }

  public static Builder builder(String name, String namespace) {
    return new Builder(name, namespace);
  }

  public String name() { return name; }

  public String namespace() { return namespace; }

  public Map<String, String> attributes() { return attributes; }

  public String attribute(String key) { return attributes.get(key); }

  /** Element and text children in document order. */
  public List<Object> children() { return children; }

  public List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof XmlElement e) out.add(e);
    }
    return out;
  }

  public Optional<XmlElement> child(String childName, String childNamespace) {
    for (Object c : children) {
      if (c instanceof XmlElement e && e.name.equals(childName) && e.namespace.equals(childNamespace)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Optional<XmlElement> child(String childName) {
    return child(childName, namespace);
  }

  /** The concatenated text children (not descendants). */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Object c : children) {
      if (c instanceof String s) sb.append(s);
    }
    return sb.toString();
  }

  public boolean is(String elementName, String elementNamespace) {
    return name.equals(elementName) && namespace.equals(elementNamespace);
  }

  public Builder toBuilder() {
    Builder b = new Builder(name, namespace);
    b.attributes.putAll(attributes);
    b.children.addAll(children);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XmlElement e && name.equals(e.name) && namespace.equals(e.namespace)
        && attributes.equals(e.attributes) && children.equals(e.children);
  }

  @Override
  public int hashCode() { return Objects.hash(name, namespace, attributes, children); }

  @Override
  public String toString() { return XmlWriter.toXml(this); }

  public static final class Builder {
    private final String name;
    private final String namespace;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    private Builder(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    /** Sets an attribute; a null value removes it. */
    public Builder attribute(String key, String value) {
      if (value == null) attributes.remove(key); else attributes.put(key, value);
      return this;
    }

    public Builder child(XmlElement child) { children.add(Objects.requireNonNull(child)); return this; }

    /** Appends text, merged with a preceding text child so equality never depends on chunking. */
    public Builder text(String text) {
      if (text == null || text.isEmpty()) return this;
      int last = children.size() - 1;
      if (last >= 0 && children.get(last) instanceof String previous) children.set(last, previous + text);
      else children.add(text);
      return this;
    }

    public Builder clearChildren() { children.clear(); return this; }

    public XmlElement build() { return new XmlElement(name, namespace, attributes, children); }
  }
}
