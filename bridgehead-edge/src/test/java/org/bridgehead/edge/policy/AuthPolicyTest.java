package org.bridgehead.edge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.XmppPartner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxmpp.jid.impl.JidCreate;

/** What each matrix row allows on a stream, before and after TLS. */
class AuthPolicyTest {
  @ParameterizedTest(name = "TLS {0}, SASL {1}, dialback {2}")
  @CsvSource({
      // tls, sasl, dialback, allowed without TLS, allowed with TLS
      "REQUIRED,      REQUIRED,      false, '',           'SASL_EXTERNAL'",
      "REQUIRED,      OPTIONAL,      true,  '',           'SASL_EXTERNAL TLS_DIALBACK'",
      "REQUIRED,      NOT_SUPPORTED, true,  '',           'TLS_DIALBACK'",
      "OPTIONAL,      NOT_SUPPORTED, true,  'TCP_DIALBACK', 'TLS_DIALBACK'",
      "OPTIONAL,      OPTIONAL,      true,  'TCP_DIALBACK', 'SASL_EXTERNAL TLS_DIALBACK'",
      "NOT_SUPPORTED, NOT_SUPPORTED, true,  'TCP_DIALBACK', ''",
      "NOT_SUPPORTED, NOT_SUPPORTED, false, '',           ''",
      "REQUIRED,      NOT_SUPPORTED, false, '',           ''",
      "NOT_SUPPORTED, REQUIRED,      true,  '',           ''",
  })
  void allowedMethodsFollowTheMatrixRowAndTheStreamsTlsState(Negotiation tls, Negotiation sasl, boolean dialback,
      String withoutTls, String withTls) throws Exception {
    XmppPartner p = XmppPartner.builder(JidCreate.domainBareFrom("fabrikam.test")).tls(tls).sasl(sasl).dialback(dialback).build();
    assertThat(AuthPolicy.allowed(p, false)).isEqualTo(methods(withoutTls));
    assertThat(AuthPolicy.allowed(p, true)).isEqualTo(methods(withTls));
  }

  private static Set<AuthMethod> methods(String names) {
    if (names.isBlank()) return Set.of();
    return java.util.Arrays.stream(names.trim().split(" ")).map(AuthMethod::valueOf).collect(java.util.stream.Collectors.toSet());
  }
}
