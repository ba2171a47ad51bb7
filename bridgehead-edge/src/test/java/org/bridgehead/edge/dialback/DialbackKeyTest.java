package org.bridgehead.edge.dialback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialbackKeyTest {
  private final DialbackKey keys = new DialbackKey("s3cr3tf0rd14lb4ck");

  @Test
  void matchesThePublishedXep0185TestVector() {
    assertThat(keys.generate("xmpp.example.com", "example.org", "D60000229F"))
        .isEqualTo("37c69b1cf07a3f67c04a5ef5902fa5114f2c76fe4a2686482ba5b89323075643");
  }

  @Test
  void verifiesOnlyTheExactKeyForTheExactInputs() {
    String key = keys.generate("xmpp.example.com", "example.org", "D60000229F");
    assertThat(keys.verify("xmpp.example.com", "example.org", "D60000229F", key)).isTrue();
    assertThat(keys.verify("xmpp.example.com", "example.org", "D60000229F", " " + key + "\n")).isTrue();
    assertThat(keys.verify("xmpp.example.com", "example.org", "D60000229G", key)).isFalse();
    assertThat(keys.verify("example.org", "xmpp.example.com", "D60000229F", key)).isFalse();
    assertThat(keys.verify("xmpp.example.com", "example.org", "D60000229F", null)).isFalse();
    assertThat(new DialbackKey("another secret").verify("xmpp.example.com", "example.org", "D60000229F", key)).isFalse();
  }
}
