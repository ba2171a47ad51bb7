package org.bridgehead.management.validation;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.config.MatrixVerdict;
import org.bridgehead.config.NegotiationMatrix;
import org.bridgehead.config.XmppPartner;

/**
 * The store's partner rules: the config module's {@link NegotiationMatrix} verdict, named by the rule
 * it applies so an API client can tell the refusals apart, plus the store's field checks.
 */
public final class PartnerRules {
  private PartnerRules() {}

  /** Problems of one partner on its own: errors refuse the save, warnings are returned with it. */
  public record Outcome(List<Problem> errors, List<Problem> warnings) {}

  public static Outcome check(XmppPartner p) {
    String object = "xmpp-partner " + p.primaryDomain();
    Checks errors = new Checks(object);
    List<Problem> warnings = new ArrayList<>();
    MatrixVerdict v = NegotiationMatrix.evaluate(p.tls(), p.sasl(), p.dialback());
    switch (v.verdict()) {
      case INVALID -> {
        boolean needsTls = v.message().startsWith(NegotiationMatrix.SASL_REQUIRES_TLS);
        errors.add(needsTls ? "sasl" : "dialback", needsTls ? "sasl-requires-tls" : "sasl-or-dialback",
            "matrix row " + v.row() + ": " + v.message());
      }
      case WARNING -> {
        boolean bothRequired = v.message().equals(NegotiationMatrix.BOTH_REQUIRED_WARNING);
        warnings.add(new Problem(object, bothRequired ? "dialback" : "tls",
            bothRequired ? "dialback-unused" : "sasl-tls-optional", "matrix row " + v.row() + ": " + v.message()));
      }
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
