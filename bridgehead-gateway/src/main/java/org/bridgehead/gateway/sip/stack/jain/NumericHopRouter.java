package org.bridgehead.gateway.sip.stack.jain;

import gov.nist.javax.sip.stack.HopImpl;
import java.util.ListIterator;
import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import org.bridgehead.gateway.sip.stack.IpLiterals;

/**
 * The stack's router: the hop chosen by the caller for the request being sent, else the top Route or
 * the Request-URI when they name an IP address. It never resolves a name, which keeps the SIP side off
 * the system resolver.
 */
public final class NumericHopRouter implements Router {
  static final ThreadLocal<org.bridgehead.gateway.sip.stack.Hop> NEXT = new ThreadLocal<>();

  public NumericHopRouter(SipStack stack, String outboundProxy) {}

  @Override
  public Hop getNextHop(Request request) throws SipException {
    var chosen = NEXT.get();
    if (chosen != null) return new HopImpl(chosen.address(), chosen.port(), chosen.transport().token());
    var route = (RouteHeader) request.getHeader(RouteHeader.NAME);
    var uri = route != null ? route.getAddress().getURI() : request.getRequestURI();
    if (!(uri instanceof SipURI sip)) throw new SipException("cannot route to " + uri);
    if (!IpLiterals.isIpLiteral(sip.getHost())) throw new SipException("no hop for " + uri + " (names are not resolved)");
    String transport = sip.getTransportParam() != null ? sip.getTransportParam() : "udp";
    int port = sip.getPort() > 0 ? sip.getPort() : "tls".equalsIgnoreCase(transport) ? 5061 : 5060;
    return new HopImpl(sip.getHost(), port, transport);
  }

  @Override
  public Hop getOutboundProxy() { return null; }

  @Override
  @SuppressWarnings("rawtypes")
  public ListIterator getNextHops(Request request) { return null; }
}
