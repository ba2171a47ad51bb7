package org.bridgehead.diagnostics.federation;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.bridgehead.edge.dns.ResolvedEndpoint;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.tls.CertificateIdentity;
import org.bridgehead.edge.tls.PeerCertificates;
import org.bridgehead.xmpp.stream.StreamError;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The stream steps on one connected endpoint: header, features, STARTTLS (or XEP-0368 direct TLS),
 * the handshake, the certificate's chain and names, the features after TLS; then {@link AuthProbe}.
 */
final class StreamProbe {
  private final ProbeOptions options;
  private final SSLContext tls;
  private final Consumer<Step> report;

  StreamProbe(ProbeOptions options, SSLContext tls, Consumer<Step> report) {
    this.options = options;
    this.tls = tls;
    this.report = report;
  }

  /** Runs every step; returns false as soon as one fails (later steps reported as skipped). */
  boolean run(ProbeConnection conn, ResolvedEndpoint endpoint) {
    String domain = options.domain();
    if (endpoint.directTls() && !handshake(conn)) return false;
    Optional<Opened> first = open(conn, "stream-header", "stream-features");
    if (first.isEmpty()) return false;
    if (!endpoint.directTls()) {
      StepClock clock = new StepClock("starttls");
      if (!Features.offersStartTls(first.get().features())) {
        report.accept(clock.fail("no <starttls/> among the features; auth offered without TLS: "
            + AuthProbe.offered(first.get().features()), Fixes.noStartTls(domain)));
        return skipRest("STARTTLS was not offered");
      }
      try {
        conn.send(Features.tls("starttls"));
        XmlElement answer = conn.element();
        if (!answer.name().equals("proceed")) {
          report.accept(clock.fail(domain + " answered <" + answer.name() + "/> to <starttls/>", Fixes.tlsFailed(domain)));
          return skipRest("STARTTLS failed");
        }
        report.accept(clock.pass("<proceed/>" + (Features.requiresStartTls(first.get().features()) ? " (TLS required)" : "")));
      } catch (IOException e) {
        report.accept(clock.fail(e.getMessage(), Fixes.tlsFailed(domain)));
        return skipRest("STARTTLS failed");
      }
      if (!handshake(conn)) return false;
    }
    Optional<Opened> secured = open(conn, "stream-header-tls", "stream-features-tls");
    return secured.isPresent()
        && new AuthProbe(options, report).run(conn, secured.get().header(), secured.get().features());
  }

  /** The peer's header and features after we opened a stream. */
  record Opened(StreamHeader header, XmlElement features) {}

  private Optional<Opened> open(ProbeConnection conn, String headerStep, String featuresStep) {
    String domain = options.domain();
    StepClock clock = new StepClock(headerStep);
    StreamHeader header;
    try {
      header = conn.open(options.localDomain(), domain);
    } catch (IOException e) {
      report.accept(clock.fail(e.getMessage(), Fixes.notXmpp(domain)));
      skipRest("no stream");
      return Optional.empty();
    }
    boolean v1 = StreamHeader.VERSION_1_0.equals(header.version());
    report.accept(v1 ? clock.pass("from=" + header.from() + " id=" + header.id() + " version=1.0")
        : clock.fail("stream version " + header.version() + ", not 1.0: no stream features, no TLS",
            "upgrade the partner's XMPP server: RFC 6120 streams (version 1.0) are required"));
    if (!v1) {
      skipRest("not an RFC 6120 stream");
      return Optional.empty();
    }
    StepClock featuresClock = new StepClock(featuresStep);
    try {
      XmlElement features = conn.element();
      Optional<StreamError> error = StreamError.parse(features);
      if (error.isPresent()) {
        report.accept(featuresClock.fail("stream error " + describe(error.get()),
            Fixes.partnerNotConfigured(domain, options.localDomain())));
        skipRest("stream refused");
        return Optional.empty();
      }
      report.accept(featuresClock.pass(describeFeatures(features)));
      return Optional.of(new Opened(header, features));
    } catch (IOException e) {
      report.accept(featuresClock.fail(e.getMessage(), Fixes.notXmpp(domain)));
      skipRest("no stream features");
      return Optional.empty();
    }
  }

  private boolean handshake(ProbeConnection conn) {
    String domain = options.domain();
    StepClock clock = new StepClock("tls-handshake");
    SSLSession session;
    try {
      SSLSocket socket = conn.startTls(tls, domain);
      session = socket.getSession();
    } catch (IOException e) {
      report.accept(clock.fail(e.getMessage(), Fixes.tlsFailed(domain)));
      return skipRest("TLS failed");
    }
    report.accept(clock.pass(session.getProtocol() + " " + session.getCipherSuite()));
    List<X509Certificate> chain = PeerCertificates.of(session);
    StepClock chainClock = new StepClock("certificate-chain");
    Optional<String> untrusted = options.trust().validate(chain);
    report.accept(untrusted.isEmpty()
        ? chainClock.pass(chain.size() + " certificate(s), issued by " + chain.get(0).getIssuerX500Principal().getName()
            + ", valid until " + chain.get(0).getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalDate())
        : chainClock.fail(untrusted.get(), Fixes.untrusted(domain)));
    StepClock nameClock = new StepClock("certificate-name");
    List<String> identities = chain.isEmpty() ? List.of() : CertificateIdentity.identities(chain.get(0));
    boolean matches = !chain.isEmpty() && CertificateIdentity.matches(chain.get(0), domain);
    report.accept(matches ? nameClock.pass(domain + " matches " + identities)
        : nameClock.fail("certificate names " + identities + " do not include " + domain,
            Fixes.wrongName(domain, identities)));
    // A bad certificate still permits dialback over TLS, so the remaining steps go on.
    return true;
  }

  static String describe(StreamError error) {
    return "<" + error.condition().elementName() + "/>" + (error.text() == null ? "" : " (" + error.text() + ")");
  }

  private static String describeFeatures(XmlElement features) {
    List<String> names = new ArrayList<>();
    for (XmlElement f : features.elements()) names.add(f.name());
    return names.isEmpty() ? "(none)" : String.join(", ", names) + "; " + AuthProbe.offered(features);
  }

  private boolean skipRest(String why) {
    report.accept(StepClock.skip("remaining-steps", "not run: " + why));
    return false;
  }
}
