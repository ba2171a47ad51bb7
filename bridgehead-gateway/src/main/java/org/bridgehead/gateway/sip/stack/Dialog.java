package org.bridgehead.gateway.sip.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.gateway.address.SipUri;

/**
 * The state of one dialog (RFC 3261 §12) kept as plain data: Call-ID, both tags, the remote target,
 * the route set and the local CSeq. Subscriptions (RFC 6665) are the dialogs Bridgehead keeps.
 */
public final class Dialog {
  private final String callId;
  private final NameAddr local;
  private final NameAddr remote;
  private final SipUri remoteTarget;
  private final List<String> routeSet;
  private final Hop hop;
  private final AtomicLong localCseq;

  private Dialog(String callId, NameAddr local, NameAddr remote, SipUri remoteTarget, List<String> routeSet, Hop hop,
      long firstCseq) {
    this.callId = callId;
    this.local = local;
    this.remote = remote;
    this.remoteTarget = remoteTarget;
    this.routeSet = List.copyOf(routeSet);
    this.hop = hop;
    this.localCseq = new AtomicLong(firstCseq);
  }

  /**
   * The dialog a server creates by answering {@code request} (a SUBSCRIBE) with a To tag. Requests in
   * it go back to where the request came from when there is no route set — what a client behind NAT
   * needs, and the same as its Contact on a plain network.
   */
  public static Dialog asServer(IncomingRequest request, String localTag) {
    SipUri target = request.contact().map(NameAddr::uri).orElse(request.from().uri());
    List<String> routes = new ArrayList<>(request.headers().all("Record-Route"));
    Hop hop = routes.isEmpty() ? request.source() : Hop.parse(NameAddr.parse(routes.get(0)).uri().toString());
    return new Dialog(request.callId(), request.to().withTag(localTag), request.from(), target, routes, hop, 1);
  }

  /** The dialog a client's request created, once a 2xx came back with the remote tag. */
  public static Dialog asClient(SipRequest request, SipResponse response) {
    SipUri target = response.headers().first("Contact").map(NameAddr::parse).map(NameAddr::uri)
        .orElse(request.requestUri());
    List<String> routes = new ArrayList<>(response.headers().all("Record-Route"));
    java.util.Collections.reverse(routes);
    Hop hop = routes.isEmpty() ? request.hop() : Hop.parse(NameAddr.parse(routes.get(0)).uri().toString());
    return new Dialog(request.callId(), request.from(), request.to().withTag(response.toTag()), target, routes, hop,
        request.cseq());
  }

  /** A new request inside this dialog, with the next local CSeq. */
  public SipRequest request(String method) {
    return new SipRequest(method, remoteTarget, local, remote, callId, localCseq.incrementAndGet(), null, routeSet,
        null, null, null, hop);
  }

  public String callId() { return callId; }

  public NameAddr local() { return local; }

  public NameAddr remote() { return remote; }

  /** Identifies the dialog: Call-ID and both tags. */
  public String id() { return callId + ";" + local.tag() + ";" + remote.tag(); }

  @Override
  public String toString() { return "dialog " + id() + " with " + remote.uri(); }
}
