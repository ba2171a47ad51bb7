package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import java.util.List;
import java.util.Map;

/** The page frame: title, navigation, who is logged in, logout, and the flash message of a redirect. */
final class Layout {
  private Layout() {}

  record Section(String path, String label) {}

  static final List<Section> SECTIONS = List.of(new Section("/partners", "XMPP partners"),
      new Section("/policies", "External access policies"), new Section("/sip-federation", "SIP federation"),
      new Section("/gateway", "XMPP gateway"), new Section("/topology", "Topology"), new Section("/users", "Users"),
      new Section("/certificates", "Certificates"), new Section("/status", "Status"), new Section("/events", "Event log"));

  static String page(PanelSession s, String section, String title, String body) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(title)).append(" · Bridgehead</title><link rel=\"stylesheet\" href=\"").append(Panel.ROOT)
        .append("/assets/panel.css\"></head><body><header><span class=\"brand\">Bridgehead control panel</span>");
    if (s != null && s.loggedIn()) {
      b.append("<span class=\"who\">").append(esc(s.admin())).append(" (")
          .append(s.mayChange() ? "administrator" : "read-only").append(")</span>")
          .append("<form method=\"post\" class=\"inline\" action=\"").append(Panel.ROOT).append("/logout\">")
          .append(FormView.csrf(s)).append("<button type=\"submit\">Log out</button></form>");
    }
    b.append("</header>");
    if (s != null && s.loggedIn()) {
      b.append("<nav>");
      for (Section sec : SECTIONS) {
        b.append("<a href=\"").append(Panel.ROOT).append(sec.path()).append("\"")
            .append(sec.path().equals(section) ? " class=\"current\"" : "").append(">").append(esc(sec.label()))
            .append("</a>");
      }
      b.append("</nav>");
    }
    b.append("<main><h1>").append(esc(title)).append("</h1>");
    PanelSession.Flash flash = s == null ? null : s.takeFlash();
    if (flash != null) {
      b.append("<p class=\"flash\" role=\"status\">").append(esc(flash.message())).append("</p>");
      flash.warnings().forEach(w -> b.append("<p class=\"warning\">").append(esc(w.field())).append(": ")
          .append(esc(w.message())).append("</p>"));
    }
    return b.append(body).append("</main></body></html>").toString();
  }

  /** Hidden fields helper: a version to send back with a change. */
  static Map<String, String> version(long v) { return Map.of("version", Long.toString(v)); }
}
