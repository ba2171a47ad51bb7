package org.bridgehead.edge.s2s;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.xmpp.xml.XmlElement;

/** Builders and readers of the stream features and negotiation elements of RFC 6120 and XEP-0220. */
public final class Features {
  private Features() {}

  public static XmlElement features(List<XmlElement> children) {
    XmlElement.Builder b = XmlElement.builder("features", Namespaces.STREAMS);
    children.forEach(b::child);
    return b.build();
  }

  public static XmlElement startTls(boolean required) {
    XmlElement.Builder b = XmlElement.builder("starttls", Namespaces.TLS);
    if (required) b.child(XmlElement.builder("required", Namespaces.TLS).build());
    return b.build();
  }

  public static XmlElement saslExternal() {
    return XmlElement.builder("mechanisms", Namespaces.SASL)
        .child(XmlElement.builder("mechanism", Namespaces.SASL).text("EXTERNAL").build()).build();
  }

  public static XmlElement dialback() {
    return XmlElement.builder("dialback", Namespaces.DIALBACK_FEATURE)
        .child(XmlElement.builder("errors", Namespaces.DIALBACK_FEATURE).build()).build();
  }

  public static XmlElement tls(String name) {
    return XmlElement.builder(name, Namespaces.TLS).build();
  }

  public static XmlElement saslFailure(String condition, String text) {
    XmlElement.Builder b = XmlElement.builder("failure", Namespaces.SASL)
        .child(XmlElement.builder(condition, Namespaces.SASL).build());
    if (text != null) b.child(XmlElement.builder("text", Namespaces.SASL).text(text).build());
    return b.build();
  }

  public static boolean offersStartTls(XmlElement features) {
    return features.child("starttls", Namespaces.TLS).isPresent();
  }

  public static boolean requiresStartTls(XmlElement features) {
    return features.child("starttls", Namespaces.TLS).flatMap(s -> s.child("required", Namespaces.TLS)).isPresent();
  }

  public static List<String> saslMechanisms(XmlElement features) {
    List<String> out = new ArrayList<>();
    features.child("mechanisms", Namespaces.SASL).ifPresent(m -> {
      for (XmlElement e : m.elements()) out.add(e.text().trim());
    });
    return out;
  }

  /** XEP-0198 stream management, version 3. */
  public static boolean offersStreamManagement(XmlElement features) {
    return features.child("sm", Namespaces.SM).isPresent();
  }

  /** {@code <enable/>}, {@code <r/>} or {@code <a h='n'/>} of XEP-0198. */
  public static XmlElement sm(String name, Long handled) {
    return XmlElement.builder(name, Namespaces.SM).attribute("h", handled == null ? null : Long.toString(handled)).build();
  }

  public static boolean offersDialback(XmlElement features) {
    return features.child("dialback", Namespaces.DIALBACK_FEATURE).isPresent();
  }

  /** {@code <db:result/>} or {@code <db:verify/>}. */
  public static XmlElement dialback(String name, String from, String to, String id, String type, String key) {
    return XmlElement.builder(name, Namespaces.DIALBACK).attribute("from", from).attribute("to", to)
        .attribute("id", id).attribute("type", type).text(key).build();
  }

  /** A dialback error (XEP-0220 §2.4) with a stanza error condition and a text for the operator. */
  public static XmlElement dialbackError(String name, String from, String to, String id, String condition, String text) {
    XmlElement.Builder err = XmlElement.builder("error", Namespaces.DIALBACK).attribute("type", "cancel")
        .child(XmlElement.builder(condition, Namespaces.STANZAS).build());
    if (text != null) err.child(XmlElement.builder("text", Namespaces.STANZAS).text(text).build());
    return XmlElement.builder(name, Namespaces.DIALBACK).attribute("from", from).attribute("to", to)
        .attribute("id", id).attribute("type", "error").child(err.build()).build();
  }

  /** The condition and text of a dialback or SASL failure, for diagnostics. */
  public static String describeError(XmlElement e) {
    StringBuilder sb = new StringBuilder();
    for (XmlElement c : e.elements()) {
      if (c.name().equals("error")) return describeError(c);
      if (c.name().equals("text")) continue;
      sb.append(c.name());
    }
    for (XmlElement c : e.elements()) {
      if (c.name().equals("text")) sb.append(" (").append(c.text()).append(')');
    }
    return sb.length() == 0 ? "no condition given" : sb.toString();
  }
}
