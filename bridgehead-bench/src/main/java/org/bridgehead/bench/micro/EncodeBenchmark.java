package org.bridgehead.bench.micro;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.XmppStreamEncoder;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.impl.JidCreate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Stanza encoding: a chat message through {@link XmppStreamEncoder} into UTF-8 bytes, per stanza. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodeBenchmark {
  EmbeddedChannel channel;
  XmlElement message;

  @Setup
  public void setUp() throws Exception {
    channel = new EmbeddedChannel(new XmppStreamEncoder());
    channel.writeOutbound(StreamHeader.server("contoso.test", "fabrikam.test", "s1"));
    ((ByteBuf) channel.readOutbound()).release();
    message = Message.chat(JidCreate.from("bob@contoso.test/pc"), JidCreate.from("alice@fabrikam.test"),
        "Hello Alice, a typical instant message & some <markup> to escape.").element();
  }

  @TearDown
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public int encodeMessage() {
    channel.writeOutbound(message);
    ByteBuf out = channel.readOutbound();
    int n = out.readableBytes();
    out.release();
    return n;
  }
}
