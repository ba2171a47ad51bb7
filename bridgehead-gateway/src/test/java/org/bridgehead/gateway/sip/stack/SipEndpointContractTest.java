package org.bridgehead.gateway.sip.stack;

import org.bridgehead.gateway.sip.stack.jain.JainSipEndpoint;
import org.bridgehead.gateway.sip.stack.netty.NettySipEndpoint;
import org.junit.jupiter.api.Nested;

/** The endpoint contract for each stack, and across the two stacks (each is the other's peer). */
class SipEndpointContractTest {
  @Nested
  class Jain extends SipEndpointContract {
    SipEndpoint server(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.5.1", "127.0.5.2", "127.0.5.3"}; }
  }

  @Nested
  class Netty extends SipEndpointContract {
    SipEndpoint server(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.1", "127.0.40.2", "127.0.40.3"}; }
  }

  @Nested
  class NettyServerJainClient extends SipEndpointContract {
    SipEndpoint server(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.4", "127.0.40.5", "127.0.40.3"}; }
  }

  @Nested
  class JainServerNettyClient extends SipEndpointContract {
    SipEndpoint server(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.6", "127.0.40.7", "127.0.40.3"}; }
  }
}
