package org.bridgehead.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BacklogTest {
  @Test
  void fullAtHighReadyAgainAtLowEachWaiterToldOnce() {
    Backlog backlog = new Backlog(4, 2);
    AtomicInteger told = new AtomicInteger();
    for (int i = 0; i < 3; i++) backlog.taken();
    assertThat(backlog.ready(told::incrementAndGet)).isTrue();
    backlog.taken();
    assertThat(backlog.ready(told::incrementAndGet)).isFalse();
    assertThat(backlog.ready(told::incrementAndGet)).isFalse();
    backlog.handled(); // 3: still above low
    assertThat(told).hasValue(0);
    assertThat(backlog.ready(told::incrementAndGet)).isFalse();
    backlog.handled(); // 2: low
    assertThat(told).hasValue(3);
    assertThat(backlog.ready(told::incrementAndGet)).isTrue();
    backlog.handled();
    backlog.handled();
    assertThat(told).hasValue(3);
    assertThat(backlog.size()).isZero();
  }

  @Test
  void aWaiterThatCannotResumeDoesNotStrandTheOthers() {
    Backlog backlog = new Backlog(2, 1);
    AtomicInteger told = new AtomicInteger();
    backlog.taken();
    backlog.taken();
    assertThat(backlog.ready(() -> { throw new IllegalStateException("event loop stopped"); })).isFalse();
    assertThat(backlog.ready(told::incrementAndGet)).isFalse();
    backlog.handled();
    assertThat(told).hasValue(1);
  }

  @Test
  void boundsMustLeaveRoom() {
    assertThatThrownBy(() -> new Backlog(2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backlog(2, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void underConcurrentTakingAndHandlingNoWaiterIsForgotten() throws Exception {
    Backlog backlog = new Backlog(50, 25);
    AtomicInteger held = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(3);
    for (int i = 0; i < 100_000; i++) {
      backlog.taken();
      workers.execute(() -> {
        if (ThreadLocalRandom.current().nextInt(100) == 0) LockSupport.parkNanos(100_000); // workers fall behind now and then
        backlog.handled();
      });
      if (!backlog.ready(released::incrementAndGet)) held.incrementAndGet();
    }
    workers.shutdown();
    assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(backlog.size()).isZero();
    assertThat(held.get()).isPositive();
    assertThat(released).hasValue(held.get()); // everyone held back was told to go on
  }
}
