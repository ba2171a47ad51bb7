package org.bridgehead.gateway.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bridgehead.gateway.address.Xep0106;
import org.bridgehead.gateway.translate.chatstate.ChatState;
import org.bridgehead.gateway.translate.chatstate.ChatStateMapper;
import org.bridgehead.gateway.translate.chatstate.IsComposing;
import org.bridgehead.gateway.translate.error.ErrorMapper;
import org.bridgehead.gateway.translate.presence.Activity;
import org.bridgehead.gateway.translate.presence.LyncAvailability;
import org.bridgehead.gateway.translate.presence.PresenceState;
import org.bridgehead.gateway.translate.presence.Show;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper;
import org.bridgehead.gateway.translate.presence.SubscriptionState;
import org.bridgehead.gateway.translate.presence.XmppSubscription;
import org.junit.jupiter.api.Test;

/**
 * docs/mappings.md is written by hand; this test reads each of its tables (marked {@code <!-- table: name -->})
 * and compares every row with what the code does, so the document cannot drift from the code.
 */
class MappingsDocTest {
  private static final Path DOC = locate();

  private static Path locate() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs/mappings.md"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("docs/mappings.md not found above " + Path.of("").toAbsolutePath());
    return p.resolve("docs/mappings.md");
  }

  @Test
  void xmppToSipErrorTable() throws IOException {
    List<List<String>> expected = new ArrayList<>();
    ErrorMapper.xmppToSipTable().forEach(r -> expected.add(List.of("<" + r.condition().elementName() + "/>",
        Integer.toString(r.status()), r.alternative() == 0 ? "—" : Integer.toString(r.alternative()),
        r.when().isEmpty() ? "—" : r.when())));
    assertThat(table("errors-xmpp-to-sip")).containsExactlyElementsOf(expected);
  }

  @Test
  void sipToXmppErrorTable() throws IOException {
    List<List<String>> expected = new ArrayList<>();
    ErrorMapper.sipToXmppTable().forEach(r -> {
      expected.add(List.of(r.codes(), "<" + r.condition().elementName() + "/>"));
      int code = r.isClass() ? (r.codes().charAt(0) - '0') * 100 : Integer.parseInt(r.codes());
      assertThat(ErrorMapper.xmppCondition(code)).isEqualTo(r.condition());
    });
    assertThat(table("errors-sip-to-xmpp")).containsExactlyElementsOf(expected);
  }

  @Test
  void lyncAvailabilityToXmppTable() throws IOException {
    List<List<String>> expected = new ArrayList<>();
    for (LyncAvailability a : LyncAvailability.values()) {
      expected.add(List.of(a.low() + "–" + a.high(), Integer.toString(a.number()), a.name(), xmpp(a.available(), a.show())));
    }
    assertThat(table("lync-to-xmpp")).containsExactlyElementsOf(expected);
  }

  @Test
  void xmppToLyncAndRpidTable() throws IOException {
    List<List<String>> expected = new ArrayList<>();
    for (Show s : Show.values()) expected.add(xmppRow(true, s));
    expected.add(xmppRow(false, Show.NONE));
    assertThat(table("xmpp-to-lync")).containsExactlyElementsOf(expected);
  }

  @Test
  void rpidActivityToShowTable() throws IOException {
    List<List<String>> expected = new ArrayList<>();
    for (Activity a : Activity.values()) expected.add(List.of(a.token(), xmpp(true, a.show())));
    assertThat(table("rpid-to-xmpp")).containsExactlyElementsOf(expected);
  }

  @Test
  void chatStateTables() throws IOException {
    List<List<String>> toSip = new ArrayList<>();
    for (ChatState s : ChatState.values()) {
      toSip.add(List.of("<" + s.elementName() + "/>", ChatStateMapper.toIsComposing(s).active() ? "active" : "idle"));
    }
    assertThat(table("chatstate-to-iscomposing")).containsExactlyElementsOf(toSip);
    List<List<String>> toXmpp = new ArrayList<>();
    for (boolean active : new boolean[] {true, false}) {
      IsComposing c = new IsComposing(active, null, java.util.OptionalInt.empty());
      toXmpp.add(List.of(active ? "active" : "idle", "<" + ChatStateMapper.toChatState(c).elementName() + "/>"));
    }
    assertThat(table("iscomposing-to-chatstate")).containsExactlyElementsOf(toXmpp);
  }

  @Test
  void xep0106Table() throws IOException {
    List<List<String>> doc = table("xep0106");
    assertThat(doc).hasSize(Xep0106.ESCAPES.size());
    for (List<String> row : doc) {
      char c = (char) Integer.parseInt(row.get(0).substring(2), 16);
      assertThat(Xep0106.ESCAPES).contains(Map.entry(c, row.get(1)));
    }
  }

  @Test
  void subscriptionTables() throws IOException {
    for (List<String> row : table("notify-to-xmpp")) {
      SubscriptionMapper.NotifyOutcome o = SubscriptionMapper.fromNotify(SubscriptionState.parse(row.get(0)));
      assertThat(o.name()).as(row.get(0)).isEqualTo(row.get(1));
      assertThat(SubscriptionMapper.xmppStanza(o).map(XmppSubscription::type).orElse("—")).isEqualTo(row.get(2));
    }
    assertThat(table("notify-to-xmpp")).hasSize(3 + SubscriptionState.Reason.values().length);
    List<Integer> codes = new ArrayList<>();
    for (List<String> row : table("refresh-terminating")) {
      int code = Integer.parseInt(row.get(0));
      assertThat(SubscriptionMapper.onRefreshResponse(code).name()).as(row.get(0)).isEqualTo(row.get(1));
      if (row.get(1).equals("TERMINATED")) codes.add(code);
    }
    assertThat(codes).containsExactlyInAnyOrderElementsOf(SubscriptionMapper.REFRESH_TERMINATING);
  }

  private static List<String> xmppRow(boolean available, Show show) {
    PresenceState s = PresenceState.fromXmpp(available, show, null);
    String activity = s.activities().isEmpty() ? "—" : s.activities().iterator().next().token();
    return List.of(xmpp(available, show), Integer.toString(s.availability().getAsInt()), activity);
  }

  private static String xmpp(boolean available, Show show) {
    if (!available) return "unavailable";
    return show == Show.NONE ? "available (no show)" : "<show>" + show.xmppValue() + "</show>";
  }

  /** The body rows of the table after {@code <!-- table: name -->}, cells trimmed and unquoted. */
  private static List<List<String>> table(String name) throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf("<!-- table: " + name + " -->");
    assertThat(start).as("table %s in %s", name, DOC).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    int i = start + 1;
    while (i < lines.size() && !lines.get(i).startsWith("|")) i++;
    i += 2; // header and separator
    for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i).strip();
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      rows.add(Arrays.stream(cells).map(c -> c.strip().replace("`", "")).toList());
    }
    return rows;
  }
}
