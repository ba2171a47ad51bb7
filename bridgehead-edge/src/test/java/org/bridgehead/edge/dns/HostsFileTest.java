package org.bridgehead.edge.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsFileTest {
  private static List<String> ips(List<InetAddress> addresses) {
    return addresses.stream().map(InetAddress::getHostAddress).toList();
  }

  @Test
  void parsesNamesAliasesCommentsAndCase() {
    HostsFile hosts = HostsFile.parse(List.of(
        "# a comment line",
        "",
        "127.0.0.1\tlocalhost",
        "127.0.60.10   xmpp.Example.TEST  xmpp-alias   # trailing comment",
        "::1 xmpp.example.test",
        "::1%lo0  linklocal.example.test",
        "not-an-ip    bogus.example.test",
        "   127.0.60.11 second.example.test."));

    assertThat(ips(hosts.lookup("XMPP.example.test")))
        .containsExactly("127.0.60.10", "0:0:0:0:0:0:0:1");
    assertThat(ips(hosts.lookup("xmpp-alias"))).containsExactly("127.0.60.10");
    assertThat(ips(hosts.lookup("xmpp.example.test."))).hasSize(2);
    assertThat(ips(hosts.lookup("second.example.test"))).containsExactly("127.0.60.11");
    assertThat(ips(hosts.lookup("linklocal.example.test"))).containsExactly("0:0:0:0:0:0:0:1");
    assertThat(hosts.lookup("bogus.example.test")).isEmpty();
    assertThat(hosts.lookup("trailing")).isEmpty();
    assertThat(hosts.lookup("comment")).isEmpty();
    assertThat(hosts.lookup("unknown.example.test")).isEmpty();
  }

  @Test
  void loadsFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hosts");
    Files.writeString(file, "127.0.60.20 a.example.test b.example.test\n");

    HostsFile hosts = HostsFile.load(file);

    assertThat(ips(hosts.lookup("b.example.test"))).containsExactly("127.0.60.20");
  }

  @Test
  void duplicateLinesDoNotDuplicateAddresses() {
    HostsFile hosts = HostsFile.parse(List.of("127.0.60.1 a", "127.0.60.1 a", "127.0.60.2 a"));

    assertThat(ips(hosts.lookup("a"))).containsExactly("127.0.60.1", "127.0.60.2");
  }
}
