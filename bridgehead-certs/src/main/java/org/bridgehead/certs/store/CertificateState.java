package org.bridgehead.certs.store;

/** Where a certificate is in its life: requested (key only) or issued (chain imported). */
public enum CertificateState {
  PENDING,
  ISSUED
}
