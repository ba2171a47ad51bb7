package org.bridgehead.gateway.sip.auth;

import org.bridgehead.gateway.address.SipUri;

/** The outcome of checking a request's digest credentials. */
public sealed interface AuthResult {
  /** The credentials are right: {@code user} is who sent the request. */
  record Authenticated(SipUri user) implements AuthResult {}

  /** No usable credentials for this realm: challenge; {@code stale} when only the nonce expired. */
  record Challenge(boolean stale) implements AuthResult {}

  /** Credentials present but wrong, replayed or malformed: refuse (403), naming why in the log only. */
  record Refused(String why) implements AuthResult {}
}
