package org.bridgehead.gateway.sip.presence;

import java.time.Instant;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Dialog;

/** One SIP watcher's subscription to one presentity (RFC 6665 notifier side). */
public final class Watch {
  private final Dialog dialog;
  private final SipUri presentity;
  private final SipUri watcher;
  private final String event;
  private volatile Instant expires;
  private volatile SubscriptionState state;
  /** A NOTIFY is on its way; another is due once it is answered (NOTIFYs of a dialog go one at a time). */
  boolean notifying;
  boolean notifyAgain;

  Watch(Dialog dialog, SipUri presentity, SipUri watcher, String event, Instant expires, SubscriptionState state) {
    this.dialog = dialog;
    this.presentity = presentity;
    this.watcher = watcher;
    this.event = event;
    this.expires = expires;
    this.state = state;
  }

  public SipUri presentity() { return presentity; }

  public SipUri watcher() { return watcher; }

  public SubscriptionState state() { return state; }

  public Instant expires() { return expires; }

  Dialog dialog() { return dialog; }

  String event() { return event; }

  void expires(Instant at) { expires = at; }

  void state(SubscriptionState s) { state = s; }

  @Override
  public String toString() { return watcher + " watching " + presentity + " (" + state.kind() + ")"; }
}
