package org.bridgehead.xmpp.stream;

/** The closing {@code </stream:stream>} tag, decoded or to be encoded. */
public enum StreamEnd {
  INSTANCE;

  public static final String XML = "</stream:stream>";
}
