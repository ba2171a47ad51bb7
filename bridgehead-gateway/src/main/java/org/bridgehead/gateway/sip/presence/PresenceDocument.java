package org.bridgehead.gateway.sip.presence;

import java.util.Objects;

/** A presence document for a NOTIFY body: PIDF bytes and their content type. */
public record PresenceDocument(String contentType, byte[] body) {
  public static final String PIDF = "application/pidf+xml";

  public PresenceDocument {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  public static PresenceDocument pidf(byte[] body) { return new PresenceDocument(PIDF, body); }
}
