package org.bridgehead.gateway.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.gateway.GatewayOptions;
import org.bridgehead.gateway.sip.stack.jain.JainSipEndpoint;
import org.bridgehead.gateway.sip.stack.netty.NettySipEndpoint;
import org.junit.jupiter.api.Test;

class SipStackKindTest {
  @Test
  void nettyIsTheDefaultAndJainStaysSelectable() {
    GatewayOptions options = GatewayOptions.selfContained(SipEndpointSettings.plain("127.0.40.60", 0));
    assertThat(options.stack()).isEqualTo(SipStackKind.NETTY);
    assertThat(options.withStack(SipStackKind.of("JAIN")).stack()).isEqualTo(SipStackKind.JAIN);
    try (SipEndpoint netty = SipStackKind.of(" netty ").create(options.sip());
         SipEndpoint jain = SipStackKind.JAIN.create(options.sip())) {
      assertThat(netty).isInstanceOf(NettySipEndpoint.class);
      assertThat(jain).isInstanceOf(JainSipEndpoint.class);
    }
  }

  @Test
  void anUnknownStackIsNamed() {
    assertThatThrownBy(() -> SipStackKind.of("pjsip")).hasMessage("unknown SIP stack 'pjsip' (netty or jain)");
    assertThatThrownBy(() -> SipStackKind.of(null)).hasMessageContaining("netty or jain");
  }
}
