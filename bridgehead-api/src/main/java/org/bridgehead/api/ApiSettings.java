package org.bridgehead.api;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API listens and who may call it besides the stored administrators.
 *
 * @param listen loopback by default; another address exposes the management plane to the network
 * @param localToken a bearer token granting the administrator role to an in-process caller (the
 *     command line working offline on the store), with {@code localActor} written to the audit log
 */
public record ApiSettings(InetSocketAddress listen, Optional<String> localToken, String localActor) {
  public static final int DEFAULT_PORT = 8080;

  public ApiSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(localToken, "localToken");
    if (localToken.isPresent() && localToken.get().length() < 32) {
      throw new IllegalArgumentException("a local token has at least 32 characters");
    }
  }

  public static ApiSettings listen(InetSocketAddress listen) {
    return new ApiSettings(listen, Optional.empty(), null);
  }
}
