package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** UDP requests awaiting their first answer are bounded; a sender past the bound waits for a turn. */
class UnansweredBoundTest {
  private static final SipTimers FAST = new SipTimers(40, 160, 200);
  /** Turns only answers give back: T1 of 1 s and no timer, so a slow test thread cannot race Timer E. */
  private static final SipTimers SLOW = new SipTimers(1000, 4000, 5000);
  private static final Destination UDP = new Destination(SipTransport.UDP, new InetSocketAddress("127.0.40.41", 5060), null);
  private static final Destination TCP = new Destination(SipTransport.TCP, new InetSocketAddress("127.0.40.41", 5060), null);

  /** A timer that never fires: no Timer E or F gives a turn back. */
  private static final Timer NEVER = new Timer() {
    @Override public Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
      return new Timeout() {
        @Override public Timer timer() { return null; }
        @Override public TimerTask task() { return task; }
        @Override public boolean isExpired() { return false; }
        @Override public boolean isCancelled() { return false; }
        @Override public boolean cancel() { return true; }
      };
    }

    @Override public Set<Timeout> stop() { return Set.of(); }
  };

  private final List<String> wire = new CopyOnWriteArrayList<>();
  private final HashedWheelTimer wheel = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);

  @AfterEach
  void stop() { wheel.stop(); }

  private ClientTransactions transactions(Timer timer, int turns) {
    return transactions(timer, FAST, turns);
  }

  private ClientTransactions transactions(Timer timer, SipTimers timers, int turns) {
    ClientTransactions t = new ClientTransactions((to, bytes, onFailure) -> wire.add(new String(bytes)), timer, timers,
        new Completions(Runnable::run));
    t.admitUnanswered(turns);
    return t;
  }

  private static SipMessage ok() { return new SipMessage(null, null, 200, "OK", List.of(), new byte[0]); }

  /** Sends on another thread, as a gateway worker does; the future appears once the send returned. */
  private static CompletableFuture<CompletableFuture<SipResponse>> sendAsync(ClientTransactions t, String branch) {
    return CompletableFuture.supplyAsync(() -> t.send(branch, "MESSAGE", branch.getBytes(), UDP));
  }

  @Test
  void aSenderPastTheBoundWaitsUntilAnEarlierRequestIsAnswered() throws Exception {
    ClientTransactions t = transactions(NEVER, SLOW, 2);
    t.send("b1", "MESSAGE", "b1".getBytes(), UDP);
    t.send("b2", "MESSAGE", "b2".getBytes(), UDP);
    assertThat(t.freeTurns()).isZero();
    var third = sendAsync(t, "b3");
    Thread.sleep(100);
    assertThat(wire).containsExactly("b1", "b2");
    assertThat(third).isNotDone();

    assertThat(t.response("b1", "MESSAGE", ok())).isTrue();
    CompletableFuture<SipResponse> answered = third.get(2, TimeUnit.SECONDS);
    assertThat(wire).contains("b3");
    assertThat(answered).isNotDone();
    assertThat(t.overdueAdmissions()).isZero();
  }

  @Test
  void waitingSendersGoOnTogetherOnceHalfTheTurnsAreBack() throws Exception {
    ClientTransactions t = transactions(NEVER, SLOW, 4);
    for (int i = 1; i <= 4; i++) t.send("b" + i, "MESSAGE", ("b" + i).getBytes(), UDP);
    var fifth = sendAsync(t, "b5");
    var sixth = sendAsync(t, "b6");
    t.response("b1", "MESSAGE", ok());
    Thread.sleep(100);
    assertThat(fifth).as("three still out: above half").isNotDone();
    assertThat(sixth).isNotDone();
    t.response("b2", "MESSAGE", ok());
    fifth.get(2, TimeUnit.SECONDS);
    sixth.get(2, TimeUnit.SECONDS);
    assertThat(wire).contains("b5", "b6");
    assertThat(t.freeTurns()).isZero();
  }

  @Test
  void aRetransmissionFreesTheTurnOfASlowDevice() throws Exception {
    ClientTransactions t = transactions(wheel, 1);
    t.send("slow", "MESSAGE", "slow".getBytes(), UDP);
    long start = System.nanoTime();
    sendAsync(t, "next").get(2, TimeUnit.SECONDS);
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(wire).startsWith("slow").contains("next");
    // Timer E (T1, on a wheel of 10 ms ticks) gave the turn back: the sender waited, but not the two T1 of an overdue one
    assertThat(waited).isGreaterThanOrEqualTo(FAST.t1() / 2).isLessThan(2 * FAST.t1());
    assertThat(t.overdueAdmissions()).isZero();
  }

  @Test
  void aProvisionalResponseIsAnAnswer() {
    ClientTransactions t = transactions(NEVER, SLOW, 1);
    t.send("b1", "MESSAGE", "b1".getBytes(), UDP);
    t.response("b1", "MESSAGE", new SipMessage(null, null, 100, "Trying", List.of(), new byte[0]));
    assertThat(t.freeTurns()).isEqualTo(1);
    t.response("b1", "MESSAGE", ok());
    assertThat(t.freeTurns()).as("the turn is given back once").isEqualTo(1);
  }

  @Test
  void withoutAnyAnswerOrTimerTheSenderGoesOnAfterTwoT1AndNothingIsLost() throws Exception {
    ClientTransactions t = transactions(NEVER, FAST, 1);
    t.send("b1", "MESSAGE", "b1".getBytes(), UDP);
    long start = System.nanoTime();
    t.send("b2", "MESSAGE", "b2".getBytes(), UDP);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(2 * FAST.t1() - 5);
    assertThat(wire).containsExactly("b1", "b2");
    assertThat(t.overdueAdmissions()).isEqualTo(1);
    assertThat(t.freeTurns()).isZero();
  }

  @Test
  void streamsAreNotBounded() {
    ClientTransactions t = transactions(wheel, 1);
    for (int i = 0; i < 5; i++) t.send("t" + i, "MESSAGE", ("t" + i).getBytes(), TCP);
    assertThat(wire).hasSize(5);
    assertThat(t.freeTurns()).isEqualTo(1);
  }

  @Test
  void theBoundFollowsTheReceiveBufferTheKernelGranted() {
    assertThat(ClientTransactions.unansweredFor(2 * SipEndpointSettings.UDP_BUFFER_BYTES)).isEqualTo(2048);
    assertThat(ClientTransactions.unansweredFor(425_984)).isEqualTo(104); // rmem_max left at its 208 KiB default
    assertThat(ClientTransactions.unansweredFor(4096)).isEqualTo(ClientTransactions.MIN_UNANSWERED);
    NettySipEndpoint endpoint = new NettySipEndpoint(SipEndpointSettings.plain("127.0.40.42", 0));
    try {
      assertThat(endpoint.freeTurns()).as("unbounded before the socket is bound").isEqualTo(-1);
      endpoint.start(r -> r.respond(200, "OK"));
      assertThat(endpoint.freeTurns()).isGreaterThanOrEqualTo(ClientTransactions.MIN_UNANSWERED);
    } finally {
      endpoint.close();
    }
  }
}
