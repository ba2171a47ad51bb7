package org.bridgehead.edge.policy;

import java.util.EnumSet;
import java.util.Set;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.MatrixVerdict;
import org.bridgehead.config.NegotiationMatrix;
import org.bridgehead.config.XmppPartner;

/**
 * Which authentication methods a partner may use on a stream in its current TLS state: the methods
 * of the partner's row of the negotiation matrix (SPEC §2) that the stream can still perform. Pure.
 */
public final class AuthPolicy {
  private AuthPolicy() {}

  public static Set<AuthMethod> allowed(XmppPartner partner, boolean tlsActive) {
    MatrixVerdict verdict = NegotiationMatrix.evaluate(partner.tls(), partner.sasl(), partner.dialback());
    Set<AuthMethod> out = EnumSet.noneOf(AuthMethod.class);
    if (verdict.verdict() == MatrixVerdict.Verdict.INVALID) return out;
    for (AuthMethod m : verdict.expectedMethods()) {
      boolean possible = switch (m) {
        case SASL_EXTERNAL, TLS_DIALBACK -> tlsActive;
        case TCP_DIALBACK -> !tlsActive;
      };
      if (possible) out.add(m);
    }
    return out;
  }

  /** The dialback method this stream would use, if dialback is allowed in its TLS state. */
  public static boolean dialbackAllowed(XmppPartner partner, boolean tlsActive) {
    return allowed(partner, tlsActive).contains(tlsActive ? AuthMethod.TLS_DIALBACK : AuthMethod.TCP_DIALBACK);
  }

  public static AuthMethod dialbackMethod(boolean tlsActive) {
    return tlsActive ? AuthMethod.TLS_DIALBACK : AuthMethod.TCP_DIALBACK;
  }

  /** Explains to an operator why a method is not allowed, naming the partner's settings. */
  public static String refusal(XmppPartner partner, AuthMethod wanted, boolean tlsActive) {
    return wanted + " is not allowed for partner " + partner.primaryDomain() + " (TLS " + partner.tls()
        + ", SASL " + partner.sasl() + ", dialback " + partner.dialback() + ", stream "
        + (tlsActive ? "encrypted" : "not encrypted") + "); allowed here: " + allowed(partner, tlsActive);
  }
}
