package org.bridgehead.edge.dns;

import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.bridgehead.edge.dns.DnsLookupException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Sends one question to the configured DNS servers only, in order: the next server is asked when
 * one times out, cannot be reached or answers SERVFAIL/REFUSED. NOERROR and NXDOMAIN are answers.
 * Never consults the system resolver or dnsjava's {@code ResolverConfig}.
 */
final class DnsClient {
  private static final Logger log = LoggerFactory.getLogger(DnsClient.class);

  /** A NOERROR or NXDOMAIN answer: the records of the asked type and the server that gave it. */
  record Answer(int rcode, List<Record> records, InetSocketAddress server) {
    boolean nxdomain() {
      return rcode == Rcode.NXDOMAIN;
    }
  }

  private final List<SimpleResolver> resolvers;
  private final Duration timeout;

  DnsClient(List<InetSocketAddress> servers, Duration timeout) {
    this.timeout = timeout;
    List<SimpleResolver> list = new ArrayList<>(servers.size());
    for (InetSocketAddress server : servers) {
      if (server.isUnresolved()) {
        throw new IllegalArgumentException(
            "DNS server must be an IP address, not a name to resolve: " + server.getHostString());
      }
      SimpleResolver resolver = new SimpleResolver(server);
      resolver.setTimeout(timeout);
      list.add(resolver);
    }
    this.resolvers = List.copyOf(list);
  }

  /** Asks for {@code type} records of {@code name}; fails with {@link DnsLookupException}. */
  CompletableFuture<Answer> query(Name name, int type) {
    if (resolvers.isEmpty()) {
      return CompletableFuture.failedFuture(new DnsLookupException(display(name), Type.string(type),
          Reason.NO_RESOLVER, null, "no DNS resolver configured"));
    }
    Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    return attempt(query, 0, null);
  }

  private CompletableFuture<Answer> attempt(
      Message query, int index, DnsLookupException previous) {
    SimpleResolver resolver = resolvers.get(index);
    return resolver.sendAsync(query).toCompletableFuture()
        .handle((reply, error) -> {
          Record question = query.getQuestion();
          if (error == null && (reply.getRcode() == Rcode.NOERROR
              || reply.getRcode() == Rcode.NXDOMAIN)) {
            return CompletableFuture.completedFuture(
                new Answer(reply.getRcode(), matching(reply, question.getType()),
                    resolver.getAddress()));
          }
          DnsLookupException failure = error != null
              ? transportFailure(question, resolver.getAddress(), error)
              : rcodeFailure(question, resolver.getAddress(), reply.getRcode());
          if (previous != null) {
            failure.addSuppressed(previous);
          }
          log.debug("{}", failure.getMessage());
          return index + 1 < resolvers.size()
              ? attempt(query, index + 1, failure)
              : CompletableFuture.<Answer>failedFuture(failure);
        })
        .thenCompose(f -> f);
  }

  private static List<Record> matching(Message reply, int type) {
    List<Record> out = new ArrayList<>();
    for (Record r : reply.getSection(Section.ANSWER)) {
      if (r.getType() == type) {
        out.add(r);
      }
    }
    return out;
  }

  private DnsLookupException transportFailure(
      Record question, InetSocketAddress server, Throwable error) {
    Throwable cause = unwrap(error);
    boolean timedOut = cause instanceof InterruptedIOException || cause instanceof TimeoutException;
    DnsLookupException e = new DnsLookupException(display(question.getName()),
        Type.string(question.getType()), timedOut ? Reason.TIMEOUT : Reason.NETWORK_ERROR, server,
        timedOut ? "no answer within " + timeout.toMillis() + " ms" : "query failed: " + cause);
    e.initCause(cause);
    return e;
  }

  private static DnsLookupException rcodeFailure(
      Record question, InetSocketAddress server, int rcode) {
    Reason reason = switch (rcode) {
      case Rcode.SERVFAIL -> Reason.SERVFAIL;
      case Rcode.REFUSED -> Reason.REFUSED;
      default -> Reason.ERROR_RCODE;
    };
    return new DnsLookupException(display(question.getName()), Type.string(question.getType()),
        reason, server, "server answered " + Rcode.string(rcode));
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /** A name as people write it: no trailing dot. */
  static String display(Name name) {
    return name.toString(true);
  }
}
