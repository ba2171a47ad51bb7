package org.bridgehead.interop.peers;

import java.net.InetSocketAddress;

/** A running XMPP server under test control. */
public interface XmppPeer extends AutoCloseable {
  PeerSpec spec();

  default String domain() { return spec().domain(); }

  default InetSocketAddress c2sAddress() { return new InetSocketAddress(spec().ip(), spec().c2sPort()); }

  default InetSocketAddress s2sAddress() { return new InetSocketAddress(spec().ip(), spec().s2sPort()); }

  /** The password registered for {@code localpart}. */
  default String password(String localpart) {
    String p = spec().users().get(localpart);
    if (p == null) {
      throw new IllegalArgumentException("no user " + localpart + " on " + domain());
    }
    return p;
  }

  /** The last lines of the server's log, for failure messages. */
  String logTail(int lines);

  /** Stops the server; its files and log stay under {@link PeerSpec#directory()}. */
  @Override
  void close();
}
