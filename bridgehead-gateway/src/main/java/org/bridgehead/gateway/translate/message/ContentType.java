package org.bridgehead.gateway.translate.message;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Content-Type header value (RFC 3261 §20.15, media types of RFC 2045): type and subtype lower-cased,
 * parameter names lower-cased, quoted values unquoted.
 */
public record ContentType(String type, String subtype, Map<String, String> params) {
  public static final ContentType TEXT_PLAIN_UTF8 = new ContentType("text", "plain", Map.of("charset", "UTF-8"));
  private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";

  public ContentType {
    if (type == null || !type.matches(TOKEN) || subtype == null || !subtype.matches(TOKEN)) {
      throw new IllegalArgumentException("bad media type: " + type + "/" + subtype);
    }
    type = type.toLowerCase(Locale.ROOT);
    subtype = subtype.toLowerCase(Locale.ROOT);
    params = Map.copyOf(params);
  }

  public static ContentType parse(String header) {
    if (header == null || header.isBlank()) throw new IllegalArgumentException("missing Content-Type");
    String[] parts = header.split(";");
    String[] media = parts[0].strip().split("/", -1);
    if (media.length != 2) throw new IllegalArgumentException("bad Content-Type: '" + header + "'");
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("bad Content-Type parameter '" + p + "' in '" + header + "'");
      String value = p.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
      params.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT), value);
    }
    return new ContentType(media[0].strip(), media[1].strip(), params);
  }

  /** True for the same type and subtype, whatever the parameters. */
  public boolean is(String mediaType) {
    return mediaType().equalsIgnoreCase(mediaType);
  }

  public String mediaType() { return type + "/" + subtype; }

  /** The declared charset, empty when none; throws for a charset the JVM does not know. */
  public Optional<Charset> charset() {
    String name = params.get("charset");
    if (name == null) return Optional.empty();
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unsupported charset '" + name + "'", e);
    }
  }

  /** The charset, UTF-8 when none is declared (RFC 7572 §4 text is UTF-8 on the XMPP side anyway). */
  public Charset charsetOrUtf8() { return charset().orElse(StandardCharsets.UTF_8); }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(mediaType());
    params.forEach((k, v) -> b.append(';').append(k).append('=').append(v));
    return b.toString();
  }
}
