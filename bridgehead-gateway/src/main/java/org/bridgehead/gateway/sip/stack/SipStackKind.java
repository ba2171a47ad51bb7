package org.bridgehead.gateway.sip.stack;

import java.util.Locale;
import org.bridgehead.gateway.sip.stack.jain.JainSipEndpoint;
import org.bridgehead.gateway.sip.stack.netty.NettySipEndpoint;

/** Which implementation of {@link SipEndpoint} the gateway runs on. */
public enum SipStackKind {
  /** Bridgehead's own endpoint on Netty: the default, lean on CPU and memory per transaction. */
  NETTY,
  /** The JAIN-SIP reference implementation, kept selectable as a fallback. */
  JAIN;

  public SipEndpoint create(SipEndpointSettings settings) {
    return switch (this) {
      case NETTY -> new NettySipEndpoint(settings);
      case JAIN -> new JainSipEndpoint(settings);
    };
  }

  /** The kind named {@code netty} or {@code jain} (any case). */
  public static SipStackKind of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown SIP stack '" + name + "' (netty or jain)");
    }
  }

  public String token() { return name().toLowerCase(Locale.ROOT); }
}
