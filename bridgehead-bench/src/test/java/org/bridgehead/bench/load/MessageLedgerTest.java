package org.bridgehead.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLedgerTest {
  @Test
  void countsLossDuplicatesAndForeignBodies() {
    MessageLedger ledger = new MessageLedger();
    Probe a = ledger.next(System.nanoTime());
    Probe b = ledger.next(System.nanoTime());
    ledger.next(System.nanoTime()); // never arrives
    ledger.received(a.body());
    ledger.received(a.body());
    ledger.received("prefix " + b.body());
    ledger.received("hello");
    ledger.received("bench 99 0"); // a sequence number never sent
    MessageLedger.Counts c = ledger.counts();
    assertThat(c.sent()).isEqualTo(3);
    assertThat(c.received()).isEqualTo(2);
    assertThat(c.duplicates()).isEqualTo(1);
    assertThat(c.foreign()).isEqualTo(2);
    assertThat(c.lost()).isEqualTo(1);
    assertThat(ledger.takeLatency().getTotalCount()).isEqualTo(2);
  }

  @Test
  void externalSendersNumberFromTheirFirstSequence() {
    MessageLedger ledger = new MessageLedger();
    ledger.sentExternally(1, 3);
    ledger.received("bench 1 0");
    ledger.received("bench 3 0");
    ledger.received("bench 4 0");
    assertThat(ledger.counts()).isEqualTo(new MessageLedger.Counts(3, 2, 0, 1));
    assertThat(ledger.takeLatency().getTotalCount()).isZero(); // SIPp measures its own latency
  }

  @Test
  void probeBodiesRoundTripAndJunkIsRefused() {
    assertThat(Probe.parse(new Probe(42, 7).body())).isEqualTo(new Probe(42, 7));
    assertThat(Probe.parse("bench x y")).isNull();
    assertThat(Probe.parse("bench 1")).isNull();
    assertThat(Probe.parse(null)).isNull();
  }
}
