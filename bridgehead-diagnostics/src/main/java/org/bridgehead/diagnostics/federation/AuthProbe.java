package org.bridgehead.diagnostics.federation;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bridgehead.edge.dialback.DialbackKey;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.xmpp.stream.StreamError;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * Authentication and ping over the secured stream. SASL EXTERNAL needs our certificate; dialback
 * needs the node's secret, because the partner verifies the key by calling the running node (the
 * prober cannot be authoritative for a real domain). Without either, only the offer is reported.
 */
final class AuthProbe {
  private static final long PING_WAIT_MILLIS = 3000;

  private final ProbeOptions options;
  private final Consumer<Step> report;

  AuthProbe(ProbeOptions options, Consumer<Step> report) {
    this.options = options;
    this.report = report;
  }

  static String offered(XmlElement features) {
    boolean external = Features.saslMechanisms(features).contains("EXTERNAL");
    boolean dialback = Features.offersDialback(features);
    return "SASL EXTERNAL " + (external ? "offered" : "not offered") + ", dialback "
        + (dialback ? "offered" : "not offered");
  }

  boolean run(ProbeConnection conn, StreamHeader header, XmlElement features) {
    String domain = options.domain();
    boolean external = Features.saslMechanisms(features).contains("EXTERNAL");
    boolean dialback = Features.offersDialback(features) || header.declaresDialback();
    StepClock clock = new StepClock("authentication");
    if (!external && !dialback) {
      report.accept(clock.fail(offered(features), Fixes.noAuthMethod(domain)));
      return false;
    }
    boolean authenticated;
    if (options.hasClientCertificate() && external) {
      authenticated = saslExternal(conn, clock);
    } else if (options.dialbackSecret() != null && dialback) {
      authenticated = dialback(conn, header, clock);
    } else {
      report.accept(clock.info(offered(features) + "; not attempted: give --client-cert/--client-key "
          + "(SASL EXTERNAL) or --dialback-secret with --local-domain (dialback via the running node)"));
      report.accept(StepClock.skip("ping", "not authenticated"));
      return true;
    }
    if (!authenticated) {
      report.accept(StepClock.skip("ping", "not authenticated"));
      return false;
    }
    return ping(conn);
  }

  private boolean saslExternal(ProbeConnection conn, StepClock clock) {
    String domain = options.domain();
    try {
      conn.send(XmlElement.builder("auth", Namespaces.SASL).attribute("mechanism", "EXTERNAL").text("=").build());
      XmlElement answer = conn.element();
      if (!answer.name().equals("success")) {
        report.accept(clock.fail("SASL EXTERNAL: " + Features.describeError(answer),
            Fixes.saslRefused(domain, options.localDomain())));
        return false;
      }
      conn.open(options.localDomain(), domain);
      XmlElement features = conn.element();
      report.accept(clock.pass("SASL EXTERNAL as " + options.localDomain() + "; stream restarted, features: "
          + features.elements().stream().map(XmlElement::name).toList()));
      return true;
    } catch (IOException e) {
      report.accept(clock.fail("SASL EXTERNAL: " + e.getMessage(), Fixes.saslRefused(domain, options.localDomain())));
      return false;
    }
  }

  private boolean dialback(ProbeConnection conn, StreamHeader header, StepClock clock) {
    String domain = options.domain();
    String local = options.localDomain();
    if (header.id() == null) {
      report.accept(clock.fail(domain + " gave no stream id: dialback needs one", Fixes.notXmpp(domain)));
      return false;
    }
    String key = new DialbackKey(options.dialbackSecret()).generate(domain, local, header.id());
    try {
      conn.send(Features.dialback("result", local, domain, null, null, key));
      XmlElement answer = conn.element();
      Optional<StreamError> error = StreamError.parse(answer);
      if (error.isPresent()) {
        report.accept(clock.fail("dialback: stream error " + StreamProbe.describe(error.get()),
            Fixes.dialbackRefused(domain, local)));
        return false;
      }
      String type = answer.attribute("type");
      if (answer.is("result", Namespaces.DIALBACK) && "valid".equals(type)) {
        report.accept(clock.pass("dialback: " + domain + " verified our key with " + local + "'s authoritative server"));
        return true;
      }
      report.accept(clock.fail("dialback: type=" + type
          + ("error".equals(type) ? " " + Features.describeError(answer) : ""), Fixes.dialbackRefused(domain, local)));
      return false;
    } catch (IOException e) {
      report.accept(clock.fail("dialback: " + e.getMessage(), Fixes.dialbackRefused(domain, local)));
      return false;
    }
  }

  /** XEP-0199 ping of the partner's server; its answer may come on our stream or on its own. */
  private boolean ping(ProbeConnection conn) {
    String domain = options.domain();
    StepClock clock = new StepClock("ping");
    String id = "probe-" + UUID.randomUUID();
    XmlElement iq = XmlElement.builder("iq", org.bridgehead.xmpp.Namespaces.JABBER_SERVER)
        .attribute("type", "get").attribute("id", id).attribute("from", options.localDomain())
        .attribute("to", domain).child(XmlElement.builder("ping", Namespaces.PING).build()).build();
    try {
      conn.send(iq);
      conn.readTimeout(Math.min(PING_WAIT_MILLIS, options.timeout().toMillis()));
      while (true) {
        XmlElement answer = conn.element();
        Optional<StreamError> error = StreamError.parse(answer);
        if (error.isPresent()) {
          report.accept(clock.fail("stream error " + StreamProbe.describe(error.get()), Fixes.streamError(domain)));
          return false;
        }
        if (answer.name().equals("iq") && id.equals(answer.attribute("id"))) {
          boolean ok = "result".equals(answer.attribute("type"));
          report.accept(ok ? clock.pass("pong from " + domain)
              : clock.warn("answered with an error: " + Features.describeError(answer),
                  domain + " does not answer XEP-0199 pings; the stream works"));
          return true;
        }
      }
    } catch (ProbeException e) {
      if (e.getCause() instanceof java.net.SocketTimeoutException) {
        report.accept(clock.step(StepStatus.INFO, "sent; no answer on this stream", Fixes.pingUnanswered(options.localDomain())));
        return true;
      }
      report.accept(clock.fail(e.getMessage(), Fixes.streamError(domain)));
      return false;
    } catch (IOException e) {
      report.accept(clock.fail(e.getMessage(), Fixes.streamError(domain)));
      return false;
    }
  }
}
