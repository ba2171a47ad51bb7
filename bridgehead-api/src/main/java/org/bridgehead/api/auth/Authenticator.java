package org.bridgehead.api.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.service.Nouns;

/**
 * HTTP Basic against the stored administrators (or the in-process bearer token), then the role check:
 * read-only callers may only read, and administrator accounts are visible to administrators only.
 * A PBKDF2 check costs a third of a second by design, so a successful one is remembered for a minute,
 * keyed by a digest of the credentials (never the password itself); any change to an account forgets all.
 */
public final class Authenticator {
  public static final String CALLER = "bridgehead.caller";
  private static final Duration REMEMBER = Duration.ofSeconds(60);

  private final ManagementService management;
  private final ApiSettings settings;
  private final Clock clock;
  private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

  private record Remembered(Caller caller, Instant until) {}

  public Authenticator(ManagementService management, ApiSettings settings, Clock clock) {
    this.management = management;
    this.settings = settings;
    this.clock = clock;
    management.addChangeListener(e -> {
      if (Nouns.ADMINISTRATOR.equals(e.objectType())) verified.clear();
    });
  }

  /** A Javalin before-handler: sets the caller or ends the request with 401/403. */
  public void handle(Context ctx) {
    Caller caller = authenticate(ctx).orElseThrow(() -> ApiProblem.unauthorized());
    boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    boolean accounts = ctx.path().contains("/administrators");
    if ((!reading || accounts) && !caller.role().mayChange()) {
      throw ApiProblem.forbidden(caller.actor() + " has the read-only role"
          + (accounts ? " and cannot see administrator accounts" : " and cannot change anything"));
    }
    ctx.attribute(CALLER, caller);
  }

  public static Caller caller(Context ctx) { return ctx.attribute(CALLER); }

  private Optional<Caller> authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) return Optional.empty();
    if (header.regionMatches(true, 0, "Bearer ", 0, 7) && settings.localToken().isPresent()) {
      boolean ok = MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
          settings.localToken().get().getBytes(StandardCharsets.UTF_8));
      return ok ? Optional.of(new Caller(settings.localActor(), AdminRole.ADMINISTRATOR)) : Optional.empty();
    }
    var credentials = ctx.basicAuthCredentials();
    if (credentials == null) return Optional.empty();
    String key = digest(credentials.getUsername() + "\0" + credentials.getPassword());
    Remembered r = verified.get(key);
    if (r != null && r.until().isAfter(clock.instant())) return Optional.of(r.caller());
    Optional<Caller> caller = management.administrators()
        .verify(credentials.getUsername(), credentials.getPassword().toCharArray())
        .map(a -> new Caller("api:" + a.name(), a.role()));
    caller.ifPresent(c -> verified.put(key, new Remembered(c, clock.instant().plus(REMEMBER))));
    return caller;
  }

  private static String digest(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
