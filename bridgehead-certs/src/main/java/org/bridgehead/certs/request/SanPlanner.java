package org.bridgehead.certs.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bridgehead.management.validation.Checks;

/**
 * Fills the subject and SANs from the deployment, as Lync's wizard did: every XMPP and SIP domain, a
 * {@code sip.<domain>} per SIP domain unless unticked, the edge pools, then the names added by hand.
 */
public final class SanPlanner {
  private SanPlanner() {}

  /**
   * Plans the names; {@code subjectCn} overrides the default subject (first edge pool, else the first
   * XMPP domain). Throws {@link org.bridgehead.management.validation.ValidationException} naming every bad name.
   */
  public static SanPlan plan(Deployment d, String subjectCn) {
    Checks checks = new Checks("certificate request");
    List<String> xmpp = new ArrayList<>();
    for (String x : d.xmppDomains()) {
      if (x != null && x.contains("*")) {
        checks.add("xmpp-domain", "no-wildcard", "'" + x + "': wildcard certificates are not supported for XMPP"
            + " domains; list each XMPP domain by name");
        continue;
      }
      name(x, "xmpp-domain", checks).ifPresent(xmpp::add);
    }
    Set<String> unticked = new LinkedHashSet<>();
    for (String u : d.sipPrefixUnticked()) name(u, "sip-prefix-unticked", checks).ifPresent(unticked::add);
    Set<String> sans = new LinkedHashSet<>();
    String cn = null;
    if (subjectCn != null && !subjectCn.isBlank()) cn = name(subjectCn, "subject", checks).orElse(null);
    List<String> pools = new ArrayList<>();
    for (String p : d.edgePoolFqdns()) name(p, "edge-pool", checks).ifPresent(pools::add);
    if (cn == null && subjectCn == null) cn = !pools.isEmpty() ? pools.get(0) : xmpp.isEmpty() ? null : xmpp.get(0);
    if (cn != null) sans.add(cn);
    sans.addAll(xmpp);
    for (String s : d.sipDomains()) {
      name(s, "sip-domain", checks).ifPresent(sip -> {
        sans.add(sip);
        if (!unticked.contains(sip)) sans.add("sip." + sip);
      });
    }
    sans.addAll(pools);
    for (String e : d.extraSans()) name(e, "san", checks).ifPresent(sans::add);
    if (xmpp.isEmpty() && d.xmppDomains().isEmpty()) {
      checks.add("xmpp-domain", "required", "at least one local XMPP domain is required (the certificate serves it)");
    }
    checks.throwIfAny();
    return new SanPlan(cn, List.copyOf(sans), xmpp);
  }

  private static java.util.Optional<String> name(String raw, String field, Checks checks) {
    var n = DnsNames.normalize(raw);
    if (n.isEmpty()) {
      checks.add(field, "dns-name", "'" + raw + "' is not a valid DNS name for a certificate (letters, digits,"
          + " inner hyphens, at least two labels; '*' only as the whole left-most label)");
    }
    return n.map(s -> s.toLowerCase(Locale.ROOT));
  }
}
