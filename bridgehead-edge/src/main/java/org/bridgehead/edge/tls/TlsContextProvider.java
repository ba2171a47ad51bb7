package org.bridgehead.edge.tls;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgehead.config.TlsSettings;

/**
 * The TLS contexts new streams use. Replacing them (certificate renewal) affects only streams that
 * start their handshake afterwards; established streams keep the engine they were created with.
 */
public final class TlsContextProvider {
  private final AtomicReference<EdgeTlsContexts> current;

  public TlsContextProvider(EdgeTlsContexts initial) {
    current = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  public EdgeTlsContexts current() { return current.get(); }

  /** Serves {@code next} to new streams; returns the contexts it replaced. */
  public EdgeTlsContexts replace(EdgeTlsContexts next) {
    return current.getAndSet(Objects.requireNonNull(next));
  }

  /** Loads {@code settings} and serves them; when loading fails the current contexts stay. */
  public EdgeTlsContexts reload(TlsSettings settings) throws IOException {
    return replace(EdgeTlsContexts.load(settings));
  }
}
