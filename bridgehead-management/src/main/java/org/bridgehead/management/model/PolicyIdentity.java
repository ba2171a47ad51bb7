package org.bridgehead.management.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Identity of an external access policy, written as Lync writes it: {@code Global}, {@code Site:Redmond}
 * or {@code Tag:FedPic}; a bare name ({@code FedPic}) means a named per-user policy. Names compare
 * case-insensitively, like Lync identities, through {@link #key()}.
 *
 * @param name the site or policy name; empty for the global policy
 */
public record PolicyIdentity(PolicyScope scope, String name) {

  public static final PolicyIdentity GLOBAL = new PolicyIdentity(PolicyScope.GLOBAL, "");

  public PolicyIdentity {
    name = scope == PolicyScope.GLOBAL ? "" : name == null ? "" : name.strip();
  }

  public static PolicyIdentity site(String site) { return new PolicyIdentity(PolicyScope.SITE, site); }

  public static PolicyIdentity named(String name) { return new PolicyIdentity(PolicyScope.USER, name); }

  /** Parses {@code global}, {@code site:NAME}, {@code tag:NAME} or a bare {@code NAME}, any case. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PolicyIdentity parse(String text) {
    String t = text == null ? "" : text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("global")) return GLOBAL;
    if (lower.startsWith("site:")) return site(t.substring(5));
    if (lower.startsWith("tag:")) return named(t.substring(4));
    return named(t);
  }

  /** Case-insensitive storage key, e.g. {@code site:redmond}. */
  public String key() { return toString().toLowerCase(Locale.ROOT); }

  @JsonValue
  @Override
  public String toString() {
    return switch (scope) {
      case GLOBAL -> "Global";
      case SITE -> "Site:" + name;
      case USER -> "Tag:" + name;
    };
  }
}
