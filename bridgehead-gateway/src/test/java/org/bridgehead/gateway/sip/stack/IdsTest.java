package org.bridgehead.gateway.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsHaveTheirShapeAndNeverRepeatAcrossBlockRefills() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) { // many 512-byte blocks
      String branch = Ids.branch();
      assertThat(branch).matches("z9hG4bK[0-9a-f]{20}");
      assertThat(Ids.tag()).matches("[0-9a-f]{16}");
      assertThat(Ids.callId()).matches("[0-9a-f]{32}@bridgehead");
      assertThat(seen.add(branch)).isTrue();
    }
    assertThat(Ids.random(2000)).matches("[0-9a-f]{4000}"); // larger than a block
  }

  @Test
  void threadsDrawDifferentIds() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      pool.execute(() -> {
        for (int i = 0; i < 5_000; i++) seen.add(Ids.tag());
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).hasSize(20_000);
  }
}
