package org.bridgehead.gateway.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * HTTP digest authentication of SIP requests (RFC 3261 §22, RFC 7616): SHA-256 and MD5, qop=auth with
 * nonce-count replay protection, and the older qop-less form. The realm is the user's SIP domain.
 */
public final class DigestAuthenticator {
  /**
   * Challenged by default: MD5 only. Deployed SIP clients fail on the first algorithm they do not know
   * — sipsak 0.9.8 reads only the first challenge, baresip 1.0 (libre) gives up on a SHA-256 one even
   * beside an MD5 one — so offering SHA-256 too would lock them out. Credentials with SHA-256 are
   * still verified when a client sends them.
   */
  public static final List<DigestAlgorithm> COMPATIBLE = List.of(DigestAlgorithm.MD5);

  private final DigestCredentials credentials;
  private final Nonces nonces;
  private final List<DigestAlgorithm> offered;

  /** @param offered the algorithms challenged with, preferred first */
  public DigestAuthenticator(DigestCredentials credentials, Clock clock, Duration nonceLifetime,
      List<DigestAlgorithm> offered) {
    if (offered.isEmpty()) throw new IllegalArgumentException("offer at least one digest algorithm");
    this.credentials = credentials;
    this.nonces = new Nonces(clock, nonceLifetime);
    this.offered = List.copyOf(offered);
  }

  public DigestAuthenticator(DigestCredentials credentials) {
    this(credentials, Clock.systemUTC(), Duration.ofMinutes(5), COMPATIBLE);
  }

  /** Checks the request's {@code Authorization} (registrar) or {@code Proxy-Authorization} (proxy) header. */
  public AuthResult check(IncomingRequest request, String realm, boolean proxy) {
    String header = proxy ? "Proxy-Authorization" : "Authorization";
    DigestParams p = null;
    for (String value : request.headers().all(header)) {
      Optional<DigestParams> parsed = DigestParams.parse(value);
      if (parsed.isEmpty()) return new AuthResult.Refused("malformed " + header + " header");
      if (realm.equalsIgnoreCase(parsed.get().get("realm"))) p = parsed.get();
    }
    if (p == null) return new AuthResult.Challenge(false);
    String username = p.get("username");
    String nonce = p.get("nonce");
    String uri = p.get("uri");
    String response = p.get("response");
    if (username == null || nonce == null || uri == null || response == null) {
      return new AuthResult.Refused("digest credentials without username, nonce, uri or response");
    }
    Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(p.get("algorithm"));
    if (algorithm.isEmpty()) return new AuthResult.Refused("unsupported digest algorithm " + p.get("algorithm"));
    String qop = p.get("qop");
    long count = 0;
    if (qop != null) {
      if (!qop.equalsIgnoreCase("auth")) return new AuthResult.Refused("unsupported qop " + qop);
      if (p.get("cnonce") == null || p.get("nc") == null || !p.get("nc").matches("[0-9a-fA-F]{8}")) {
        return new AuthResult.Refused("qop=auth without a cnonce or an 8-digit nc");
      }
      count = Long.parseLong(p.get("nc"), 16);
    }
    SipUri user;
    try {
      user = SipUri.of(username, realm);
    } catch (IllegalArgumentException e) {
      return new AuthResult.Refused("bad username " + username);
    }
    Optional<String> ha1 = credentials.ha1(username, realm.toLowerCase(java.util.Locale.ROOT), algorithm.get());
    if (ha1.isEmpty()) return new AuthResult.Refused("no SIP password for " + user);
    DigestAlgorithm h = algorithm.get();
    String ha2 = h.hex(request.method() + ":" + uri);
    String expected = qop == null
        ? h.hex(ha1.get() + ":" + nonce + ":" + ha2)
        : h.hex(ha1.get() + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        response.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      return new AuthResult.Refused("wrong password for " + user);
    }
    return switch (nonces.check(nonce, qop == null ? Long.MAX_VALUE : count)) {
      case FRESH -> new AuthResult.Authenticated(user);
      case STALE -> new AuthResult.Challenge(true);
      case FORGED -> new AuthResult.Refused("nonce not issued here");
      case REPLAYED -> qop == null ? new AuthResult.Authenticated(user) : new AuthResult.Refused("replayed nonce count");
    };
  }

  /** 401 (registrar) or 407 (proxy) with one challenge per offered algorithm. */
  public SipResponse challenge(String realm, boolean stale, boolean proxy) {
    String nonce = nonces.issue();
    SipResponse r = proxy ? SipResponse.of(407, "Proxy Authentication Required") : SipResponse.of(401, "Unauthorized");
    List<String> values = new ArrayList<>();
    for (DigestAlgorithm a : offered) {
      values.add("Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", algorithm=" + a.token() + ", qop=\"auth\""
          + (stale ? ", stale=true" : ""));
    }
    for (String v : values) r = r.withHeader(proxy ? "Proxy-Authenticate" : "WWW-Authenticate", v);
    return r;
  }
}
