package org.bridgehead.bench.sut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchNetTest {
  @Test
  void onlyLoopbackPrefixesAreAccepted() {
    assertThat(BenchNet.net("127.0.7")).isEqualTo("127.0.7");
    assertThat(BenchNet.NET).isEqualTo("127.0.6");
    for (String bad : new String[] {"128.0.6", "127.0.256", "127.0.7.1", "127.0", "localhost"}) {
      assertThatThrownBy(() -> BenchNet.net(bad)).hasMessageContaining("loopback /24");
    }
  }
}
