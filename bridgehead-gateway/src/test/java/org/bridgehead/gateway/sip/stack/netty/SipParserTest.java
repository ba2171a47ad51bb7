package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SipParserTest {
  static final int MAX = 4096;

  static SipMessage udp(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return SipParser.parse(b, 0, b.length, true, MAX);
  }

  static SipMessage tcp(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return SipParser.parse(b, 0, b.length, false, MAX);
  }

  static final String HEAD = "MESSAGE sip:bob@contoso.test SIP/2.0\r\n"
      + "v: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1, SIP/2.0/TCP 127.0.0.2;branch=z9hG4bK2\r\n"
      + "f: \"Alice, A\" <sip:alice@contoso.test>;tag=a\r\n"
      + "t: <sip:bob@contoso.test>\r\n"
      + "i: call-1\r\n"
      + "CSEQ: 1 MESSAGE\r\n"
      + "m: <sip:a@127.0.0.1;x=\"1,2\">, \"B, b\" <sip:b@127.0.0.1>\r\n"
      + "Subject: hello,\r\n  world\r\n"
      + "k: path, timer\r\n"
      + "c: text/plain\r\n";

  @Test
  void compactFormsFoldingAndListsAreExpanded() {
    SipMessage m = udp(HEAD + "l: 5\r\n\r\nhello");
    assertThat(m.method()).isEqualTo("MESSAGE");
    assertThat(m.uri()).isEqualTo("sip:bob@contoso.test");
    assertThat(m.headers()).extracting(Map.Entry::getKey).containsExactly("Via", "Via", "From", "To", "Call-ID",
        "CSeq", "Contact", "Contact", "Subject", "Supported", "Supported", "Content-Type", "Content-Length");
    assertThat(m.first("via")).isEqualTo("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1");
    assertThat(m.first("From")).isEqualTo("\"Alice, A\" <sip:alice@contoso.test>;tag=a");
    assertThat(m.headers().get(6).getValue()).isEqualTo("<sip:a@127.0.0.1;x=\"1,2\">");
    assertThat(m.headers().get(7).getValue()).isEqualTo("\"B, b\" <sip:b@127.0.0.1>");
    assertThat(m.first("Subject")).isEqualTo("hello, world");
    assertThat(new String(m.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
  }

  @Test
  void aDatagramWithoutContentLengthCarriesTheRestAsBody() {
    assertThat(udp(HEAD + "\r\nrest of it").body()).asString(StandardCharsets.UTF_8).isEqualTo("rest of it");
    assertThat(udp(HEAD + "Content-Length: 4\r\n\r\nrest of it").body()).asString(StandardCharsets.UTF_8)
        .isEqualTo("rest");
  }

  @Test
  void contentLengthFaultsAreNamed() {
    assertThatThrownBy(() -> tcp(HEAD + "\r\nbody")).hasMessageContaining("Content-Length is required");
    assertThatThrownBy(() -> udp(HEAD + "Content-Length: -1\r\n\r\n")).hasMessageContaining("bad Content-Length '-1'");
    assertThatThrownBy(() -> udp(HEAD + "Content-Length: 99\r\n\r\nshort")).hasMessageContaining("exceeds the 5 bytes");
    assertThatThrownBy(() -> udp(HEAD + "Content-Length: 1\r\nl: 2\r\n\r\nab")).hasMessageContaining("conflicting");
    assertThatThrownBy(() -> udp(HEAD + "Content-Length: x\r\n\r\n")).isInstanceOf(SipParseException.class);
  }

  @Test
  void aStatusLineIsRead() {
    SipMessage m = udp("SIP/2.0 404 Not Here At All\r\nVia: SIP/2.0/UDP 127.0.60.4\r\nContent-Length: 0\r\n\r\n");
    assertThat(m.isRequest()).isFalse();
    assertThat(m.status()).isEqualTo(404);
    assertThat(m.reason()).isEqualTo("Not Here At All");
  }

  @Test
  void oversizedMessagesAreRefused() {
    String big = HEAD + "X-Pad: " + "a".repeat(MAX) + "\r\n\r\n";
    assertThatThrownBy(() -> udp(big)).hasMessageContaining("exceeds the limit of " + MAX);
  }

  @Test
  void garbageGivesClearFaults() {
    assertThatThrownBy(() -> udp("")).hasMessage("empty message");
    assertThatThrownBy(() -> udp("\r\n\r\n")).hasMessage("empty message");
    assertThatThrownBy(() -> udp("hello")).hasMessageContaining("no empty line");
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b SIP/3.0\r\n\r\n")).hasMessageContaining("unsupported SIP version")
        .extracting(e -> ((SipParseException) e).status()).isEqualTo(505);
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b HTTP/1.1\r\n\r\n")).hasMessageContaining("unsupported SIP version")
        .extracting(e -> ((SipParseException) e).status()).isEqualTo(400);
    assertThatThrownBy(() -> udp("hello")).extracting(e -> ((SipParseException) e).status()).isEqualTo(400);
    assertThatThrownBy(() -> udp("MESSAGE  sip:a@b SIP/2.0\r\n\r\n")).hasMessageContaining("bad request line");
    assertThatThrownBy(() -> udp("SIP/2.0 2000 OK\r\n\r\n")).hasMessageContaining("bad status line");
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b SIP/2.0\r\nNoColon\r\n\r\n")).hasMessageContaining("without colon");
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b SIP/2.0\r\nBad Name: x\r\n\r\n")).hasMessageContaining("bad header name");
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b SIP/2.0\r\n continued\r\n\r\n")).hasMessageContaining("continuation");
    assertThatThrownBy(() -> udp("MESSAGE sip:a@b SIP/2.0\r\nContact: \"open, <sip:x>\r\n\r\n"))
        .hasMessageContaining("unterminated quoted string");
  }

  @Test
  void anEmptyListHeaderIsKeptEmpty() {
    // baresip sends "Supported:" without option tags; RFC 3261 §20.37 allows it
    assertThat(udp("MESSAGE sip:a@b SIP/2.0\r\nSupported:\r\nk: ,\r\n\r\n").headers())
        .containsExactly(Map.entry("Supported", ""), Map.entry("Supported", ""));
  }

  @Test
  void writtenMessagesParseBack() {
    SipMessage m = udp(HEAD + "l: 5\r\n\r\nhello");
    byte[] again = SipWriter.write(m);
    SipMessage back = SipParser.parse(again, 0, again.length, false, MAX);
    assertThat(back.headers()).isEqualTo(m.headers());
    assertThat(back.body()).isEqualTo(m.body());
  }

  @Test
  void viaIsReadAndStamped() {
    Via via = Via.parse("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKx;rport;received=127.0.60.9");
    assertThat(via.port()).isEqualTo(5070);
    assertThat(via.rfc3261Branch()).isTrue();
    assertThat(via.stamped("127.0.0.9", 4000))
        .isEqualTo("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKx;rport=4000;received=127.0.0.9");
    Via plain = Via.parse("SIP/2.0/TLS [::1];branch=1");
    assertThat(plain.address()).isEqualTo("::1");
    assertThat(plain.portOrDefault()).isEqualTo(5061);
    assertThat(plain.stamped("::1", 1)).isEqualTo("SIP/2.0/TLS [::1];branch=1");
    assertThat(plain.stamped("::2", 1)).isEqualTo("SIP/2.0/TLS [::1];branch=1;received=::2");
    assertThatThrownBy(() -> Via.parse("SIP/2.0/SCTP 127.0.60.4")).hasMessageContaining("unsupported Via transport");
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP 127.0.60.4:99999")).hasMessageContaining("bad Via");
    assertThatThrownBy(() -> Via.parse("garbage")).hasMessageContaining("bad Via");
  }

  @Test
  void viaParametersAreFoundWhateverTheirSpacingAndCase() {
    assertThat(Via.param(";branch=z9hG4bK1;rport", "branch")).isEqualTo("z9hG4bK1");
    assertThat(Via.param(" ; BRANCH = z9hG4bK2 ; rport", "branch")).isEqualTo("z9hG4bK2");
    assertThat(Via.param(";rport;received=127.0.60.9", "rport")).isEqualTo("");
    assertThat(Via.param(";rport=5060", "rport")).isEqualTo("5060");
    assertThat(Via.param(";branchx=1;xbranch=2", "branch")).isNull();
    assertThat(Via.param("", "branch")).isNull();
    assertThat(Via.param(";;branch=3;", "branch")).isEqualTo("3");
    assertThat(Via.parse("SIP/2.0/UDP 127.0.0.1 ; branch=z9hG4bK3 ; rport").branch()).isEqualTo("z9hG4bK3");
  }

  @Test
  void headerParametersAreFoundAfterTheAddress() {
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x;tag=no>;tag=yes", "tag")).contains("yes");
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x> ; TAG=\"q\" ;lr", "tag")).contains("q");
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x>;lr;tag=1", "lr")).contains("");
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x>;tags=1;xtag=2", "tag")).isEmpty();
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("sip:b@x;tag=2", "tag")).contains("2");
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x>;", "tag")).isEmpty();
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.param("<sip:b@x>;tag = 7 ;lr", "tag")).contains("7");
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.isDigits("0070", 4)).isTrue();
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.isDigits("70000", 4)).isFalse();
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.isDigits("", 4)).isFalse();
    assertThat(org.bridgehead.gateway.sip.stack.SipHeaders.isDigits("-1", 4)).isFalse();
  }

  @Test
  void headerNamesSpeltCanonicallyOrNotAgree() {
    assertThat(HeaderNames.canonical("Via")).isEqualTo("Via");
    assertThat(HeaderNames.canonical("VIA")).isEqualTo("Via");
    assertThat(HeaderNames.canonical("call-id")).isEqualTo("Call-ID");
    assertThat(HeaderNames.canonical("X-Custom")).isEqualTo("X-Custom");
    assertThat(HeaderNames.isList("Via")).isTrue();
    assertThat(HeaderNames.isList("Record-Route")).isTrue();
    assertThat(HeaderNames.isList("Call-ID")).isFalse();
    assertThat(HeaderNames.isList("X-Custom")).isFalse();
  }
}
