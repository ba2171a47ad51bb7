package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventQuery;
import org.bridgehead.diagnostics.events.LoggedEvent;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.diagnostics.events.Severity;

/**
 * The stored event log, newest first, filtered like {@code bridgehead event-log get}: minimum severity,
 * event id, partner and how many. A plain GET form, so a filtered view is a link one can share.
 */
final class EventLogPage {
  static final int DEFAULT_LIMIT = 100;
  private final Panel panel;
  private final EventLog log;

  EventLogPage(Panel panel) {
    this.panel = panel;
    // Only read here: the node name and retention matter to writers, not to queries.
    this.log = new EventLog(panel.m.store().jdbi(), "panel", Retention.DEFAULT, Clock.systemUTC());
  }

  EventLog log() { return log; }

  void register() { panel.get("/events", this::page); }

  private void page(Context ctx, PanelSession s) {
    List<String> problems = new ArrayList<>();
    Severity minimum = null;
    String sev = blank(ctx.queryParam("severity"));
    if (sev != null) {
      try {
        minimum = Severity.parse(sev);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    Integer id = number(ctx.queryParam("id"), "event id", problems);
    Integer limit = number(ctx.queryParam("limit"), "limit", problems);
    if (limit != null && (limit < 1 || limit > 10_000)) problems.add("limit must be from 1 to 10000");
    String partner = blank(ctx.queryParam("partner"));
    StringBuilder b = new StringBuilder(filters(sev, ctx.queryParam("id"), partner, ctx.queryParam("limit")));
    problems.forEach(p -> b.append("<p class=\"error\">").append(esc(p)).append("</p>"));
    if (problems.isEmpty()) {
      List<LoggedEvent> events = log.query(new EventQuery(null, minimum, id, partner, limit == null ? DEFAULT_LIMIT : limit));
      b.append(Html.table(List.of("Time (UTC)", "Id", "Severity", "Event", "Partner", "Node", "Message", "What to check"),
          events, e -> List.of(esc(e.at()), Integer.toString(e.id()),
              "<span class=\"sev-" + esc(e.severity()) + "\">" + esc(e.severity()) + "</span>", esc(e.type()),
              esc(e.partner()), esc(e.node()), esc(e.message()), esc(e.hint())), "No events match."));
    } else {
      ctx.status(400);
    }
    panel.page(ctx, s, "/events", "Event log", b.toString());
  }

  private static String filters(String severity, String id, String partner, String limit) {
    StringBuilder b = new StringBuilder("<form method=\"get\" action=\"" + Panel.ROOT + "/events\" class=\"edit\">"
        + "<div class=\"field\"><label for=\"f-severity\">Minimum severity</label><select id=\"f-severity\" name=\"severity\">"
        + "<option value=\"\">(all)</option>");
    for (Severity v : Severity.values()) {
      b.append("<option value=\"").append(v.name()).append("\"").append(v.name().equalsIgnoreCase(severity) ? " selected" : "")
          .append(">").append(Field.lync(v)).append("</option>");
    }
    return b.append("</select></div>")
        .append(input("id", "Event id", id)).append(input("partner", "Partner domain", partner))
        .append(input("limit", "Newest", limit == null ? Integer.toString(DEFAULT_LIMIT) : limit))
        .append("<p><button type=\"submit\">Filter</button></p></form>").toString();
  }

  private static String input(String name, String label, String value) {
    return "<div class=\"field\"><label for=\"f-" + name + "\">" + esc(label) + "</label><input type=\"text\" id=\"f-"
        + name + "\" name=\"" + name + "\" value=\"" + esc(value) + "\"></div>";
  }

  private static Integer number(String text, String what, List<String> problems) {
    String t = blank(text);
    if (t == null) return null;
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      problems.add(what + " '" + t + "' is not a whole number");
      return null;
    }
  }

  private static String blank(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
