package org.bridgehead.gateway.sip.auth;

import java.util.Optional;

/** Where the authenticator finds H(username:realm:password); the store in production. */
@FunctionalInterface
public interface DigestCredentials {
  Optional<String> ha1(String username, String realm, DigestAlgorithm algorithm);
}
