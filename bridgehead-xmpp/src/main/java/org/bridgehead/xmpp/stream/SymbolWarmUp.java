package org.bridgehead.xmpp.stream;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Teaches a factory's shared symbol table the element and attribute names of ordinary XMPP traffic.
 * Each reader starts from the factory's table and copies it on the first name it does not know; a
 * reader gives its names back only when closed, and a stream's reader is never closed while the
 * stream lives. Without this every stream would hold its own copy (about 1.3 KiB, measured). One
 * document read to its end and closed at start-up puts the common names in the shared table.
 */
final class SymbolWarmUp {
  /** Names only matter here, not the values: one element or attribute of each common name. */
  static final String DOCUMENT = """
      <?xml version='1.0'?><stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams' \
      xmlns:db='jabber:server:dialback' from='a' to='b' id='c' version='1.0' xml:lang='en'>\
      <stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>\
      <mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>EXTERNAL</mechanism></mechanisms>\
      <dialback xmlns='urn:xmpp:features:dialback'><errors/></dialback><sm xmlns='urn:xmpp:sm:3'/></stream:features>\
      <proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/><auth mechanism='EXTERNAL'>=</auth><success/><failure/>\
      <db:result from='a' to='b' type='valid'>k</db:result><db:verify from='a' to='b' id='c' type='valid'>k</db:verify>\
      <enable resume='true' max='1'/><enabled/><r/><a h='1'/>\
      <message from='a' to='b' id='c' type='chat' xml:lang='en'><body>t</body><subject>s</subject><thread parent='p'>t</thread>\
      <active/><composing/><paused/><inactive/><gone/><delay stamp='s'/><x/></message>\
      <presence from='a' to='b' id='c' type='probe'><show>away</show><status>s</status><priority>1</priority>\
      <c node='n' ver='v' hash='h' ext='e'/></presence>\
      <iq from='a' to='b' id='c' type='get'><ping/><query node='n'><identity category='c' name='n'/><feature var='v'/></query>\
      <error type='cancel' code='1'><text>t</text></error></iq>\
      <stream:error><text>t</text></stream:error></stream:stream>""";

  private SymbolWarmUp() {}

  static void teach(AsyncXMLInputFactory factory) {
    teach(factory, DOCUMENT);
  }

  static void teach(AsyncXMLInputFactory factory, String document) {
    try {
      AsyncXMLStreamReader<AsyncByteArrayFeeder> reader = factory.createAsyncForByteArray();
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      reader.getInputFeeder().feedInput(bytes, 0, bytes.length);
      reader.getInputFeeder().endOfInput();
      int event;
      while ((event = reader.next()) != XMLStreamConstants.END_DOCUMENT) {
        if (event == AsyncXMLStreamReader.EVENT_INCOMPLETE) throw new IllegalStateException("the symbol warm-up document is cut short");
      }
      reader.close(); // hands the names to the factory's table
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the symbol warm-up document does not parse", e);
    }
  }
}
