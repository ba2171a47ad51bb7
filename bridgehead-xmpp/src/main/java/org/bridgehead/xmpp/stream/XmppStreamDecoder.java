package org.bridgehead.xmpp.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Set;
import org.bridgehead.xmpp.Namespaces;

/**
 * Decodes an RFC 6120 XML stream into {@link StreamHeader}, one {@link org.bridgehead.xmpp.xml.XmlElement}
 * per top-level child, and {@link StreamEnd}, each fired as soon as it is complete. A violation is
 * fired as {@link StreamErrorException} through exceptionCaught, and all later input is discarded.
 *
 * <p>Not a ByteToMessageDecoder: the async parser consumes all it is fed, and objects must be fired
 * one at a time so that {@link #reset()} called while handling one (e.g. on {@code <success/>})
 * takes effect before the bytes that follow it in the same read are parsed.
 */
public final class XmppStreamDecoder extends ChannelInboundHandlerAdapter {
  private static final Set<String> DEFAULT_CONTENT_NAMESPACES =
      Set.of(Namespaces.JABBER_SERVER, Namespaces.JABBER_CLIENT);

  private final int maxStanzaBytes;
  private final Set<String> contentNamespaces;
  /** Null while trimmed: {@link #header} then re-primes a new one when bytes arrive. */
  private XmppStreamParser parser;
  private byte[] header;
  private boolean decoding;
  private boolean resetPending;
  private boolean failed;

  public XmppStreamDecoder(int maxStanzaBytes) {
    this(maxStanzaBytes, DEFAULT_CONTENT_NAMESPACES);
  }

  /** @param contentNamespaces default namespaces accepted on the stream header; others: invalid-namespace */
  public XmppStreamDecoder(int maxStanzaBytes, Set<String> contentNamespaces) {
    this.maxStanzaBytes = maxStanzaBytes;
    this.contentNamespaces = Set.copyOf(contentNamespaces);
    this.parser = newParser();
  }

  /**
   * Discards the parser state so the next bytes are parsed as a new stream (RFC 6120 stream
   * restart after STARTTLS or SASL). Call from the event loop; when called while this decoder is
   * firing an object, bytes that followed that object in the same read go to the new stream.
   */
  public void reset() {
    if (decoding) {
      resetPending = true;
    } else {
      parser = newParser();
      header = null;
    }
  }

  /**
   * Lets go of the parser of a stream that is between stanzas (about 2.3 KiB of Aalto buffers per
   * stream), keeping only the stream header's bytes; a new parser fed that header takes over when
   * bytes arrive. For streams that sit idle. Call from the event loop; false if nothing was trimmed.
   */
  public boolean trim() {
    if (parser == null || decoding || failed || !parser.betweenStanzas()) return false;
    header = parser.headerBytes();
    parser = null;
    return true;
  }

  /** Whether a stream error was raised; the decoder then discards all input. */
  public boolean failed() { return failed; }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf buf)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (!failed && buf.isReadable()) decode(ctx, ByteBufUtil.getBytes(buf));
    } finally {
      buf.release();
    }
  }

  private void decode(ChannelHandlerContext ctx, byte[] bytes) {
    decoding = true;
    try {
      if (parser == null) reprime();
      parser.feed(bytes);
      Object out;
      while (!ctx.isRemoved() && (out = parser.next()) != null) {
        ctx.fireChannelRead(out);
        if (resetPending) restartWithRemainder();
      }
    } catch (StreamErrorException e) {
      failed = true;
      ctx.fireExceptionCaught(e);
    } finally {
      decoding = false;
    }
  }

  private void restartWithRemainder() {
    resetPending = false;
    byte[] rest = parser.unconsumed();
    parser = newParser();
    if (rest.length > 0) parser.feed(rest);
  }

  private void reprime() {
    parser = newParser();
    parser.feed(header);
    if (!(parser.next() instanceof StreamHeader)) throw new IllegalStateException("the kept stream header does not parse");
    header = null;
  }

  private XmppStreamParser newParser() {
    return new XmppStreamParser(maxStanzaBytes, contentNamespaces);
  }
}
