package org.bridgehead.edge.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProxyTargetTest {
  @Test
  void parsesTheAcceptedForms() {
    assertThat(ProxyTarget.parse("proxy.example.test", 5269))
        .contains(new SrvTarget("proxy.example.test", 5269, 0, 0, false));
    assertThat(ProxyTarget.parse(" proxy.example.test.:5270 ", 5269))
        .contains(new SrvTarget("proxy.example.test", 5270, 0, 0, false));
    assertThat(ProxyTarget.parse("192.0.2.5:5280", 5269))
        .contains(new SrvTarget("192.0.2.5", 5280, 0, 0, false));
    assertThat(ProxyTarget.parse("[2001:db8::5]:5281", 5269))
        .contains(new SrvTarget("2001:db8::5", 5281, 0, 0, false));
    assertThat(ProxyTarget.parse("[2001:db8::5]", 5269))
        .contains(new SrvTarget("2001:db8::5", 5269, 0, 0, false));
    assertThat(ProxyTarget.parse("2001:db8::5", 5269))
        .contains(new SrvTarget("2001:db8::5", 5269, 0, 0, false));
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
    assertThatThrownBy(() -> ProxyTarget.parse("[2001:db8::5]x", 5269))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
