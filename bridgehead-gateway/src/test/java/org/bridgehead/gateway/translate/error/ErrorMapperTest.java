package org.bridgehead.gateway.translate.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.StanzaErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of RFC 7247 §7.1 and §7.2, written out independently of the code's tables. */
class ErrorMapperTest {
  @ParameterizedTest(name = "<{0}/> -> {1}")
  @CsvSource({
      "bad-request, 400, 0", "conflict, 400, 0", "feature-not-implemented, 405, 501", "forbidden, 403, 0",
      "gone, 410, 301", "internal-server-error, 500, 0", "item-not-found, 404, 0", "jid-malformed, 400, 0",
      "not-acceptable, 406, 0", "not-allowed, 403, 0", "not-authorized, 401, 0", "policy-violation, 403, 0",
      "recipient-unavailable, 480, 0", "redirect, 302, 0", "registration-required, 400, 0",
      "remote-server-not-found, 404, 408", "remote-server-timeout, 408, 0", "resource-constraint, 500, 0",
      "service-unavailable, 503, 0", "subscription-required, 400, 0", "undefined-condition, 400, 0",
      "unexpected-request, 491, 400"})
  void xmppConditionToSip(String condition, int status, int alternative) {
    StanzaErrorCondition c = StanzaErrorCondition.fromElementName(condition).orElseThrow();
    assertThat(ErrorMapper.sipStatus(c)).isEqualTo(status);
    assertThat(ErrorMapper.sipStatus(StanzaError.of(c, "why"))).isEqualTo(status);
    assertThat(ErrorMapper.row(c).alternative()).isEqualTo(alternative);
    assertThat(ErrorMapper.row(c).when().isEmpty()).isEqualTo(alternative == 0);
  }

  @Test
  void firstTableCoversEveryConditionOnce() {
    assertThat(ErrorMapper.xmppToSipTable()).extracting(XmppToSipRow::condition)
        .containsExactly(StanzaErrorCondition.values());
  }

  @ParameterizedTest(name = "{0} -> <{1}/>")
  @CsvSource({
      "300, redirect", "301, redirect", "302, redirect", "305, redirect", "380, redirect",
      "400, bad-request", "401, not-authorized", "402, bad-request", "403, forbidden", "404, item-not-found",
      "405, feature-not-implemented", "406, not-acceptable", "407, not-authorized",
      "408, remote-server-timeout", "410, gone", "413, policy-violation", "414, policy-violation",
      "415, not-acceptable", "416, jid-malformed", "420, feature-not-implemented", "421, not-acceptable",
      "423, resource-constraint", "480, recipient-unavailable", "481, item-not-found",
      "482, not-acceptable", "483, not-acceptable", "484, item-not-found", "485, item-not-found",
      "486, recipient-unavailable", "487, service-unavailable", "488, not-acceptable",
      "489, policy-violation", "491, unexpected-request", "493, service-unavailable",
      "500, internal-server-error", "501, feature-not-implemented", "502, remote-server-not-found",
      "503, service-unavailable", "504, remote-server-timeout", "505, not-acceptable",
      "513, policy-violation", "600, service-unavailable", "603, service-unavailable",
      "604, item-not-found", "606, not-acceptable"})
  void sipStatusToXmpp(int status, String condition) {
    assertThat(ErrorMapper.xmppCondition(status).elementName()).isEqualTo(condition);
  }

  @Test
  void secondTableHasEveryCodeTestedAbove() {
    assertThat(ErrorMapper.sipToXmppTable()).hasSize(41);
  }

  @ParameterizedTest(name = "unlisted {0} reads as {1}")
  @CsvSource({"409, bad-request", "422, bad-request", "499, bad-request", "580, internal-server-error",
      "599, internal-server-error", "699, service-unavailable", "399, redirect"})
  void unlistedCodesReadAsTheirClassX00(int status, String condition) {
    assertThat(ErrorMapper.xmppCondition(status).elementName()).isEqualTo(condition);
  }

  @Test
  void successAndGarbageAreRefused() {
    for (int s : new int[] {100, 180, 200, 202, 299, 700, -1, 0}) {
      assertThatThrownBy(() -> ErrorMapper.xmppCondition(s)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a SIP error response");
    }
  }

  @Test
  void stanzaErrorCarriesTheSipCodeAsText() {
    StanzaError e = ErrorMapper.xmppError(486, " Busy Here ");
    assertThat(e.condition()).isEqualTo(StanzaErrorCondition.RECIPIENT_UNAVAILABLE);
    assertThat(e.type()).isEqualTo(StanzaErrorType.WAIT);
    assertThat(e.text()).isEqualTo("SIP 486 Busy Here");
    assertThat(ErrorMapper.xmppError(404, null).text()).isEqualTo("SIP 404");
  }

  @Test
  void rowsRefuseNonsense() {
    assertThatThrownBy(() -> new SipToXmppRow("2xx", StanzaErrorCondition.GONE)).hasMessageContaining("bad row key");
    assertThatThrownBy(() -> new SipToXmppRow("4x1", StanzaErrorCondition.GONE)).hasMessageContaining("bad row key");
    assertThatThrownBy(() -> new XmppToSipRow(StanzaErrorCondition.GONE, 200, 0, ""))
        .hasMessageContaining("not a SIP error code");
    assertThatThrownBy(() -> new XmppToSipRow(StanzaErrorCondition.GONE, 410, 99, ""))
        .hasMessageContaining("not a SIP error code");
  }
}
