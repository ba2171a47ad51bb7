package org.bridgehead.gateway.translate.chatstate;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;
import org.bridgehead.gateway.translate.SafeXml;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * An RFC 3994 is-composing indication ({@code application/im-iscomposing+xml}): state active or idle,
 * the content type being composed, and for active the refresh interval in seconds. {@code lastactive}
 * is read past but not kept: XMPP has no place for it.
 */
public record IsComposing(boolean active, String contentType, OptionalInt refresh) {
  public static final String CONTENT_TYPE = "application/im-iscomposing+xml";
  public static final String NAMESPACE = "urn:ietf:params:xml:ns:im-iscomposing";
  /** RFC 3994 §3.2: an active state lasts 120 s unless refreshed; Bridgehead asks for a refresh after 60 s. */
  public static final int DEFAULT_REFRESH = 60;

  public IsComposing {
    Objects.requireNonNull(refresh, "refresh");
    if (refresh.isPresent() && refresh.getAsInt() <= 0) throw new IllegalArgumentException("refresh must be positive");
    if (!active && refresh.isPresent()) throw new IllegalArgumentException("refresh only goes with the active state (RFC 3994 §4)");
  }

  public byte[] toXml() {
    XmlElement.Builder b = XmlElement.builder("isComposing", NAMESPACE)
        .child(text("state", active ? "active" : "idle"));
    if (contentType != null) b.child(text("contenttype", contentType));
    refresh.ifPresent(r -> b.child(text("refresh", Integer.toString(r))));
    return ("<?xml version='1.0' encoding='UTF-8'?>" + XmlWriter.toXml(b.build())).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a body; anything but a valid isComposing document is refused. */
  public static IsComposing parse(byte[] body) {
    XmlElement root = SafeXml.parse(body);
    if (!root.is("isComposing", NAMESPACE)) throw new IllegalArgumentException("not an isComposing document: " + root.name());
    String state = root.child("state").map(e -> e.text().strip())
        .orElseThrow(() -> new IllegalArgumentException("isComposing without <state/>"));
    if (!state.equals("active") && !state.equals("idle")) {
      throw new IllegalArgumentException("isComposing state must be active or idle, not '" + state + "'");
    }
    String contentType = root.child("contenttype").map(e -> e.text().strip()).orElse(null);
    OptionalInt refresh = OptionalInt.empty();
    if (state.equals("active")) {
      String r = root.child("refresh").map(e -> e.text().strip()).orElse(null);
      try {
        if (r != null) refresh = OptionalInt.of(Integer.parseInt(r));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("isComposing refresh is not a number: '" + r + "'");
      }
    }
    return new IsComposing(state.equals("active"), contentType, refresh);
  }

  private static XmlElement text(String name, String value) {
    return XmlElement.builder(name, NAMESPACE).text(value).build();
  }
}
