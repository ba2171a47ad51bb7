package org.bridgehead.edge.dns;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * A DNS lookup that gave no usable answer: which name and query type failed, why, and which DNS
 * server said so (null when none was asked).
 */
public class DnsLookupException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  /** Why a lookup failed. */
  public enum Reason {
    /** The server answered that the name does not exist. */
    NXDOMAIN,
    /** The name exists but has no records of the asked type. */
    NO_DATA,
    /** No answer within the query timeout. */
    TIMEOUT,
    /** The server answered SERVFAIL. */
    SERVFAIL,
    /** The server answered REFUSED. */
    REFUSED,
    /** The server answered with another error rcode. */
    ERROR_RCODE,
    /** The query could not be sent or the answer not read (e.g. port unreachable, bad reply). */
    NETWORK_ERROR,
    /** No DNS server is configured, and the system resolver is never used. */
    NO_RESOLVER,
    /** The domain publishes a single SRV record with target "." (RFC 2782): no XMPP service. */
    NO_SERVICE
  }

  private final String name;
  private final String queryType;
  private final Reason reason;
  private final transient InetSocketAddress server;

  public DnsLookupException(
      String name, String queryType, Reason reason, InetSocketAddress server, String detail) {
    super(message(name, queryType, server, detail));
    this.name = name;
    this.queryType = queryType;
    this.reason = reason;
    this.server = server;
  }

  private static String message(
      String name, String queryType, InetSocketAddress server, String detail) {
    String asked = server == null ? "" : " (DNS server " + server.getHostString() + ":"
        + server.getPort() + ")";
    return name + " " + queryType + ": " + detail + asked;
  }

  /** The name that was looked up, without trailing dot. */
  public String name() {
    return name;
  }

  /** The query type(s): "SRV", "A", "AAAA" or "A/AAAA". */
  public String queryType() {
    return queryType;
  }

  public Reason reason() {
    return reason;
  }

  /** The DNS server that gave this answer (the last one tried), or null when none was asked. */
  public InetSocketAddress server() {
    return server;
  }
}
