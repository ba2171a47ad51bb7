package org.bridgehead.diagnostics.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalog. Ids are stable, like Lync's event ids: scripts and alerting key on them, so an
 * id is never reused or renumbered. {@code {partner}}, {@code {local}} and {@code {detail}} in the
 * message are filled from the event; the hint tells the administrator what to check.
 */
public enum EventType {
  SERVICE_STARTED(32000, Severity.INFORMATION, "Bridgehead started: {detail}", null),
  SERVICE_STOPPED(32001, Severity.INFORMATION, "Bridgehead stopped: {detail}", null),
  LISTENING(32002, Severity.INFORMATION, "Listening for XMPP federation on {detail}",
      "partners reach this port through our _xmpp-server._tcp SRV record; keep TCP 5269 open inbound"),
  STREAM_ESTABLISHED(32100, Severity.INFORMATION, "Stream {local} - {partner} established: {detail}", null),
  STREAM_FAILED(32101, Severity.ERROR, "Stream from {local} to {partner} failed: {detail}",
      "run 'bridgehead test-federation {partner}': it checks DNS SRV, port 5269, TLS, the certificate names and "
          + "authentication, and names the fix"),
  PARTNER_REFUSED(32102, Severity.WARNING, "Stream from {partner} to {local} refused: {detail}",
      "if {partner} should federate, add it as an XMPP partner (New-CsXmppAllowedPartner) with TLS/SASL/dialback "
          + "settings it supports"),
  STREAM_CLOSED(32103, Severity.INFORMATION, "Stream {local} - {partner} closed: {detail}", null),
  CERTIFICATE_EXPIRING(32200, Severity.WARNING, "The edge certificate expires soon: {detail}",
      "request and assign a renewed certificate with the certificate wizard before it expires"),
  CERTIFICATE_EXPIRED(32201, Severity.ERROR, "The edge certificate has expired: {detail}",
      "partners refuse SASL EXTERNAL and TLS with an expired certificate: assign a renewed one now"),
  CONFIGURATION_PUBLISHED(32300, Severity.INFORMATION, "Configuration published: {detail}", null),
  FEDERATION_ROUTE_UNASSIGNED(32301, Severity.ERROR, "No XMPP federation route: {detail}",
      "in the topology, assign an edge pool with XMPP federation enabled as the site's XMPP federation route, "
          + "then publish the topology");

  private final int id;
  private final Severity severity;
  private final String template;
  private final String hint;

  EventType(int id, Severity severity, String template, String hint) {
    this.id = id;
    this.severity = severity;
    this.template = template;
    this.hint = hint;
  }

  public int id() { return id; }

  public Severity severity() { return severity; }

  public String template() { return template; }

  /** What to check, with the event's values filled in; null when the event needs no action. */
  public String hint(String partner, String local, String detail) {
    return hint == null ? null : fill(hint, partner, local, detail);
  }

  public String message(String partner, String local, String detail) {
    return fill(template, partner, local, detail);
  }

  public static Optional<EventType> byId(int id) {
    return Arrays.stream(values()).filter(t -> t.id == id).findFirst();
  }

  private static String fill(String text, String partner, String local, String detail) {
    return text.replace("{partner}", orUnknown(partner)).replace("{local}", orUnknown(local))
        .replace("{detail}", detail == null ? "" : detail);
  }

  private static String orUnknown(String s) {
    return s == null || s.isEmpty() ? "?" : s;
  }
}
