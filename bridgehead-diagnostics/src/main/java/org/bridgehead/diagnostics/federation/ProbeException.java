package org.bridgehead.diagnostics.federation;

import java.io.IOException;

/** The peer closed, timed out or broke the stream while the probe waited for it. */
final class ProbeException extends IOException {
  private static final long serialVersionUID = 1L;

  ProbeException(String message) {
    super(message);
  }

  ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
