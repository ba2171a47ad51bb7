package org.bridgehead.gateway.sip.routing;

import java.util.Set;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.auth.AuthResult;
import org.bridgehead.gateway.sip.auth.DigestAuthenticator;
import org.bridgehead.gateway.sip.registrar.Registrar;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every SIP request enters here: REGISTER goes to the registrar; any other request from a local user is
 * digest-authenticated as that user (407), or accepted from a trusted proxy (Kamailio in front); then it
 * goes to the local side when it targets a local domain and to the XMPP side otherwise.
 */
public final class SipFrontDoor implements SipEndpoint.RequestHandler {
  private static final Logger log = LoggerFactory.getLogger(SipFrontDoor.class);
  public static final String ALLOW = "REGISTER, MESSAGE, SUBSCRIBE, NOTIFY, PUBLISH, OPTIONS";

  private final SipDomains domains;
  private final Registrar registrar;
  private final DigestAuthenticator auth;
  private final Set<String> trustedSources;
  private final SipService local;
  private final SipService remote;
  private final java.util.function.Predicate<IncomingRequest> ownDialogs;

  /**
   * @param trustedSources addresses of SIP proxies whose requests are taken as authenticated
   * @param local requests to users of the local domains
   * @param remote requests to users of any other domain: the XMPP side
   * @param ownDialogs takes requests inside dialogs Bridgehead itself started (NOTIFYs of its own
   *     subscriptions): the dialog identifies them, as it does for any user agent
   */
  public SipFrontDoor(SipDomains domains, Registrar registrar, DigestAuthenticator auth, Set<String> trustedSources,
      SipService local, SipService remote, java.util.function.Predicate<IncomingRequest> ownDialogs) {
    this.ownDialogs = ownDialogs;
    this.domains = domains;
    this.registrar = registrar;
    this.auth = auth;
    this.trustedSources = Set.copyOf(trustedSources);
    this.local = local;
    this.remote = remote;
  }

  @Override
  public void handle(IncomingRequest r) {
    switch (r.method()) {
      case "REGISTER" -> registrar.handle(r);
      case "OPTIONS" -> r.respond(SipResponse.of(200, "OK").withHeader("Allow", ALLOW)
          .withHeader("Accept", "text/plain, application/pidf+xml, application/im-iscomposing+xml"));
      case "MESSAGE", "SUBSCRIBE", "NOTIFY", "PUBLISH" -> route(r);
      case "CANCEL", "BYE" -> r.respond(481, "Call/Transaction Does Not Exist");
      default -> r.respond(SipResponse.of(405, "Method Not Allowed").withHeader("Allow", ALLOW));
    }
  }

  private void route(IncomingRequest r) {
    if (r.method().equals("NOTIFY") && ownDialogs.test(r)) return;
    SipUri from = r.from().uri().addressOfRecord();
    SipUri sender;
    if (trustedSources.contains(r.source().address())) {
      sender = from;
    } else if (domains.isLocal(from.host())) {
      AuthResult result = auth.check(r, from.host(), true);
      if (result instanceof AuthResult.Challenge c) {
        r.respond(auth.challenge(from.host(), c.stale(), true));
        return;
      }
      if (result instanceof AuthResult.Refused refused) {
        log.info("{} refused: {}", r, refused.why());
        r.respond(403, "Forbidden (" + refused.why() + ")");
        return;
      }
      sender = ((AuthResult.Authenticated) result).user();
      if (!sender.equals(lower(from))) {
        r.respond(403, "Forbidden (" + sender + " may not send as " + from + ")");
        return;
      }
    } else {
      r.respond(403, "Forbidden (only users of this deployment's SIP domains may send here)");
      return;
    }
    (domains.isLocal(r.requestUri().host()) ? local : remote).handle(r, sender);
  }

  private static SipUri lower(SipUri u) {
    return u.user() == null ? u : u.withUser(u.user().toLowerCase(java.util.Locale.ROOT));
  }
}
