package org.bridgehead.edge.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyTargetTest {
  @ParameterizedTest
  @CsvSource({
      "proxy.example.test,            proxy.example.test, 5269",
      "' proxy.example.test.:5270 ',  proxy.example.test, 5270",
      "127.0.60.5:5280,                127.0.60.5,          5280",
      "[::1]:5281,            ::1,        5281",
      "[::1],                 ::1,        5269",
      "::1,                   ::1,        5269"})
  void parsesTheAcceptedForms(String proxyFqdn, String host, int port) {
    assertThat(ProxyTarget.parse(proxyFqdn, 5269)).contains(new SrvTarget(host, port, 0, 0, false));
  }

  @Test
  void nullOrBlankMeansNoOverride() {
    assertThat(ProxyTarget.parse(null, 5269)).isEmpty();
    assertThat(ProxyTarget.parse("  ", 5269)).isEmpty();
  }

  @Test
  void rejectsBadPortsAndHosts() {
    assertThatThrownBy(() -> ProxyTarget.parse("proxy.example.test:0", 5269))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> ProxyTarget.parse("proxy.example.test:x", 5269))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProxyTarget.parse(":5269", 5269))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProxyTarget.parse("[::1]x", 5269))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
