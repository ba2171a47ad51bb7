package org.bridgehead.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SipTextTest {
  private static final String MESSAGE = "MESSAGE sip:rcpt@127.0.6.11 SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP 127.0.6.10:5060;branch=z9hG4bK1\r\n"
      + "v: SIP/2.0/UDP 127.0.6.9:5060;branch=z9hG4bK0\r\n"
      + "f: <sip:load@g1.benchgen.test>;tag=a\r\n"
      + "To: <sip:rcpt@bh.bench.test>\r\n"
      + "i: abc@host\r\nCSeq: 7 MESSAGE\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nbench 1 2\n";

  @Test
  void answers200CopyingViaFromCallIdCseqAndTaggingTo() {
    SipText t = SipText.parse(MESSAGE);
    assertThat(t.method()).isEqualTo("MESSAGE");
    assertThat(t.body()).isEqualTo("bench 1 2\n");
    assertThat(t.transaction()).isEqualTo("z9hG4bK1 MESSAGE"); // the top Via's branch: a retransmission repeats it
    assertThat(t.okResponse()).isEqualTo("SIP/2.0 200 OK\r\n"
        + "Via: SIP/2.0/UDP 127.0.6.10:5060;branch=z9hG4bK1\r\n"
        + "Via: SIP/2.0/UDP 127.0.6.9:5060;branch=z9hG4bK0\r\n"
        + "From: <sip:load@g1.benchgen.test>;tag=a\r\n"
        + "Call-ID: abc@host\r\nCSeq: 7 MESSAGE\r\n"
        + "To: <sip:rcpt@bh.bench.test>;tag=bench\r\nContent-Length: 0\r\n\r\n");
  }

  @Test
  void theBranchIsTheFirstViaValuesEvenWithSpacesAroundTheEqualsSign() {
    String folded = MESSAGE.replace("Via: SIP/2.0/UDP 127.0.6.10:5060;branch=z9hG4bK1\r\n",
        "Via: SIP/2.0/UDP 127.0.6.10:5060;rport;branch = z9hG4bK1 , SIP/2.0/UDP 127.0.6.8;branch=z9hG4bK9\r\n");
    assertThat(SipText.parse(folded).transaction()).isEqualTo("z9hG4bK1 MESSAGE");
    String secondOnly = MESSAGE.replace("Via: SIP/2.0/UDP 127.0.6.10:5060;branch=z9hG4bK1\r\n",
        "Via: SIP/2.0/UDP 127.0.6.10:5060, SIP/2.0/UDP 127.0.6.8;branch=z9hG4bK9\r\n").replace("v: SIP/2.0/UDP 127.0.6.9:5060;branch=z9hG4bK0\r\n", "");
    assertThatThrownBy(() -> SipText.parse(secondOnly)).hasMessageContaining("without a Via branch");
  }

  @Test
  void refusesWhatIsNotARequest() {
    assertThatThrownBy(() -> SipText.parse("hello\r\n\r\n")).hasMessageContaining("not a SIP request");
    assertThatThrownBy(() -> SipText.parse("MESSAGE sip:a@b SIP/2.0\r\nVia: x\r\n\r\n")).hasMessageContaining("without To");
    assertThatThrownBy(() -> SipText.parse("MESSAGE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nTo: <sip:a@b>\r\n\r\n"))
        .hasMessageContaining("without a Via branch");
  }
}
