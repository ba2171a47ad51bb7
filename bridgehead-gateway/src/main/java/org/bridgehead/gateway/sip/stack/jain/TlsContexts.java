package org.bridgehead.gateway.sip.stack.jain;

import gov.nist.core.net.SecurityManagerProvider;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * JAIN-SIP RI builds its TLS sockets from key and trust managers it asks a provider class for, named in
 * the stack properties. This provider hands over those registered under the stack's
 * name, so each endpoint uses the certificate it was given rather than the JVM-wide keystore.
 */
public final class TlsContexts implements SecurityManagerProvider {
  static final String PROPERTY = "org.bridgehead.sip.TLS_CONTEXT";
  private static final Map<String, Managers> REGISTRY = new ConcurrentHashMap<>();

  record Managers(KeyManager[] keys, TrustManager[] trust) {}

  private Managers managers;

  static void register(String id, KeyManager[] keys, TrustManager[] trust) { REGISTRY.put(id, new Managers(keys, trust)); }

  static void unregister(String id) { REGISTRY.remove(id); }

  @Override
  public void init(Properties properties) throws GeneralSecurityException {
    managers = REGISTRY.get(properties.getProperty(PROPERTY, ""));
    if (managers == null) throw new GeneralSecurityException("no TLS context registered for this SIP endpoint");
  }

  @Override
  public KeyManager[] getKeyManagers(boolean client) { return managers.keys(); }

  @Override
  public TrustManager[] getTrustManagers(boolean client) { return managers.trust(); }
}
