package org.bridgehead.gateway.sip.stack.netty;

import java.util.function.Consumer;

/** What the transaction layer sends through: encoded messages to a destination. */
interface Wire {
  /** Sends, from any thread; {@code onFailure} hears why it could not be sent (it may run on an I/O thread). */
  void send(Destination to, byte[] message, Consumer<Throwable> onFailure);
}
