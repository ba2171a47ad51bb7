package org.bridgehead.bench.scenario;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bridgehead.bench.load.LoadGenerator;

/** Authenticated streams with the generator domain each one speaks for. */
record Streams(List<String> domains, List<Channel> channels) {

  /** One stream per domain, all opened at once; every one must come up. */
  static Streams open(LoadGenerator gen, List<String> domains, String sutDomain, InetSocketAddress sut) throws Exception {
    var futures = domains.stream().map(d -> gen.open(d, sutDomain, sut)).toList();
    List<Channel> channels = new ArrayList<>();
    for (var f : futures) channels.add(f.get(30, TimeUnit.SECONDS));
    return new Streams(List.copyOf(domains), channels);
  }

  int size() { return channels.size(); }

  void close() {
    LoadGenerator.closeAll(channels);
  }
}
