package org.bridgehead.interop.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcHostsTest {
  private static final String SYSTEM = "127.0.0.1 localhost\n::1 localhost ip6-localhost\n";

  @Test
  void addsABlockOnceAndKeepsOtherLines() {
    String once = EtcHosts.withNames(SYSTEM, "127.0.0.2", List.of("fabrikam.test"));
    String twice = EtcHosts.withNames(once, "127.0.0.2", List.of("fabrikam.test"));

    assertThat(once).isEqualTo(SYSTEM + EtcHosts.BEGIN + "\n127.0.0.2 fabrikam.test\n" + EtcHosts.END + "\n");
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void mergesNamesPerAddressAndMovesARemappedName() {
    String s = EtcHosts.withNames(SYSTEM, "127.0.0.2", List.of("fabrikam.test"));
    s = EtcHosts.withNames(s, "127.0.0.3", List.of("tailspin.test", "conf.tailspin.test"));
    s = EtcHosts.withNames(s, "127.0.0.2", List.of("conf.tailspin.test"));

    assertThat(s).startsWith(SYSTEM).contains(
        EtcHosts.BEGIN + "\n127.0.0.2 fabrikam.test conf.tailspin.test\n127.0.0.3 tailspin.test\n" + EtcHosts.END);
  }

  @Test
  void linesAfterTheBlockSurvive() {
    String s = EtcHosts.withNames(SYSTEM, "127.0.0.2", List.of("a.test")) + "127.0.60.1 later\n";
    assertThat(EtcHosts.withNames(s, "127.0.0.3", List.of("b.test"))).endsWith(EtcHosts.END + "\n127.0.60.1 later\n");
  }

  @Test
  void writesTheFileOnlyWhenSomethingChanges(@TempDir Path dir) throws Exception {
    Path hosts = Files.writeString(dir.resolve("hosts"), SYSTEM);
    EtcHosts etc = new EtcHosts(hosts, dir.resolve("lock"));
    etc.ensure("127.0.0.2", "fabrikam.test");
    long modified = Files.getLastModifiedTime(hosts).toMillis();
    Files.setLastModifiedTime(hosts, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
    etc.ensure("127.0.0.2", "fabrikam.test");

    assertThat(Files.getLastModifiedTime(hosts).toMillis()).isEqualTo(modified - 10_000);
    assertThat(Files.readString(hosts)).contains("127.0.0.2 fabrikam.test");
  }
}
