package org.bridgehead.management.validation;

import static org.bridgehead.config.Negotiation.NOT_SUPPORTED;
import static org.bridgehead.config.Negotiation.OPTIONAL;
import static org.bridgehead.config.Negotiation.REQUIRED;

import org.bridgehead.config.Negotiation;

/**
 * Stand-in for the config module's NegotiationMatrix (SPEC §2, 18 rows) until that lands on main; to be
 * deleted then. Rows 5 and 11 are refused, as SPEC asks: SASL needs TLS.
 */
final class InterimMatrix {
  private InterimMatrix() {}

  enum Kind { OK, WARNING, INVALID }

  record Verdict(int row, Kind kind, String field, String rule, String message) {}

  static Verdict evaluate(Negotiation tls, Negotiation sasl, boolean dialback) {
    int row = sasl.ordinal() * 6 + tls.ordinal() * 2 + (dialback ? 1 : 2);
    if (sasl.allowed() && tls == NOT_SUPPORTED) {
      return new Verdict(row, Kind.INVALID, "sasl", "sasl-requires-tls",
          "SASL negotiation must have TLS support: TLS is NotSupported while SASL is " + sasl);
    }
    if (sasl == NOT_SUPPORTED && !dialback) {
      return new Verdict(row, Kind.INVALID, "dialback", "sasl-or-dialback",
          "SASL or server dialback must be enabled");
    }
    if (tls == OPTIONAL && sasl.allowed()) {
      return new Verdict(row, Kind.WARNING, "tls", "sasl-tls-optional",
          "SASL requires TLS; TLS Optional may make negotiation fail");
    }
    if (tls == REQUIRED && sasl == REQUIRED && dialback) {
      return new Verdict(row, Kind.WARNING, "dialback", "dialback-unused",
          "dialback will not operate when TLS and SASL are both required");
    }
    return new Verdict(row, Kind.OK, "", "", "");
  }
}
