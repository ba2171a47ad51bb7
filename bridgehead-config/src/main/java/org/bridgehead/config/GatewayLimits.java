package org.bridgehead.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The allowed ranges of the global XMPP gateway settings (SPEC §3). One place, so the configuration
 * file and the store refuse exactly the same values.
 */
public final class GatewayLimits {
  public static final int MIN_SECRET_LENGTH = 16;

  private GatewayLimits() {}

  /**
   * Every broken range of {@code g}; fields are named {@code prefix + name}, e.g. "gateway.keepAliveInterval".
   */
  public static List<Problem> check(GatewaySettings g, String object, String prefix) {
    List<Problem> out = new ArrayList<>();
    range(out, object, prefix + "connectionLimit", g.totalConnectionLimit(), 1, 100_000, "");
    range(out, object, prefix + "perPartnerConnectionLimit", g.perPartnerConnectionLimit(), 1, 10_000, "");
    if (g.perPartnerConnectionLimit() > g.totalConnectionLimit()) {
      out.add(new Problem(object, prefix + "perPartnerConnectionLimit", "within-total",
          "the per-partner limit cannot exceed the limit across all partners"));
    }
    seconds(out, object, prefix + "keepAliveInterval", g.keepAliveInterval(), 10, 3_600);
    seconds(out, object, prefix + "streamEstablishmentTimeout", g.streamEstablishmentTimeout(), 5, 600);
    seconds(out, object, prefix + "streamInactivityTimeout", g.streamInactivityTimeout(), 60, 86_400);
    seconds(out, object, prefix + "subscriptionRefreshInterval", g.subscriptionRefreshInterval(), 300, 604_800);
    if (g.dialbackSecret() != null && g.dialbackSecret().strip().length() < MIN_SECRET_LENGTH) {
      out.add(new Problem(object, prefix + "dialbackSecret", "min-length", "a dialback secret needs at least "
          + MIN_SECRET_LENGTH + " characters (or none, for a random one per process)"));
    }
    return out;
  }

  private static void seconds(List<Problem> out, String object, String field, Duration d, long min, long max) {
    if (d == null) {
      out.add(new Problem(object, field, "required", field + " is required"));
    } else {
      range(out, object, field, d.toSeconds(), min, max, " seconds");
    }
  }

  private static void range(List<Problem> out, String object, String field, long value, long min, long max, String unit) {
    if (value < min || value > max) {
      out.add(new Problem(object, field, "range",
          "must be between " + min + " and " + max + unit + ", not " + value + unit));
    }
  }
}
