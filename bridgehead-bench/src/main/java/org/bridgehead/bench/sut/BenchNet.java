package org.bridgehead.bench.sut;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses and names of a run, all in 127.0.6.0/24 (this harness's loopback block) unless the
 * system property {@code bench.net} names another /24 of 127.0.0.0/8 (two runs side by side): one address
 * per server, one for the SIP next hop, one for the generator, whose domains all resolve to it.
 */
public final class BenchNet {
  public static final String NET = net(System.getProperty("bench.net", "127.0.6"));
  public static final String BRIDGEHEAD_IP = NET + ".10";
  public static final String SIP_NEXT_HOP_IP = NET + ".11";
  public static final String PROSODY_IP = NET + ".20";
  public static final String EJABBERD_IP = NET + ".30";
  public static final String GENERATOR_IP = NET + ".100";
  public static final int S2S_PORT = 5269;
  public static final int SIP_PORT = 5060;
  /** SIPp's own port on the next hop's address when it sends (scenario 2): the sink keeps 5060. */
  public static final int SIPP_UAC_PORT = 5070;

  public static final String BRIDGEHEAD_DOMAIN = "bh.bench.test";
  public static final String PROSODY_DOMAIN = "prosody.bench.test";
  public static final String EJABBERD_DOMAIN = "ejabberd.bench.test";
  public static final String RECIPIENT = "rcpt";
  public static final String RECIPIENT_PASSWORD = "bench-recipient-pw";

  private BenchNet() {}

  static String net(String prefix) {
    if (!prefix.matches("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)")) {
      throw new IllegalArgumentException("bench.net must be the first three parts of a loopback /24, e.g. 127.0.7: '" + prefix + "'");
    }
    return prefix;
  }

  /** Generator domain number {@code i}. */
  public static String generatorDomain(int i) {
    return "g" + i + ".benchgen.test";
  }

  public static List<String> generatorDomains(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(generatorDomain(i));
    return out;
  }
}
