package org.bridgehead.bench.micro;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.translate.message.ContentType;
import org.bridgehead.gateway.translate.message.MessageTranslator;
import org.bridgehead.gateway.translate.message.SipMessageRequest;
import org.bridgehead.xmpp.stanza.Message;
import org.jxmpp.jid.impl.JidCreate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** SIP ↔ XMPP message translation ({@link MessageTranslator}), one message per operation each way. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TranslateBenchmark {
  MessageTranslator translator;
  SipMessageRequest sip;
  Message xmpp;

  @Setup
  public void setUp() throws Exception {
    translator = new MessageTranslator(new AddressMapper(), MessageTranslator.DEFAULT_MAX_BODY_BYTES);
    sip = new SipMessageRequest(SipUri.parse("sip:alice@contoso.test"), SipUri.parse("sip:bob@fabrikam.test"),
        "a84b4c76e66710@pc33", ContentType.TEXT_PLAIN_UTF8,
        "Hello Bob, a typical instant message.".getBytes(StandardCharsets.UTF_8), null, "en", null);
    xmpp = Message.chat(JidCreate.from("bob@fabrikam.test/desk"), JidCreate.from("alice@contoso.test"),
        "Hello Alice, a typical instant message.");
  }

  @Benchmark
  public Message sipToXmpp() {
    return translator.toXmpp(sip);
  }

  @Benchmark
  public Object xmppToSip() {
    return translator.toSip(xmpp).orElseThrow();
  }
}
