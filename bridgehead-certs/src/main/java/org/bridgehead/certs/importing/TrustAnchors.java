package org.bridgehead.certs.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bridgehead.certs.Pem;

/** The roots an imported chain may end at: the JDK's anchors, plus an optional PEM file of extra ones. */
public final class TrustAnchors {
  private TrustAnchors() {}

  public static List<X509Certificate> jdkDefaults() {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init((KeyStore) null);
      List<X509Certificate> out = new ArrayList<>();
      for (var tm : tmf.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) out.addAll(Arrays.asList(x.getAcceptedIssuers()));
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the JDK's trust anchors", e);
    }
  }

  /** The JDK's anchors and, when {@code extra} is not null, every certificate in that PEM file. */
  public static List<X509Certificate> load(Path extra) {
    List<X509Certificate> out = new ArrayList<>(jdkDefaults());
    if (extra != null) {
      try {
        out.addAll(Pem.certificates(Files.readString(extra)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read trust anchors " + extra, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("trust anchors " + extra + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
