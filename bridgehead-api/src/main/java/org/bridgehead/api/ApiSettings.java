package org.bridgehead.api;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import org.bridgehead.certs.CertificateWizard;

/**
 * Where the API listens and who may call it besides the stored administrators.
 *
 * @param listen loopback by default; another address exposes the management plane to the network
 * @param localToken a bearer token granting the administrator role to an in-process caller (the
 *     command line working offline on the store), with {@code localActor} written to the audit log
 * @param certificates the certificate wizard on the node's data directory (it reads the key secret
 *     there and writes the assigned files the node serves), or null: the control panel then only lists
 *     certificates, and requests, imports and assignments stay with {@code bridgehead certificate}
 */
public record ApiSettings(InetSocketAddress listen, Optional<String> localToken, String localActor,
    CertificateWizard certificates) {
  public static final int DEFAULT_PORT = 8080;

  public ApiSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(localToken, "localToken");
    if (localToken.isPresent() && localToken.get().length() < 32) {
      throw new IllegalArgumentException("a local token has at least 32 characters");
    }
  }

  public ApiSettings(InetSocketAddress listen, Optional<String> localToken, String localActor) {
    this(listen, localToken, localActor, null);
  }

  public static ApiSettings listen(InetSocketAddress listen) {
    return new ApiSettings(listen, Optional.empty(), null);
  }

  /** These settings with the panel's certificate wizard. */
  public ApiSettings withCertificates(CertificateWizard wizard) {
    return new ApiSettings(listen, localToken, localActor, Objects.requireNonNull(wizard, "wizard"));
  }
}
