package org.bridgehead.bench.micro;

import java.nio.charset.StandardCharsets;

/** A realistic inbound S2S byte stream: a dialback-declaring header and chat messages, as a partner sends them. */
public final class StreamSample {
  /** Bytes fed to the decoder per channel read, like a network read of a busy stream. */
  public static final int READ_SIZE = 8192;

  private StreamSample() {}

  public static String header() {
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'"
        + " xmlns:db='jabber:server:dialback' from='fabrikam.test' to='contoso.test' version='1.0' id='s1'>";
  }

  public static String message(int n) {
    return "<message type='chat' from='alice@fabrikam.test/desk' to='bob@contoso.test' id='m" + n + "' xml:lang='en'>"
        + "<body>Hello Bob, this is message number " + n + " &amp; a few words so that it has a typical size.</body>"
        + "<thread>7b1c1a2e-thread</thread><active xmlns='http://jabber.org/protocol/chatstates'/></message>";
  }

  /** The header followed by {@code messages} messages, UTF-8. */
  public static byte[] stream(int messages) {
    StringBuilder sb = new StringBuilder(header());
    for (int i = 0; i < messages; i++) sb.append(message(i));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
