package org.bridgehead.gateway.sip.stack;

import org.bridgehead.gateway.sip.stack.jain.JainSipEndpoint;
import org.bridgehead.gateway.sip.stack.netty.NettySipEndpoint;
import org.junit.jupiter.api.Nested;

/** The TLS contract for each stack, and across the two stacks (each is the other's peer). */
class SipTlsContractTest {
  @Nested
  class Jain extends SipTlsContract {
    SipEndpoint server(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.5.20", "127.0.5.21"}; }
  }

  @Nested
  class Netty extends SipTlsContract {
    SipEndpoint server(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.20", "127.0.40.21"}; }
  }

  @Nested
  class NettyServerJainClient extends SipTlsContract {
    SipEndpoint server(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.22", "127.0.40.23"}; }
  }

  @Nested
  class JainServerNettyClient extends SipTlsContract {
    SipEndpoint server(SipEndpointSettings s) { return new JainSipEndpoint(s); }

    SipEndpoint client(SipEndpointSettings s) { return new NettySipEndpoint(s); }

    String[] addresses() { return new String[] {"127.0.40.24", "127.0.40.25"}; }
  }
}
