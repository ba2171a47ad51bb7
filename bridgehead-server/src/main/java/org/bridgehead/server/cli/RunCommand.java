package org.bridgehead.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.bridgehead.server.jvm.HeapTrim;
import org.bridgehead.server.node.NodeSetup;
import org.bridgehead.server.node.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bridgehead run}: the node in the foreground until interrupted. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a Bridgehead node in the foreground.")
public final class RunCommand implements Callable<Integer> {
  @Mixin NodeOptions node;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NodeSetup config;
    try {
      config = node.resolve(out);
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("bridgehead run: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (Node n = Node.start(config, null, e -> {})) {
      out.printf("Bridgehead is running for %s; XMPP server-to-server on %s; SIP %s; %d partner(s) in the store;"
              + " management API %s. Ctrl-C stops it.%n", config.localDomains(), n.s2sAddress(),
          n.gateway() == null ? "off" : "on " + n.gateway().sipHop(SipTransport.UDP).address() + ":"
              + n.gateway().sipHop(SipTransport.UDP).port() + " (udp, tcp)",
          n.currentConfig().partners().size(), n.apiUrl() == null ? "off" : "on " + n.apiUrl());
      out.flush();
      HeapTrim.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        n.close();
        stopped.countDown();
      }, "bridgehead-shutdown"));
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
