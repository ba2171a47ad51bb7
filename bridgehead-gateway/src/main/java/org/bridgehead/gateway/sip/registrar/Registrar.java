package org.bridgehead.gateway.sip.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.auth.AuthResult;
import org.bridgehead.gateway.sip.auth.DigestAuthenticator;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.Lifetimes;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrar of the local SIP domains (RFC 3261 §10.3): digest-authenticated REGISTER, a user may
 * bind only their own address, expiry bounds with 423, Call-ID/CSeq ordering, {@code *} removal.
 */
public final class Registrar {
  private static final Logger log = LoggerFactory.getLogger(Registrar.class);

  private final Predicate<String> localDomain;
  private final DigestAuthenticator auth;
  private final LocationService location;
  private final Clock clock;
  private final Lifetimes limits;

  public Registrar(Predicate<String> localDomain, DigestAuthenticator auth, LocationService location, Clock clock,
      Lifetimes limits) {
    this.localDomain = localDomain;
    this.auth = auth;
    this.location = location;
    this.clock = clock;
    this.limits = limits;
  }

  public void handle(IncomingRequest r) {
    String realm = r.requestUri().host();
    if (!localDomain.test(realm)) {
      r.respond(404, "Not Found (" + realm + " is not a domain of this registrar)");
      return;
    }
    AuthResult result = auth.check(r, realm, false);
    if (result instanceof AuthResult.Challenge c) {
      r.respond(auth.challenge(realm, c.stale(), false));
    } else if (result instanceof AuthResult.Refused refused) {
      log.info("REGISTER for {} from {} refused: {}", r.to().uri(), r.source(), refused.why());
      r.respond(403, "Forbidden (" + refused.why() + ")");
    } else if (result instanceof AuthResult.Authenticated ok) {
      register(r, ok.user());
    }
  }

  private void register(IncomingRequest r, SipUri user) {
    SipUri aor = r.to().uri().addressOfRecord();
    if (!sameUser(aor, user)) {
      r.respond(403, "Forbidden (" + user + " may not register " + aor + ")");
      return;
    }
    List<String> contacts = r.headers().all("Contact");
    
    if (contacts.stream().anyMatch(c -> c.strip().equals("*"))) {
      if (contacts.size() != 1 || r.expires().orElse(-1) != 0) {
        r.respond(400, "Bad Request (Contact: * needs Expires: 0 and no other contact)");
        return;
      }
      ok(r, location.apply(aor, List.of(), List.of(), true));
      return;
    }
    List<Binding> added = new ArrayList<>();
    List<SipUri> removed = new ArrayList<>();
    for (String value : contacts) {
      NameAddr contact;
      try {
        contact = NameAddr.parse(value);
      } catch (IllegalArgumentException e) {
        r.respond(400, "Bad Request (Contact: " + e.getMessage() + ")");
        return;
      }
      OptionalInt asked = SipHeaders.param(value, "expires").filter(s -> s.matches("\\d{1,9}"))
          .map(s -> OptionalInt.of(Integer.parseInt(s))).orElse(r.expires().map(OptionalInt::of).orElse(OptionalInt.empty()));
      OptionalInt granted = limits.grant(r, asked);
      if (granted.isEmpty()) return;
      int expires = granted.getAsInt();
      Binding existing = location.find(aor, contact.uri());
      if (existing != null && existing.callId().equals(r.callId()) && existing.cseq() >= r.cseq()) {
        r.respond(500, "Server Internal Error (REGISTER out of order)");
        return;
      }
      if (expires == 0) {
        removed.add(contact.uri());
        continue;
      }
      float q = SipHeaders.param(value, "q").map(Registrar::q).orElse(1.0f);
      String instance = SipHeaders.param(value, "+sip.instance").orElse(null);
      added.add(new Binding(aor, contact.uri(), r.source(), clock.instant().plusSeconds(expires), q, instance,
          r.callId(), r.cseq()));
    }
    ok(r, contacts.isEmpty() ? location.lookup(aor) : location.apply(aor, added, removed, false));
  }

  private void ok(IncomingRequest r, List<Binding> current) {
    SipResponse response = SipResponse.of(200, "OK")
        .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)));
    for (Binding b : current) {
      long left = Math.max(0, Duration.between(clock.instant(), b.expires()).toSeconds());
      response = response.withHeader("Contact", "<" + b.contact() + ">;expires=" + left);
    }
    r.respond(response);
  }

  private static boolean sameUser(SipUri a, SipUri b) {
    return a.host().equalsIgnoreCase(b.host()) && a.user() != null
        && a.user().toLowerCase(Locale.ROOT).equals(b.user().toLowerCase(Locale.ROOT));
  }

  private static float q(String s) {
    try {
      float q = Float.parseFloat(s);
      return q < 0 || q > 1 ? 1.0f : q;
    } catch (NumberFormatException e) {
      return 1.0f;
    }
  }
}
