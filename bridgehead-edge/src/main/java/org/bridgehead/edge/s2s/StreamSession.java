package org.bridgehead.edge.s2s;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.stream.StreamError;
import org.bridgehead.xmpp.stream.StreamErrorCondition;
import org.bridgehead.xmpp.stream.StreamErrorException;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.bridgehead.xmpp.xml.XmlElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What inbound and outbound S2S sessions share: dispatch of decoded stream events, stream errors,
 * stream restarts and the TLS handshake. Subclasses hold the negotiation state machine.
 * Every method runs on the channel's event loop.
 */
public abstract class StreamSession extends ChannelInboundHandlerAdapter {
  private static final Logger log = LoggerFactory.getLogger(StreamSession.class);

  protected ChannelHandlerContext ctx;
  private boolean closing;

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public final void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (closing) return;
    if (msg instanceof StreamHeader h) {
      onHeader(h);
    } else if (msg instanceof XmlElement e) {
      if (e.is("error", Namespaces.STREAMS)) {
        onPeerStreamError(StreamError.parse(e).orElse(new StreamError(StreamErrorCondition.UNDEFINED_CONDITION, null)));
        closeQuietly();
      } else {
        onElement(e);
      }
    } else if (msg instanceof StreamEnd) {
      onPeerStreamEnd();
      closeStream();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof StreamErrorException)) root = root.getCause();
    if (root instanceof StreamErrorException se) {
      failStream(se.error().condition(), se.error().text());
    } else {
      log.debug("{}: connection failed: {}", describe(), cause.toString());
      onConnectionFailure(cause);
      closeQuietly();
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
      // Nothing read for a while: the parser's buffers can go until the peer speaks again.
      XmppStreamDecoder decoder = ctx.pipeline().get(XmppStreamDecoder.class);
      if (decoder != null) decoder.trim();
    } else if (evt instanceof IdleStateEvent idle) {
      onIdle(idle);
    } else if (evt instanceof SslHandshakeCompletionEvent hs) {
      if (hs.isSuccess()) {
        onTlsEstablished(peerChain());
      } else {
        onConnectionFailure(hs.cause());
        closeQuietly();
      }
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    onClosed();
  }

  protected abstract void onHeader(StreamHeader header);

  protected abstract void onElement(XmlElement element);

  protected void onPeerStreamError(StreamError error) {}

  protected void onPeerStreamEnd() {}

  protected void onConnectionFailure(Throwable cause) {}

  protected void onTlsEstablished(List<X509Certificate> peerChain) {}

  protected void onIdle(IdleStateEvent event) {
    failStream(StreamErrorCondition.CONNECTION_TIMEOUT, "No traffic for longer than the inactivity timeout");
  }

  protected void onClosed() {}

  protected abstract String describe();

  protected void send(Object message) {
    ctx.writeAndFlush(message, ctx.voidPromise());
  }

  /** Ends the stream with an RFC 6120 §4.9 stream error and closes the connection. */
  protected void failStream(StreamErrorCondition condition, String text) {
    if (closing) return;
    log.info("{}: stream error {}{}", describe(), condition, text == null ? "" : " (" + text + ")");
    onLocalStreamError(condition, text);
    closing = true;
    ctx.write(new StreamError(condition, text).toElement());
    ctx.writeAndFlush(StreamEnd.INSTANCE).addListener(ChannelFutureListener.CLOSE);
  }

  protected void onLocalStreamError(StreamErrorCondition condition, String text) {}

  /** Closes the stream politely (after our closing tag). */
  protected void closeStream() {
    if (closing) return;
    closing = true;
    ctx.writeAndFlush(StreamEnd.INSTANCE).addListener(ChannelFutureListener.CLOSE);
  }

  protected void closeQuietly() {
    closing = true;
    ctx.close();
  }

  protected boolean isClosing() { return closing; }

  /** Prepares the decoder for the stream header that follows STARTTLS or SASL success. */
  protected void restartStream() {
    ctx.pipeline().get(XmppStreamDecoder.class).reset();
  }

  protected boolean tlsActive() {
    return ctx.pipeline().get(SslHandler.class) != null;
  }

  private List<X509Certificate> peerChain() {
    SslHandler ssl = ctx.pipeline().get(SslHandler.class);
    List<X509Certificate> chain = new ArrayList<>();
    if (ssl == null) return chain;
    try {
      for (Certificate c : ssl.engine().getSession().getPeerCertificates()) {
        if (c instanceof X509Certificate x) chain.add(x);
      }
    } catch (SSLPeerUnverifiedException e) {
      // the peer sent no certificate: it can still authenticate with dialback
    }
    return chain;
  }
}
