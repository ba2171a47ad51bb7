package org.bridgehead.bench.sut;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** A system under test: one server process, its S2S address and domain, and a recipient for scenario 1. */
public interface Sut extends AutoCloseable {
  /** e.g. "Bridgehead", "Prosody", "ejabberd". */
  String name();

  /** Version string for the report. */
  String version();

  String domain();

  InetSocketAddress s2sAddress();

  /** The server's process (the one whose VmRSS is measured). */
  long pid();

  /** The local recipient of scenario 1's messages, as a JID. */
  String recipient();

  /** How the recipient is reached, for the report (e.g. "c2s client"). */
  String recipientKind();

  /** Connects the recipient; every message body it receives goes to {@code sink}. */
  AutoCloseable connectRecipient(EventLoopGroup group, Consumer<String> sink) throws Exception;

  /** Starts the server and returns when it listens. */
  void start() throws Exception;

  @Override
  void close();
}
