package org.bridgehead.config;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/** DNS domain names as XMPP domains use them: syntax checks and the comparable A-label form. */
public final class DomainNames {
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABEL = 63;

  private DomainNames() {}

  /**
   * The lower-case A-label (punycode) form of {@code domain}, without a trailing dot: two spellings of
   * the same domain give the same string.
   *
   * @throws IllegalArgumentException when {@code domain} is not a syntactically valid DNS name
   */
  public static String toAscii(String domain) {
    String ascii = ascii(domain);
    String problem = asciiProblem(ascii);
    if (problem != null) throw new IllegalArgumentException("'" + domain + "' " + problem);
    return ascii;
  }

  /**
   * Why {@code domain} cannot be a partner or local XMPP domain: a DNS name of at least two labels, each
   * 1–63 letters, digits or hyphens (after IDNA conversion) not starting or ending with a hyphen, at
   * most 253 characters, not ending in a numeric label. Empty when it is fine.
   */
  public static Optional<String> syntaxProblem(String domain) {
    if (domain == null || domain.isBlank()) return Optional.of("is empty");
    String ascii;
    try {
      ascii = ascii(domain);
    } catch (IllegalArgumentException e) {
      return Optional.of("is not a valid internationalized domain name");
    }
    String problem = asciiProblem(ascii);
    if (problem == null && !ascii.contains(".")) problem = "must have at least two labels";
    return Optional.ofNullable(problem).map(p -> "'" + domain + "' " + p);
  }

  /** Whether {@code host} is a DNS host name (one label is enough), ignoring IDNA conversion errors. */
  public static boolean isHostName(String host) {
    try {
      return asciiProblem(ascii(host)) == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String ascii(String domain) {
    String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    return IDN.toASCII(d).toLowerCase(Locale.ROOT);
  }

  private static String asciiProblem(String ascii) {
    if (ascii.isEmpty()) return "is empty";
    if (ascii.length() > MAX_LENGTH) return "is longer than " + MAX_LENGTH + " characters";
    String[] labels = ascii.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty()) return "has an empty label";
      if (label.length() > MAX_LABEL) return "has a label longer than " + MAX_LABEL + " characters";
      if (!label.chars().allMatch(c -> c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return "has a label with characters other than letters, digits and hyphens";
      }
      if (label.startsWith("-") || label.endsWith("-")) return "has a label starting or ending with a hyphen";
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) return "ends in a numeric label";
    return null;
  }
}
