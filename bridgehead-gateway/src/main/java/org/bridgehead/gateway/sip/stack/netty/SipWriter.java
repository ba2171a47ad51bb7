package org.bridgehead.gateway.sip.stack.netty;

import java.nio.charset.StandardCharsets;

/** {@link SipMessage} to bytes: start line, one line per header entry, empty line, body. */
final class SipWriter {
  private SipWriter() {}

  static byte[] write(SipMessage m) {
    StringBuilder b = new StringBuilder(256 + m.headers().size() * 48);
    if (m.isRequest()) {
      b.append(m.method()).append(' ').append(m.uri()).append(" SIP/2.0\r\n");
    } else {
      b.append("SIP/2.0 ").append(m.status()).append(' ').append(m.reason() == null ? "" : m.reason()).append("\r\n");
    }
    for (var h : m.headers()) b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    b.append("\r\n");
    byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
    if (m.body().length == 0) return head;
    byte[] all = new byte[head.length + m.body().length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(m.body(), 0, all, head.length, m.body().length);
    return all;
  }
}
