package org.bridgehead.api.panel;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.management.validation.Problem;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * A submitted form read field by field: what the browser sent is kept to show the form again, and each
 * value that cannot be read (not a number, not a domain) becomes a problem on its field, so the page
 * can refuse the change before the store is asked.
 */
final class FormInput {
  private final Context ctx;
  private final String object;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  FormInput(Context ctx, String object) {
    this.ctx = ctx;
    this.object = object;
  }

  /** The stripped text, null when absent or blank. */
  String text(String name) {
    String v = ctx.formParam(name);
    values.put(name, v == null ? "" : v);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String required(String name) {
    String v = text(name);
    if (v == null) problem(name, "required", name + " is required");
    return v;
  }

  /** A checkbox: sent as "on" when ticked, not sent at all otherwise. */
  boolean bool(String name) {
    boolean on = ctx.formParam(name) != null;
    values.put(name, on ? "on" : "");
    return on;
  }

  /** The ticked values of a group of checkboxes sharing one name. */
  Set<String> ticked(String name) {
    Set<String> on = new LinkedHashSet<>(ctx.formParams(name));
    values.put(name, String.join(",", on));
    return on;
  }

  /** Empty when the field is blank. */
  OptionalInt optionalInt(String name) {
    String v = text(name);
    if (v == null) return OptionalInt.empty();
    try {
      return OptionalInt.of(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      problem(name, "number", "'" + v + "' is not a whole number");
      return OptionalInt.empty();
    }
  }

  int integer(String name, int fallback) {
    String v = text(name);
    if (v == null) {
      problem(name, "required", name + " is required");
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      problem(name, "number", "'" + v + "' is not a whole number");
      return fallback;
    }
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String v = text(name);
    if (v == null) return fallback;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(name, "choice", "'" + v + "' is not one of the choices");
      return fallback;
    }
  }

  DomainBareJid domain(String name) {
    String v = required(name);
    return v == null ? null : domain(name, v);
  }

  /** Domains separated by commas, spaces or new lines. */
  Set<DomainBareJid> domains(String name) {
    String v = text(name);
    Set<DomainBareJid> out = new LinkedHashSet<>();
    if (v == null) return out;
    for (String d : v.split("[,\\s]+")) {
      DomainBareJid jid = domain(name, d);
      if (jid != null) out.add(jid);
    }
    return out;
  }

  List<String> list(String name) {
    String v = text(name);
    return v == null ? List.of() : List.of(v.split("[,\\s]+"));
  }

  long version() {
    try {
      return Long.parseLong(ctx.formParam("version"));
    } catch (NumberFormatException e) {
      problem("version", "number", "the form carries no valid version; reload the page");
      return -1;
    }
  }

  void put(String name, String value) { values.put(name, value); }

  void problem(String field, String rule, String message) { problems.add(new Problem(object, field, rule, message)); }

  boolean ok() { return problems.isEmpty(); }

  List<Problem> problems() { return List.copyOf(problems); }

  Map<String, String> values() { return values; }

  private DomainBareJid domain(String name, String text) {
    try {
      return JidCreate.domainBareFrom(text);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      problem(name, "domain", "'" + text + "' is not a domain name");
      return null;
    }
  }
}
