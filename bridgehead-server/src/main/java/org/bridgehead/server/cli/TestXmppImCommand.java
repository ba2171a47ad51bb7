package org.bridgehead.server.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bridgehead.server.node.NodeSetup;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.server.node.Node;
import org.bridgehead.xmpp.stanza.Iq;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgehead test-xmpp-im} (after Lync's Test-CsXmppIM): starts the node, sends one message
 * from a local address to a partner's user over the real S2S path, pings the partner's server to
 * prove the return path, and prints every step with its outcome.
 */
@Command(name = "test-xmpp-im", mixinStandardHelpOptions = true,
    description = "Send a test message to an XMPP partner over the real S2S path and report each step.")
public final class TestXmppImCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin NodeOptions node;
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "JID", description = "Local sender, e.g. admin@contoso.test.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "JID", description = "Partner user, e.g. alice@fabrikam.test.")
  String to;

  @Option(names = "--body", defaultValue = "Bridgehead test message", description = "Message text.")
  String body;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Give up after this long.")
  int timeoutSeconds;

  @Option(names = "--no-ping", description = "Skip the XEP-0199 ping of the partner's server.")
  boolean noPing;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NodeSetup config;
    EntityBareJid sender;
    EntityBareJid recipient;
    try {
      config = node.resolve(out).withApi(null); // a one-shot test node serves no API
      sender = JidCreate.entityBareFrom(from);
      recipient = JidCreate.entityBareFrom(to);
    } catch (RuntimeException | org.jxmpp.stringprep.XmppStringprepException e) {
      err.println("bridgehead test-xmpp-im: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (!config.localDomains().contains(sender.asDomainBareJid())) {
      err.println("bridgehead test-xmpp-im: --from must be in a local domain " + config.localDomains());
      return ExitCodes.BAD_INPUT;
    }
    Instant start = Instant.now();
    Jid pinger = JidCreate.fullFrom(sender.toString() + "/test-xmpp-im");
    CompletableFuture<Stanza> pong = new CompletableFuture<>();
    String pingId = "ping-" + UUID.randomUUID();
    GatewayLink capture = inbound -> {
      if (pingId.equals(inbound.stanza().id())) pong.complete(inbound.stanza());
    };
    try (Node n = Node.start(config, sender2 -> capture, e -> {
      out.printf("  [%5d ms] %-22s %s%n", Duration.between(start, e.at()).toMillis(), e.kind(), e.detail());
      out.flush();
    })) {
      out.printf("Sending a message from %s to %s%n", sender, recipient);
      Message msg = Message.chat(sender, recipient, body);
      try {
        n.edge().sender().send(msg).get(timeoutSeconds, TimeUnit.SECONDS);
      } catch (ExecutionException | CompletionException e) {
        return failed(out, "message", e.getCause());
      } catch (TimeoutException e) {
        return failed(out, "message", new TimeoutException("no outcome within " + timeoutSeconds + " s"));
      }
      out.printf("PASS message accepted by %s's server on an authenticated stream%n", recipient.asDomainBareJid());
      if (noPing) return ExitCodes.OK;
      XmlElement ping = XmlElement.builder("ping", Namespaces.PING).build();
      try {
        n.edge().sender().send(Iq.get(pinger, recipient.asDomainBareJid(), pingId, ping)).get(timeoutSeconds, TimeUnit.SECONDS);
        Stanza reply = pong.get(timeoutSeconds, TimeUnit.SECONDS);
        if (Stanzas.isError(reply)) {
          out.printf("FAIL ping: %s answered with an error: %s%n", recipient.asDomainBareJid(), reply.element());
          return ExitCodes.FAILURE;
        }
      } catch (ExecutionException e) {
        return failed(out, "ping", e.getCause());
      } catch (TimeoutException e) {
        out.printf("FAIL ping: no answer from %s within %d s — it could not open its stream back to us "
            + "(check that our _xmpp-server._tcp record or A record points at this edge, and port 5269 is open)%n",
            recipient.asDomainBareJid(), timeoutSeconds);
        return ExitCodes.FAILURE;
      }
      out.printf("PASS ping answered by %s over its stream back to us (%d ms in all)%n",
          recipient.asDomainBareJid(), Duration.between(start, Instant.now()).toMillis());
      return ExitCodes.OK;
    }
  }

  private static int failed(PrintWriter out, String step, Throwable cause) {
    String condition = cause instanceof DeliveryException de ? de.error().condition().elementName() : cause.getClass().getSimpleName();
    out.printf("FAIL %s: %s: %s%n", step, condition, cause.getMessage());
    return ExitCodes.FAILURE;
  }
}
