package org.bridgehead.edge.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.handler.ssl.OpenSsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class TlsProvidersTest {
  @AfterEach
  void clear() { System.clearProperty(TlsProviders.PROPERTY); }

  @Test
  void boringSslLoadsOnLinuxX8664() {
    // the build ships only the Linux x86-64 native file; there it must load, or every node would fall back
    assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"));
    assertThat(OpenSsl.isAvailable()).as("%s", OpenSsl.unavailabilityCause()).isTrue();
    assertThat(TlsProviders.openSsl()).isTrue();
    assertThat(TlsProviders.boringSsl()).startsWith("BoringSSL");
  }

  @Test
  void propertyChoosesTheImplementation() {
    System.setProperty(TlsProviders.PROPERTY, " JDK ");
    assertThat(TlsProviders.openSsl()).isFalse();
    System.setProperty(TlsProviders.PROPERTY, "openssl");
    if (OpenSsl.isAvailable()) {
      assertThat(TlsProviders.openSsl()).isTrue();
    } else { // required, not preferred: start-up fails and says why
      assertThatThrownBy(TlsProviders::openSsl).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("bridgehead.tls.provider=openssl but BoringSSL cannot be loaded");
    }
    System.setProperty(TlsProviders.PROPERTY, "auto");
    assertThat(TlsProviders.openSsl()).isEqualTo(OpenSsl.isAvailable());
  }

  @Test
  void unknownValueIsRefusedByName() {
    System.setProperty(TlsProviders.PROPERTY, "gnutls");
    assertThatThrownBy(TlsProviders::openSsl).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bridgehead.tls.provider must be auto, jdk or openssl, not 'gnutls'");
  }
}
