package org.bridgehead.edge.tls;

import io.netty.handler.ssl.OpenSsl;
import java.util.Locale;

/**
 * Which TLS implementation the edge's S2S streams use: BoringSSL through netty-tcnative when its native
 * library loads, else the JDK's. System property {@code bridgehead.tls.provider} = {@code jdk} forces
 * the JDK's; {@code openssl} requires BoringSSL and fails start-up without it.
 */
public final class TlsProviders {
  public static final String PROPERTY = "bridgehead.tls.provider";

  private TlsProviders() {}

  /** True when S2S contexts are built on BoringSSL. */
  public static boolean openSsl() {
    String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
    return switch (wanted) {
      case "jdk" -> false;
      case "auto" -> OpenSsl.isAvailable();
      case "openssl" -> {
        if (!OpenSsl.isAvailable()) {
          throw new IllegalStateException(PROPERTY + "=openssl but BoringSSL cannot be loaded: " + OpenSsl.unavailabilityCause());
        }
        yield true;
      }
      default -> throw new IllegalArgumentException(PROPERTY + " must be auto, jdk or openssl, not '" + wanted + "'");
    };
  }

  static String boringSsl() { return OpenSsl.versionString(); }

  static String jdk() { return "JDK " + System.getProperty("java.version"); }
}
