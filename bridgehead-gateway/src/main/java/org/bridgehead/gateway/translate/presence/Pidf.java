package org.bridgehead.gateway.translate.presence;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.translate.SafeXml;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * PIDF documents (RFC 3863, {@code application/pidf+xml}) with the RPID activities (RFC 4480) in a
 * data-model person (RFC 4479), built from and read into a {@link PresenceState}. The Lync availability
 * number travels in Bridgehead's own extension element {@code <availability/>} in {@link #NS_AVAILABILITY}
 * inside the person, which PIDF receivers that do not know it ignore (RFC 3863 §4.1.7 extensibility).
 */
public final class Pidf {
  public static final String CONTENT_TYPE = "application/pidf+xml";
  public static final String NS_PIDF = "urn:ietf:params:xml:ns:pidf";
  public static final String NS_DATA_MODEL = "urn:ietf:params:xml:ns:pidf:data-model";
  public static final String NS_RPID = "urn:ietf:params:xml:ns:pidf:rpid";
  public static final String NS_AVAILABILITY = "urn:bridgehead:params:xml:ns:pidf:availability";

  private Pidf() {}

  /**
   * The PIDF document (UTF-8) for {@code entity}'s presence. Written with the prefixes of the RFC 4479 and
   * RFC 4480 examples ({@code dm:}, {@code rpid:}) and an unprefixed {@code <basic>}: simple SIP clients
   * (baresip 1.0) look for exactly {@code <basic>open</basic>} and {@code <rpid:busy/>} as text.
   */
  public static byte[] build(SipUri entity, PresenceState state) {
    Objects.requireNonNull(entity, "entity");
    StringBuilder b = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>");
    b.append("<presence xmlns='").append(NS_PIDF).append("' xmlns:dm='").append(NS_DATA_MODEL)
        .append("' xmlns:rpid='").append(NS_RPID).append("' xmlns:bh='").append(NS_AVAILABILITY)
        .append("' entity='").append(escape(entity.addressOfRecord().toString())).append("'>");
    b.append("<tuple id='t1'><status><basic>").append(state.available() ? "open" : "closed")
        .append("</basic></status></tuple>");
    if (state.note() != null) b.append("<note>").append(escape(state.note())).append("</note>");
    b.append("<dm:person id='p1'>");
    if (!state.activities().isEmpty()) {
      b.append("<rpid:activities>");
      for (Activity a : state.activities()) b.append("<rpid:").append(a.token()).append("/>");
      b.append("</rpid:activities>");
    }
    state.availability().ifPresent(n -> b.append("<bh:availability>").append(n).append("</bh:availability>"));
    b.append("</dm:person></presence>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\'' -> out.append("&apos;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue; // not allowed in XML 1.0
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * Reads a PIDF document. Available if any tuple's basic status is open (RFC 3863 §4.1.4); the note is
   * the presence-level one, else the person's, else the first tuple's; activities and availability
   * from the person. Throws {@link IllegalArgumentException} for what is not PIDF.
   */
  public static PresenceState parse(byte[] body) {
    XmlElement root = SafeXml.parse(body);
    if (!root.is("presence", NS_PIDF)) {
      throw new IllegalArgumentException("not a PIDF document: root is {" + root.namespace() + "}" + root.name());
    }
    if (root.attribute("entity") == null) throw new IllegalArgumentException("PIDF presence without entity");
    boolean open = false;
    String tupleNote = null;
    for (XmlElement tuple : root.elements()) {
      if (!tuple.is("tuple", NS_PIDF)) continue;
      String basic = tuple.child("status", NS_PIDF).flatMap(s -> s.child("basic", NS_PIDF)).map(b -> b.text().strip()).orElse(null);
      if (basic != null && !basic.equals("open") && !basic.equals("closed")) {
        throw new IllegalArgumentException("PIDF basic status must be open or closed, not '" + basic + "'");
      }
      open |= "open".equals(basic);
      if (tupleNote == null) tupleNote = tuple.child("note", NS_PIDF).map(XmlElement::text).orElse(null);
    }
    XmlElement person = root.elements().stream().filter(e -> e.is("person", NS_DATA_MODEL)).findFirst().orElse(null);
    String note = root.child("note", NS_PIDF).map(XmlElement::text)
        .or(() -> person == null ? java.util.Optional.empty() : person.child("note", NS_DATA_MODEL).map(XmlElement::text))
        .orElse(tupleNote);
    return PresenceState.fromSip(open, note, availability(person), activities(person));
  }

  private static Set<Activity> activities(XmlElement person) {
    Set<Activity> out = EnumSet.noneOf(Activity.class);
    if (person == null) return out;
    person.child("activities", NS_RPID).ifPresent(list -> {
      for (XmlElement a : list.elements()) {
        if (a.namespace().equals(NS_RPID)) Activity.fromToken(a.name()).ifPresent(out::add);
      }
    });
    return out;
  }

  private static OptionalInt availability(XmlElement person) {
    if (person == null) return OptionalInt.empty();
    return person.child("availability", NS_AVAILABILITY).map(e -> {
      try {
        return OptionalInt.of(Integer.parseInt(e.text().strip()));
      } catch (NumberFormatException x) {
        throw new IllegalArgumentException("availability is not a number: '" + e.text() + "'");
      }
    }).orElse(OptionalInt.empty());
  }

}
