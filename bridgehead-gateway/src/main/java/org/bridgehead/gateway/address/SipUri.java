package org.bridgehead.gateway.address;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A SIP or SIPS URI (RFC 3261 §19.1) as the gateway needs it: user, host, port and URI parameters.
 * The user part is held percent-decoded and re-encoded on output, so that address translation (RFC 7247)
 * works on characters, not on escapes. URI headers ({@code ?...}) and passwords are refused: an address
 * of record never carries them.
 *
 * @param user the decoded user part, or null for a host-only URI
 * @param port the port, or -1 when absent
 * @param params URI parameters in order; a parameter without value maps to ""
 */
public record SipUri(boolean secure, String user, String host, int port, Map<String, String> params) {
  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]");
  private static final String USER_SAFE = "-_.!~*'()&=+$,;?/";

  public SipUri {
    if (host == null || host.isEmpty()) throw new IllegalArgumentException("a SIP URI needs a host");
    host = host.toLowerCase(Locale.ROOT);
    if (user != null && user.isEmpty()) throw new IllegalArgumentException("empty user part in SIP URI");
    if (port < -1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** {@code sip:user@host}, no port, no parameters. */
  public static SipUri of(String user, String host) {
    return new SipUri(false, user, host, -1, Map.of());
  }

  public static SipUri parse(String text) {
    Objects.requireNonNull(text, "SIP URI");
    String s = text.trim();
    if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
    boolean secure;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sips:")) {
      secure = true;
      s = s.substring(5);
    } else if (lower.startsWith("sip:")) {
      secure = false;
      s = s.substring(4);
    } else {
      throw new IllegalArgumentException("not a sip: or sips: URI: " + text);
    }
    if (s.indexOf('?') >= 0) throw new IllegalArgumentException("URI headers are not allowed in an address: " + text);
    String user = null;
    int at = s.lastIndexOf('@');
    if (at >= 0) {
      String userinfo = s.substring(0, at);
      if (userinfo.indexOf(':') >= 0) throw new IllegalArgumentException("passwords in SIP URIs are refused: " + text);
      user = decode(userinfo, USER_SAFE, "the user part of " + text);
      s = s.substring(at + 1);
    }
    Map<String, String> params = new LinkedHashMap<>();
    int semi = s.indexOf(';');
    String hostport = semi < 0 ? s : s.substring(0, semi);
    if (semi >= 0) {
      for (String p : s.substring(semi + 1).split(";")) {
        if (p.isEmpty()) continue;
        int eq = p.indexOf('=');
        params.put(eq < 0 ? p.toLowerCase(Locale.ROOT) : p.substring(0, eq).toLowerCase(Locale.ROOT),
            eq < 0 ? "" : p.substring(eq + 1));
      }
    }
    String host = hostport;
    int port = -1;
    int colon = hostport.lastIndexOf(':');
    if (colon >= 0 && !hostport.endsWith("]")) {
      host = hostport.substring(0, colon);
      try {
        port = Integer.parseInt(hostport.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad port in SIP URI: " + text);
      }
    }
    if (host.isEmpty() || !HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("bad host in SIP URI: " + text);
    }
    return new SipUri(secure, user, host, port, params);
  }

  /** The address of record: scheme, user and host only. */
  public SipUri addressOfRecord() { return new SipUri(secure, user, host, -1, Map.of()); }

  public SipUri withUser(String newUser) { return new SipUri(secure, newUser, host, port, params); }

  public SipUri withParam(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value);
    return new SipUri(secure, user, host, port, p);
  }

  public String param(String name) { return params.get(name.toLowerCase(Locale.ROOT)); }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(secure ? "sips:" : "sip:");
    if (user != null) b.append(encode(user, USER_SAFE)).append('@');
    b.append(host);
    if (port >= 0) b.append(':').append(port);
    params.forEach((k, v) -> b.append(';').append(k).append(v.isEmpty() ? "" : "=" + v));
    return b.toString();
  }

  /** Percent-encodes the UTF-8 bytes of {@code text} except ASCII letters, digits and {@code safe}. */
  static String encode(String text, String safe) {
    StringBuilder b = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
        b.append(c);
      } else {
        b.append('%').append(String.format("%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  /** Percent-decodes {@code raw} as UTF-8; characters outside letters, digits and {@code safe} must be escaped. */
  static String decode(String raw, String safe, String whole) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) throw new IllegalArgumentException("truncated escape in " + whole);
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) throw new IllegalArgumentException("bad escape in " + whole);
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
        out.write(c);
      } else {
        throw new IllegalArgumentException("character '" + c + "' must be escaped in " + whole);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
