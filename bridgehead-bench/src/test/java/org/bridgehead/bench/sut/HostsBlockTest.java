package org.bridgehead.bench.sut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostsBlockTest {
  @Test
  void replacesOnlyItsOwnBlock() {
    String before = "127.0.0.1 localhost\n" + HostsBlock.BEGIN + "\n127.0.6.9 old.test\n" + HostsBlock.END + "\n::1 ip6\n";
    String after = HostsBlock.replace(before, Map.of("127.0.6.100", List.of("g0.benchgen.test", "g1.benchgen.test")));
    assertThat(after).isEqualTo("127.0.0.1 localhost\n::1 ip6\n" + HostsBlock.BEGIN
        + "\n127.0.6.100 g0.benchgen.test g1.benchgen.test\n" + HostsBlock.END + "\n");
    assertThat(HostsBlock.replace(after, Map.of("127.0.6.100", List.of("g0.benchgen.test", "g1.benchgen.test")))).isEqualTo(after);
  }

  @Test
  void refusesNonLoopbackAddresses() {
    assertThatThrownBy(() -> HostsBlock.replace("", Map.of("bench-host", List.of("x.test")))).hasMessageContaining("loopback");
  }
}
