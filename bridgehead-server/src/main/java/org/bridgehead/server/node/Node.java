package org.bridgehead.server.node;

import java.net.InetSocketAddress;
import java.util.function.Function;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.edge.Edge;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.StanzaSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Bridgehead node: today the edge role; the gateway and management roles join it later. */
public final class Node implements AutoCloseable {
  private static final Logger events = LoggerFactory.getLogger("bridgehead.events");
  private final Edge edge;

  private Node(Edge edge) {
    this.edge = edge;
  }

  public static Node start(NodeConfig config) throws InterruptedException, java.io.IOException {
    return start(config, null, EdgeEventListener.NONE);
  }

  /**
   * @param gateway the gateway boundary, or null for none (stanzas to users get service-unavailable)
   * @param extraEvents also told of every edge event (the test command prints them as steps)
   */
  public static Node start(NodeConfig config, Function<StanzaSender, GatewayLink> gateway,
      EdgeEventListener extraEvents) throws InterruptedException, java.io.IOException {
    EdgeEventListener log = e -> {
      events.info("{}", e);
      extraEvents.onEvent(e);
    };
    return new Node(Edge.start(config, gateway, log));
  }

  public Edge edge() { return edge; }

  public InetSocketAddress s2sAddress() { return edge.boundAddress(); }

  @Override
  public void close() {
    edge.close();
  }
}
