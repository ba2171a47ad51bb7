package org.bridgehead.config;

/** How a server-to-server stream authenticated its peer domain. */
public enum AuthMethod {
  SASL_EXTERNAL,
  TLS_DIALBACK,
  TCP_DIALBACK
}
