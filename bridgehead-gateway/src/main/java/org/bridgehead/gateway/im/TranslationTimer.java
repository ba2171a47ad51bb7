package org.bridgehead.gateway.im;

import java.time.Duration;

/**
 * Told how long each translated message took inside the gateway, for the node's latency histogram.
 * Called on the gateway's threads for every message handed on (refused messages are not timed), so it
 * must not block.
 */
@FunctionalInterface
public interface TranslationTimer {
  /** Measures nothing. */
  TranslationTimer NONE = (path, took) -> {};

  void translated(TranslationPath path, Duration took);

  /** Which way a message went, named as the metric's {@code path} label. */
  enum TranslationPath {
    /** SIP MESSAGE received → chat message handed to the edge. */
    SIP_TO_XMPP("sip-to-xmpp"),
    /** Message taken from the edge → SIP MESSAGE sent to the user's device or proxy. */
    XMPP_TO_SIP("xmpp-to-sip");

    private final String label;

    TranslationPath(String label) { this.label = label; }

    public String label() { return label; }
  }

  /** Times from {@code startNanos} ({@link System#nanoTime()}) to now. */
  default void since(TranslationPath path, long startNanos) {
    translated(path, Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos)));
  }
}
