package org.bridgehead.gateway.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SipUriTest {
  @Test
  void parsesUserHostPortAndParameters() {
    SipUri u = SipUri.parse("<sip:alice@Contoso.TEST:5061;transport=tcp;lr>");
    assertThat(u.user()).isEqualTo("alice");
    assertThat(u.host()).isEqualTo("contoso.test");
    assertThat(u.port()).isEqualTo(5061);
    assertThat(u.param("Transport")).isEqualTo("tcp");
    assertThat(u.param("lr")).isEmpty();
    assertThat(u).hasToString("sip:alice@contoso.test:5061;transport=tcp;lr");
    assertThat(u.addressOfRecord()).hasToString("sip:alice@contoso.test");
  }

  @Test
  void userPartIsDecodedAndReencoded() {
    SipUri u = SipUri.parse("sip:j%C3%BCrgen%20x@example.test");
    assertThat(u.user()).isEqualTo("jürgen x");
    assertThat(u).hasToString("sip:j%C3%BCrgen%20x@example.test");
    assertThat(SipUri.of("a\"b", "example.test")).hasToString("sip:a%22b@example.test");
  }

  @Test
  void refusesWhatAnAddressNeverCarries() {
    assertThatThrownBy(() -> SipUri.parse("tel:+1555")).hasMessageContaining("not a sip");
    assertThatThrownBy(() -> SipUri.parse("sip:bob:secret@x.test")).hasMessageContaining("passwords");
    assertThatThrownBy(() -> SipUri.parse("sip:bob@x.test?subject=hi")).hasMessageContaining("headers");
    assertThatThrownBy(() -> SipUri.parse("sip:bob@x.test:99999")).hasMessageContaining("port");
    assertThatThrownBy(() -> SipUri.parse("sip:bo b@x.test")).hasMessageContaining("escaped");
    assertThatThrownBy(() -> SipUri.parse("sip:bob%2@x.test")).hasMessageContaining("escape");
    assertThatThrownBy(() -> SipUri.parse("sip:bob@")).hasMessageContaining("host");
  }

  @Test
  void sipsAndIpv6Hosts() {
    SipUri u = SipUri.parse("sips:[::1]:5061");
    assertThat(u.secure()).isTrue();
    assertThat(u.user()).isNull();
    assertThat(u.host()).isEqualTo("[::1]");
    assertThat(u.port()).isEqualTo(5061);
  }
}
