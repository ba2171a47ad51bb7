package org.bridgehead.xmpp.stream;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * Non-blocking parser for one XML stream, independent of Netty: {@link #feed} bytes as they
 * arrive, then call {@link #next} until it returns null. Yields a {@link StreamHeader}, then one
 * {@link XmlElement} per top-level child, then {@link StreamEnd}. Violations throw
 * {@link StreamErrorException}; after that the instance is unusable. One instance per stream:
 * a stream restart takes a new one.
 */
public final class XmppStreamParser {
  /** Deeper nesting is refused: elements are processed recursively further up the stack. */
  public static final int MAX_DEPTH = 128;

  private static final AsyncXMLInputFactory FACTORY = newFactory();

  private final AsyncXMLStreamReader<AsyncByteArrayFeeder> reader = FACTORY.createAsyncForByteArray();
  private final int maxStanzaBytes;
  private final Set<String> contentNamespaces;
  private final PrologGuard prolog = new PrologGuard();
  private final ElementAssembler assembler = new ElementAssembler();
  private final Utf8Carry utf8 = new Utf8Carry();
  private boolean headerSeen;
  private boolean ended;
  private byte[] chunk = new byte[0];
  /** Bytes fed before {@link #chunk}; Aalto's byte offsets count from this parser's first byte. */
  private long fedBeforeChunk;
  private long lastEventEnd;
  private long elementStart;
  /** The bytes fed until the stream header is read; then only the header's own bytes are kept. */
  private ByteArrayOutputStream beforeHeader = new ByteArrayOutputStream(256);
  private byte[] header;

  public XmppStreamParser(int maxStanzaBytes, Set<String> contentNamespaces) {
    if (maxStanzaBytes <= 0) throw new IllegalArgumentException("maxStanzaBytes must be positive");
    this.maxStanzaBytes = maxStanzaBytes;
    this.contentNamespaces = Set.copyOf(contentNamespaces);
  }

  private static AsyncXMLInputFactory newFactory() {
    AsyncXMLInputFactory f = new InputFactoryImpl();
    // Never load or expand anything declared elsewhere: no XXE, no entity expansion bombs.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // Undeclared entity references then surface as ENTITY_REFERENCE events we can refuse.
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    SymbolWarmUp.teach(f);
    return f;
  }

  /** Feeds the next bytes; only valid once {@link #next} has returned null (input consumed). */
  public void feed(byte[] bytes) {
    if (ended) return;
    if (!headerSeen && prolog.restrictedMarkupIn(bytes)) {
      throw StreamErrorException.of(StreamErrorCondition.RESTRICTED_XML, "DTD or comment");
    }
    byte[] whole = utf8.next(bytes);
    if (whole.length == 0) return;
    if (beforeHeader != null) beforeHeader.write(whole, 0, whole.length);
    fedBeforeChunk += chunk.length;
    chunk = whole;
    try {
      // Always from offset 0: Aalto miscounts byte offsets when fed from a non-zero array offset.
      reader.getInputFeeder().feedInput(whole, 0, whole.length);
    } catch (XMLStreamException e) {
      throw ParseErrors.toStreamError(e);
    }
  }

  /** The next decoded object, or null when more input is needed (or the stream has ended). */
  public Object next() {
    while (!ended) {
      int event;
      long end;
      try {
        event = reader.next();
        end = event == AsyncXMLStreamReader.EVENT_INCOMPLETE
            ? fedBeforeChunk + chunk.length : reader.getLocationInfo().getEndingByteOffset();
      } catch (XMLStreamException e) {
        throw ParseErrors.toStreamError(e);
      }
      checkSize(end);
      if (event == AsyncXMLStreamReader.EVENT_INCOMPLETE) return null;
      Object out = handle(event);
      lastEventEnd = end;
      if (out instanceof StreamHeader) keepHeader(end);
      if (out != null) return out;
    }
    return null;
  }

  /** The bytes fed that follow the last object returned by {@link #next}, for a stream restart. */
  public byte[] unconsumed() {
    int from = (int) Math.max(0, Math.min(chunk.length, lastEventEnd - fedBeforeChunk));
    byte[] held = utf8.held();
    byte[] out = Arrays.copyOfRange(chunk, from, chunk.length + held.length);
    System.arraycopy(held, 0, out, chunk.length - from, held.length);
    return out;
  }

  public boolean ended() { return ended; }

  /**
   * Whether this parser holds nothing but the stream's context: the header is read, no element is
   * open and every byte fed was consumed (whitespace between stanzas aside). A new parser fed
   * {@link #headerBytes()} then continues the stream exactly where this one stands.
   */
  public boolean betweenStanzas() {
    if (header == null || ended || assembler.depth() > 0 || utf8.held().length > 0) return false;
    long pending = fedBeforeChunk + chunk.length - lastEventEnd;
    if (pending <= 0) return true;
    if (pending > chunk.length) return false;
    for (int i = chunk.length - (int) pending; i < chunk.length; i++) {
      byte b = chunk[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
    }
    return true;
  }

  /** The bytes of this stream's prolog and header (null before the header is read). */
  public byte[] headerBytes() { return header; }

  private void keepHeader(long end) {
    header = Arrays.copyOf(beforeHeader.toByteArray(), (int) end);
    beforeHeader = null;
  }

  private Object handle(int event) {
    switch (event) {
      case XMLStreamConstants.START_DOCUMENT -> checkEncoding();
      case XMLStreamConstants.START_ELEMENT -> {
        return startElement();
      }
      case XMLStreamConstants.END_ELEMENT -> {
        return endElement();
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
      case XMLStreamConstants.DTD, XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION,
          XMLStreamConstants.ENTITY_REFERENCE -> throw StreamErrorException.of(
              StreamErrorCondition.RESTRICTED_XML, "restricted XML construct");
      default -> { } // END_DOCUMENT cannot occur: we never signal end of input.
    }
    return null;
  }

  private Object startElement() {
    if (!headerSeen) {
      headerSeen = true;
      return StreamHeaderReader.read(reader, contentNamespaces);
    }
    if (assembler.depth() == 0) elementStart = lastEventEnd;
    if (assembler.depth() >= MAX_DEPTH) {
      throw StreamErrorException.of(StreamErrorCondition.POLICY_VIOLATION, "elements nested too deeply");
    }
    assembler.start(reader);
    return null;
  }

  private Object endElement() {
    if (assembler.depth() == 0) {
      ended = true;
      return StreamEnd.INSTANCE;
    }
    return assembler.end();
  }

  private void text() {
    if (assembler.depth() > 0) {
      assembler.text(reader.getText());
    } else if (headerSeen && !reader.isWhiteSpace()) {
      // Only whitespace (keep-alives) may sit between stanzas.
      throw StreamErrorException.of(StreamErrorCondition.BAD_FORMAT, "text outside stanzas");
    }
  }

  private void checkEncoding() {
    String declared = reader.getCharacterEncodingScheme();
    if (declared != null && !declared.equalsIgnoreCase("UTF-8")) {
      throw StreamErrorException.of(StreamErrorCondition.UNSUPPORTED_ENCODING, "only UTF-8 is allowed");
    }
  }

  /**
   * Bounds what the parser buffers: a top-level element counts from its '<'; outside one, each
   * pending token (a start tag still being received, the header) counts from the last event.
   */
  private void checkSize(long position) {
    long start = assembler.depth() > 0 ? elementStart : lastEventEnd;
    if (position - start > maxStanzaBytes) {
      throw StreamErrorException.of(StreamErrorCondition.POLICY_VIOLATION, "stanza exceeds " + maxStanzaBytes + " bytes");
    }
  }
}
