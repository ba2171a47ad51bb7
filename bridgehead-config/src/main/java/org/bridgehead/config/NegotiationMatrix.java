package org.bridgehead.config;

import static org.bridgehead.config.AuthMethod.SASL_EXTERNAL;
import static org.bridgehead.config.AuthMethod.TCP_DIALBACK;
import static org.bridgehead.config.AuthMethod.TLS_DIALBACK;
import static org.bridgehead.config.MatrixVerdict.Verdict.INVALID;
import static org.bridgehead.config.MatrixVerdict.Verdict.OK;
import static org.bridgehead.config.MatrixVerdict.Verdict.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The 18-row negotiation matrix of SPEC §2: which authentication methods a partner's TLS, SASL and
 * dialback settings lead to, and whether the combination is allowed.
 *
 * <p>Rows are numbered as in Microsoft's table: SASL Required (1–6), Optional (7–12), NotSupported
 * (13–18); within each, TLS Required, Optional, NotSupported; within each, dialback on then off. Rows 5
 * and 11 are refused although the table only warns, because the seeds' rule "SASL requires TLS support"
 * is stricter.
 */
public final class NegotiationMatrix {

  /** Row 1's warning. */
  public static final String BOTH_REQUIRED_WARNING =
      "Dialback will not operate when both TLS and SASL are Required";
  /** Warning W1. */
  public static final String W1 = "SASL requires TLS; TLS Optional may make negotiation fail";
  /** The seeds' rule (seed 003), named in the message of every row it refuses. */
  public static final String SASL_REQUIRES_TLS = "SASL requires TLS support";

  private static final String SASL_NEEDS_TLS_MESSAGE =
      SASL_REQUIRES_TLS + ": SASL cannot be Required or Optional when TLS is NotSupported";
  private static final String NO_METHOD_MESSAGE = SASL_REQUIRES_TLS
      + ": SASL cannot be Required or Optional when TLS is NotSupported, and dialback is off";
  private static final String SASL_OR_DIALBACK_MESSAGE = "SASL or dialback must be enabled";

  private static final List<MatrixVerdict> ROWS = List.of(
      row(1, methods(SASL_EXTERNAL), WARNING, BOTH_REQUIRED_WARNING),
      row(2, methods(SASL_EXTERNAL), OK, ""),
      row(3, methods(SASL_EXTERNAL, TLS_DIALBACK, TCP_DIALBACK), WARNING, W1),
      row(4, methods(SASL_EXTERNAL), WARNING, W1),
      row(5, methods(TCP_DIALBACK), INVALID, SASL_NEEDS_TLS_MESSAGE),
      row(6, methods(), INVALID, NO_METHOD_MESSAGE),
      row(7, methods(SASL_EXTERNAL, TLS_DIALBACK), OK, ""),
      row(8, methods(SASL_EXTERNAL), OK, ""),
      row(9, methods(SASL_EXTERNAL, TLS_DIALBACK, TCP_DIALBACK), WARNING, W1),
      row(10, methods(SASL_EXTERNAL), WARNING, W1),
      row(11, methods(TCP_DIALBACK), INVALID, SASL_NEEDS_TLS_MESSAGE),
      row(12, methods(), INVALID, NO_METHOD_MESSAGE),
      row(13, methods(TLS_DIALBACK), OK, ""),
      row(14, methods(), INVALID, SASL_OR_DIALBACK_MESSAGE),
      row(15, methods(TLS_DIALBACK, TCP_DIALBACK), OK, ""),
      row(16, methods(), INVALID, SASL_OR_DIALBACK_MESSAGE),
      row(17, methods(TCP_DIALBACK), OK, ""),
      row(18, methods(), INVALID, SASL_OR_DIALBACK_MESSAGE));

  private NegotiationMatrix() {}

  public static MatrixVerdict evaluate(Negotiation tls, Negotiation sasl, boolean dialback) {
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(sasl, "sasl");
    int row = 6 * sasl.ordinal() + 2 * tls.ordinal() + (dialback ? 1 : 2);
    return ROWS.get(row - 1);
  }

  /** The verdict for a partner's settings. */
  public static MatrixVerdict evaluate(XmppPartner partner) {
    return evaluate(partner.tls(), partner.sasl(), partner.dialback());
  }

  /** All 18 rows in order. */
  public static List<MatrixVerdict> rows() { return ROWS; }

  private static MatrixVerdict row(int n, Set<AuthMethod> methods, MatrixVerdict.Verdict v, String message) {
    return new MatrixVerdict(n, methods, v, message);
  }

  private static Set<AuthMethod> methods(AuthMethod... m) {
    return m.length == 0 ? Set.of() : EnumSet.copyOf(List.of(m));
  }
}
