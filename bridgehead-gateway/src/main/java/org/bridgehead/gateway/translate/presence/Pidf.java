package org.bridgehead.gateway.translate.presence;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.translate.SafeXml;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

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

  /** The PIDF document (UTF-8) for {@code entity}'s presence. */
  public static byte[] build(SipUri entity, PresenceState state) {
    Objects.requireNonNull(entity, "entity");
    XmlElement.Builder tuple = XmlElement.builder("tuple", NS_PIDF).attribute("id", "t1")
        .child(XmlElement.builder("status", NS_PIDF)
            .child(element("basic", NS_PIDF, state.available() ? "open" : "closed")).build());
    XmlElement.Builder person = XmlElement.builder("person", NS_DATA_MODEL).attribute("id", "p1");
    if (!state.activities().isEmpty()) {
      XmlElement.Builder activities = XmlElement.builder("activities", NS_RPID);
      for (Activity a : state.activities()) activities.child(XmlElement.builder(a.token(), NS_RPID).build());
      person.child(activities.build());
    }
    state.availability().ifPresent(n -> person.child(element("availability", NS_AVAILABILITY, Integer.toString(n))));
    XmlElement.Builder presence = XmlElement.builder("presence", NS_PIDF)
        .attribute("entity", entity.addressOfRecord().toString()).child(tuple.build());
    if (state.note() != null) presence.child(element("note", NS_PIDF, state.note()));
    presence.child(person.build());
    String xml = "<?xml version='1.0' encoding='UTF-8'?>" + XmlWriter.toXml(presence.build());
    return xml.getBytes(StandardCharsets.UTF_8);
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

  private static XmlElement element(String name, String ns, String text) {
    return XmlElement.builder(name, ns).text(text).build();
  }
}
