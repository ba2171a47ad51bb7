package org.bridgehead.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.config.Negotiation.NOT_SUPPORTED;
import static org.bridgehead.config.Negotiation.OPTIONAL;
import static org.bridgehead.config.Negotiation.REQUIRED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bridgehead.config.MatrixVerdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NegotiationMatrixTest {

  @ParameterizedTest(name = "row {0}: TLS {1}, SASL {2}, dialback {3}")
  @CsvSource(delimiter = '|', textBlock = """
      1  | REQUIRED      | REQUIRED      | true  | SASL_EXTERNAL                            | WARNING | Dialback will not operate when both TLS and SASL are Required
      2  | REQUIRED      | REQUIRED      | false | SASL_EXTERNAL                            | OK      | ''
      3  | OPTIONAL      | REQUIRED      | true  | SASL_EXTERNAL TLS_DIALBACK TCP_DIALBACK  | WARNING | SASL requires TLS; TLS Optional may make negotiation fail
      4  | OPTIONAL      | REQUIRED      | false | SASL_EXTERNAL                            | WARNING | SASL requires TLS; TLS Optional may make negotiation fail
      5  | NOT_SUPPORTED | REQUIRED      | true  | TCP_DIALBACK                             | INVALID | SASL requires TLS support: SASL cannot be Required or Optional when TLS is NotSupported
      6  | NOT_SUPPORTED | REQUIRED      | false | ''                                       | INVALID | SASL requires TLS support: SASL cannot be Required or Optional when TLS is NotSupported, and dialback is off
      7  | REQUIRED      | OPTIONAL      | true  | SASL_EXTERNAL TLS_DIALBACK               | OK      | ''
      8  | REQUIRED      | OPTIONAL      | false | SASL_EXTERNAL                            | OK      | ''
      9  | OPTIONAL      | OPTIONAL      | true  | SASL_EXTERNAL TLS_DIALBACK TCP_DIALBACK  | WARNING | SASL requires TLS; TLS Optional may make negotiation fail
      10 | OPTIONAL      | OPTIONAL      | false | SASL_EXTERNAL                            | WARNING | SASL requires TLS; TLS Optional may make negotiation fail
      11 | NOT_SUPPORTED | OPTIONAL      | true  | TCP_DIALBACK                             | INVALID | SASL requires TLS support: SASL cannot be Required or Optional when TLS is NotSupported
      12 | NOT_SUPPORTED | OPTIONAL      | false | ''                                       | INVALID | SASL requires TLS support: SASL cannot be Required or Optional when TLS is NotSupported, and dialback is off
      13 | REQUIRED      | NOT_SUPPORTED | true  | TLS_DIALBACK                             | OK      | ''
      14 | REQUIRED      | NOT_SUPPORTED | false | ''                                       | INVALID | SASL or dialback must be enabled
      15 | OPTIONAL      | NOT_SUPPORTED | true  | TLS_DIALBACK TCP_DIALBACK                | OK      | ''
      16 | OPTIONAL      | NOT_SUPPORTED | false | ''                                       | INVALID | SASL or dialback must be enabled
      17 | NOT_SUPPORTED | NOT_SUPPORTED | true  | TCP_DIALBACK                             | OK      | ''
      18 | NOT_SUPPORTED | NOT_SUPPORTED | false | ''                                       | INVALID | SASL or dialback must be enabled
      """)
  void everyRowOfTheMatrix(int row, Negotiation tls, Negotiation sasl, boolean dialback, String methods,
      Verdict verdict, String message) {
    MatrixVerdict v = NegotiationMatrix.evaluate(tls, sasl, dialback);

    assertThat(v.row()).isEqualTo(row);
    assertThat(v.expectedMethods()).isEqualTo(parse(methods));
    assertThat(v.verdict()).isEqualTo(verdict);
    assertThat(v.message()).isEqualTo(message);
  }

  @Test
  void rowsFiveAndElevenAreRefusedByNameOfTheSeedRule() {
    assertThat(NegotiationMatrix.evaluate(NOT_SUPPORTED, REQUIRED, true).message()).startsWith("SASL requires TLS support");
    assertThat(NegotiationMatrix.evaluate(NOT_SUPPORTED, OPTIONAL, true).message()).startsWith("SASL requires TLS support");
  }

  @Test
  void rowsAreNumberedOneToEighteenInTableOrder() {
    assertThat(NegotiationMatrix.rows()).extracting(MatrixVerdict::row)
        .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(18).toList());
    int expected = 1;
    for (Negotiation sasl : Negotiation.values()) {
      for (Negotiation tls : Negotiation.values()) {
        assertThat(NegotiationMatrix.evaluate(tls, sasl, true).row()).isEqualTo(expected++);
        assertThat(NegotiationMatrix.evaluate(tls, sasl, false).row()).isEqualTo(expected++);
      }
    }
  }

  @Test
  void partnerDefaultsAreRowOne() {
    XmppPartner p = XmppPartner.builder(TestData.domain("fabrikam.test")).build();
    assertThat(NegotiationMatrix.evaluate(p).row()).isEqualTo(1);
  }

  private static Set<AuthMethod> parse(String methods) {
    if (methods.isBlank()) return Set.of();
    return Stream.of(methods.trim().split("\\s+")).map(AuthMethod::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuthMethod.class)));
  }
}
