package org.bridgehead.server.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.bridgehead.certs.AssignedCertificates;
import org.bridgehead.certs.Usage;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.diagnostics.events.CatalogEvent;
import org.bridgehead.diagnostics.events.EventType;
import org.bridgehead.edge.Edge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the certificate assigned to the external edge (`bridgehead certificate assign`) without a
 * restart — Lync needed one: on every applied store change the assigned files are checked, and a new
 * one goes to new streams at once while established streams keep theirs.
 */
final class CertificateFollower implements Consumer<NodeConfig> {
  private static final Logger log = LoggerFactory.getLogger(CertificateFollower.class);

  private final AssignedCertificates assigned;
  private final Path trustAnchors;
  private final Edge edge;
  private final Consumer<CatalogEvent> events;
  private final Consumer<java.security.cert.X509Certificate> onServed;
  private FileTime served;

  CertificateFollower(Path dataDir, TlsSettings configured, Edge edge, Consumer<CatalogEvent> events,
      Consumer<java.security.cert.X509Certificate> onServed) {
    this.onServed = onServed;
    this.assigned = new AssignedCertificates(dataDir);
    this.trustAnchors = configured == null ? null : configured.trustAnchors();
    this.edge = edge;
    this.events = events;
    this.served = modified(assigned.tlsSettings(Usage.EXTERNAL_EDGE, trustAnchors)).orElse(null);
  }

  /** The assigned certificate at start, if any: the node serves it in place of the configured one. */
  static Optional<TlsSettings> atStart(Path dataDir, TlsSettings configured) {
    return new AssignedCertificates(dataDir).tlsSettings(Usage.EXTERNAL_EDGE,
        configured == null ? null : configured.trustAnchors());
  }

  @Override
  public synchronized void accept(NodeConfig ignored) {
    Optional<TlsSettings> now = assigned.tlsSettings(Usage.EXTERNAL_EDGE, trustAnchors);
    Optional<FileTime> stamp = modified(now);
    if (now.isEmpty() || stamp.isEmpty() || stamp.get().equals(served)) return;
    try {
      edge.reloadTls(now.get());
      served = stamp.get();
      edge.tlsCertificate().ifPresent(onServed);
      log.info("the newly assigned external edge certificate serves new streams from now on");
      events.accept(new CatalogEvent(EventType.CONFIGURATION_PUBLISHED, null, null,
          "external edge certificate replaced without a restart"));
    } catch (IOException | RuntimeException e) {
      log.warn("the assigned certificate could not be served (the previous one stays): {}", e.getMessage());
    }
  }

  private static Optional<FileTime> modified(Optional<TlsSettings> s) {
    try {
      return s.isPresent() ? Optional.of(Files.getLastModifiedTime(s.get().certificateChain())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
