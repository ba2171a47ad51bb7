package org.bridgehead.xmpp.stream;

import io.netty.handler.codec.DecoderException;

/**
 * Fired through the pipeline when received XML breaks the stream: the session should send
 * {@link #error()} and close. A {@link DecoderException} so Netty codecs pass it on unwrapped.
 */
public final class StreamErrorException extends DecoderException {
  private final transient StreamError error;

  public StreamErrorException(StreamError error) {
    this(error, null);
  }

  public StreamErrorException(StreamError error, Throwable cause) {
    super(error.condition().elementName() + (error.text() == null ? "" : ": " + error.text()), cause);
    this.error = error;
  }

  public static StreamErrorException of(StreamErrorCondition condition, String text) {
    return new StreamErrorException(new StreamError(condition, text));
  }

  public StreamError error() { return error; }

  public StreamErrorCondition condition() { return error.condition(); }
}
