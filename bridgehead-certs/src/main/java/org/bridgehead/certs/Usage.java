package org.bridgehead.certs;

/** The listeners a certificate can be assigned to. */
public enum Usage {
  /** The XMPP federation listener facing partners. */
  EXTERNAL_EDGE(5269, "external-edge"),
  /** The mutually authenticated link between edge and gateway. */
  INTERNAL_LINK(23456, "internal-link");

  private final int port;
  private final String directory;

  Usage(int port, String directory) {
    this.port = port;
    this.directory = directory;
  }

  public int port() { return port; }

  /** The directory under {@code <data-dir>/certs/} holding this usage's files. */
  public String directory() { return directory; }
}
