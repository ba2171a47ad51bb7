package org.bridgehead.gateway.sip.stack;

import java.util.regex.Pattern;

/** Recognises IP literals without ever resolving anything. */
public final class IpLiterals {
  private static final Pattern V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
  private static final Pattern V6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");

  private IpLiterals() {}

  public static boolean isIpLiteral(String host) {
    return host != null && (V4.matcher(host).matches() || V6.matcher(host).matches());
  }
}
