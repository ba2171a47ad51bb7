package org.bridgehead.certs.request;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.management.validation.Checks;

/** Host names as they go into a certificate's dNSName SANs: A-labels, lower case, wildcard only left-most. */
public final class DnsNames {
  private DnsNames() {}

  /** The name in its certificate form (IDNs converted to A-labels), or empty when it cannot be one. */
  public static Optional<String> normalize(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String n = name.strip();
    if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
    try {
      n = IDN.toASCII(n, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      // a '*' label fails STD3 rules; it is checked below on the rest of the name
      if (!n.startsWith("*.")) return Optional.empty();
      return normalize(n.substring(2)).map(rest -> "*." + rest);
    }
    return Checks.isFqdn(n) ? Optional.of(n) : Optional.empty();
  }

  public static boolean isWildcard(String name) { return name.startsWith("*."); }

  /**
   * Whether certificate name {@code pattern} covers host {@code host} (both normalized): equal, or a
   * wildcard standing for exactly the left-most label (RFC 9525 §6.3).
   */
  public static boolean covers(String pattern, String host) {
    if (pattern.equalsIgnoreCase(host)) return true;
    if (!isWildcard(pattern)) return false;
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot + 1).equalsIgnoreCase(pattern.substring(2));
  }
}
