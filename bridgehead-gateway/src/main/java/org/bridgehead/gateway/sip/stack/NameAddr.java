package org.bridgehead.gateway.sip.stack;

import java.util.Objects;
import org.bridgehead.gateway.address.SipUri;

/**
 * The value of a From, To or Contact header: optional display name, URI, and the dialog tag.
 *
 * @param tag the tag parameter, or null when absent
 */
public record NameAddr(String displayName, SipUri uri, String tag) {
  public NameAddr {
    Objects.requireNonNull(uri, "uri");
    if (displayName != null && (displayName.indexOf('\r') >= 0 || displayName.indexOf('\n') >= 0)) {
      throw new IllegalArgumentException("line break in display name");
    }
  }

  public static NameAddr of(SipUri uri) { return new NameAddr(null, uri, null); }

  public NameAddr withTag(String newTag) { return new NameAddr(displayName, uri, newTag); }

  /** Header value form: {@code "Alice" <sip:alice@contoso.test>;tag=x}. */
  public String render() {
    StringBuilder b = new StringBuilder();
    if (displayName != null && !displayName.isBlank()) b.append('"').append(escapedDisplayName()).append("\" ");
    b.append('<').append(uri).append('>');
    if (tag != null) b.append(";tag=").append(tag);
    return b.toString();
  }

  /** The display name as it goes between the quotes of a quoted-string (RFC 3261 §25.1), or null. */
  public String escapedDisplayName() {
    return displayName == null ? null : displayName.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Parses a From/To/Contact value; the URI part must be a sip: or sips: URI. */
  public static NameAddr parse(String value) {
    String v = value.strip();
    String display = null;
    String uriText;
    String rest;
    int lt = v.indexOf('<');
    if (lt >= 0) {
      int gt = v.indexOf('>', lt);
      if (gt < 0) throw new IllegalArgumentException("unterminated <...> in '" + value + "'");
      String d = v.substring(0, lt).strip();
      if (!d.isEmpty()) display = SipHeaders.unquote(d).replace("\\\"", "\"").replace("\\\\", "\\");
      uriText = v.substring(lt + 1, gt);
      rest = v.substring(gt + 1);
    } else {
      int semi = v.indexOf(';');
      uriText = semi < 0 ? v : v.substring(0, semi);
      rest = semi < 0 ? "" : v.substring(semi);
    }
    String tag = SipHeaders.param(rest.isEmpty() ? "" : ">" + rest, "tag").orElse(null);
    return new NameAddr(display, SipUri.parse(uriText), tag);
  }
}
