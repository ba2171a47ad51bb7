package org.bridgehead.gateway.sip.stack.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * Cuts a TCP or TLS byte stream into messages (RFC 3261 §18.3): headers up to the empty line, then
 * Content-Length bytes of body, across reads and several per read. A double-CRLF keep-alive ping is
 * answered with CRLF (RFC 5626 §3.5.1). Emits {@code byte[]} messages; a stream that cannot be framed
 * (no or bad Content-Length, too large) emits one {@link Fault} and the rest of it is ignored.
 */
final class StreamFramer extends ByteToMessageDecoder {
  /** A stream that lost framing: the fault and the header bytes received, for a 400 if they allow one. */
  record Fault(String reason, byte[] head) {}

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] PING = {'\r', '\n', '\r', '\n'};
  private final int maxBytes;
  private boolean broken;

  StreamFramer(int maxBytes) { this.maxBytes = maxBytes; }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (!broken && in.isReadable()) {
      if (!keepAlive(ctx, in)) return;
      if (!in.isReadable()) return;
      int start = in.readerIndex();
      int limit = start + Math.min(in.readableBytes(), maxBytes);
      int blank = blankLine(in, start, limit);
      if (blank < 0) {
        if (in.readableBytes() > maxBytes) fail(in, out, "headers exceed the limit of " + maxBytes + " bytes", limit);
        return;
      }
      int headLength = blank + 4 - start;
      int length;
      try {
        length = contentLength(in, start, blank);
      } catch (SipParseException e) {
        fail(in, out, e.getMessage(), blank);
        return;
      }
      if ((long) headLength + length > maxBytes) {
        fail(in, out, "message of " + (headLength + length) + " bytes exceeds the limit of " + maxBytes, blank);
        return;
      }
      if (in.readableBytes() < headLength + length) return; // the body is still on its way
      out.add(ByteBufUtil.getBytes(in, start, headLength + length));
      in.skipBytes(headLength + length);
    }
    if (broken) in.skipBytes(in.readableBytes());
  }

  /**
   * Consumes line breaks before a message: a double CRLF is a ping and gets a CRLF; a lone CRLF is a
   * pong or padding. Returns false when the bytes so far may still become a ping.
   */
  private static boolean keepAlive(ChannelHandlerContext ctx, ByteBuf in) {
    while (in.isReadable()) {
      int r = in.readerIndex();
      byte b = in.getByte(r);
      if (b != '\r' && b != '\n') return true;
      int n = Math.min(in.readableBytes(), PING.length);
      int same = 0;
      while (same < n && in.getByte(r + same) == PING[same]) same++;
      if (same == PING.length) {
        in.skipBytes(PING.length);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(CRLF));
      } else if (same == n) {
        return false; // the beginning of a ping, or of padding: wait for the next read
      } else {
        in.skipBytes(same >= 2 ? 2 : 1);
      }
    }
    return true;
  }

  private void fail(ByteBuf in, List<Object> out, String reason, int headEnd) {
    broken = true;
    out.add(new Fault(reason, ByteBufUtil.getBytes(in, in.readerIndex(), headEnd - in.readerIndex())));
    in.skipBytes(in.readableBytes());
  }

  /** Index of the CRLFCRLF that ends the headers, or -1. */
  static int blankLine(ByteBuf in, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (in.getByte(i + 3) != '\n') continue;
      if (in.getByte(i) == '\r' && in.getByte(i + 1) == '\n' && in.getByte(i + 2) == '\r') return i;
    }
    return -1;
  }

  /** The Content-Length (or compact {@code l}) value of the header block {@code [from, blank)}. */
  static int contentLength(ByteBuf in, int from, int blank) {
    int line = from;
    while (line < blank) {
      int eol = in.indexOf(line, blank, (byte) '\n');
      int stop = eol < 0 ? blank : eol;
      int colon = in.indexOf(line, stop, (byte) ':');
      if (colon > line && colon - line <= 16 && in.getByte(line) != ' ' && in.getByte(line) != '\t') {
        String name = in.toString(line, colon - line, US_ASCII).strip();
        if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("l")) {
          return SipParser.number(in.toString(colon + 1, stop - colon - 1, US_ASCII));
        }
      }
      line = stop + 1;
    }
    throw new SipParseException("Content-Length is required on stream transports");
  }
}
