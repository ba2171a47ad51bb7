package org.bridgehead.management.validation;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.config.XmppPartner;

/**
 * Adapter between the store and the config module's partner validation. The config module's
 * {@code NegotiationMatrix}/{@code PartnerValidator} are not on this branch yet; until they are, this
 * delegates to {@link InterimMatrix}. Callers depend only on {@link #check}.
 */
public final class PartnerRules {
  private PartnerRules() {}

  /** Problems of one partner on its own: errors refuse the save, warnings are returned with it. */
  public record Outcome(List<Problem> errors, List<Problem> warnings) {}

  public static Outcome check(XmppPartner p) {
    String object = "xmpp-partner " + p.primaryDomain();
    Checks errors = new Checks(object);
    List<Problem> warnings = new ArrayList<>();
    InterimMatrix.Verdict v = InterimMatrix.evaluate(p.tls(), p.sasl(), p.dialback());
    switch (v.kind()) {
      case INVALID -> errors.add(v.field(), v.rule(), "matrix row " + v.row() + ": " + v.message());
      case WARNING -> warnings.add(new Problem(object, v.field(), v.rule(), "matrix row " + v.row() + ": " + v.message()));
      case OK -> { }
    }
    errors.fqdn(p.proxyFqdn(), "proxyFqdn", true);
    p.connectionLimit().ifPresent(n -> errors.range(n, 1, 100_000, "connectionLimit"));
    for (var d : p.additionalDomains()) {
      errors.require(!d.equals(p.primaryDomain()), "additionalDomains", "distinct-domains",
          d + " is the primary domain; it cannot also be an additional domain");
    }
    return new Outcome(errors.problems(), List.copyOf(warnings));
  }
}
