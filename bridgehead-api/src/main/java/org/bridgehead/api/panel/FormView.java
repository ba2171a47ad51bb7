package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.management.validation.Problem;

/**
 * Renders a form: each field with its current value, its default, and the problems the store raised
 * for it right beside it; problems naming no field of the form go above it. Read-only administrators
 * get the same form disabled and without a submit button.
 */
final class FormView {
  private final String action;
  private final List<Field> fields;
  private final Map<String, String> values;
  private final List<Problem> errors;
  private final List<Problem> warnings;
  private String ids = "f-";

  FormView(String action, List<Field> fields, Map<String, String> values, List<Problem> errors, List<Problem> warnings) {
    this.action = action;
    this.fields = fields;
    this.values = values;
    this.errors = errors == null ? List.of() : errors;
    this.warnings = warnings == null ? List.of() : warnings;
  }

  /** Element ids are {@code prefix + field}: several forms on one page each need their own. */
  FormView ids(String prefix) {
    ids = prefix;
    return this;
  }

  /** The form of a page showing several, with the state the last submission left it in. */
  static FormView of(String action, List<Field> fields, FormState state, String prefix) {
    return new FormView(action, fields, state.values(), state.errors(), List.of()).ids(prefix);
  }

  String render(PanelSession s, String submit, Map<String, String> hidden) {
    boolean disabled = !s.mayChange();
    Set<String> names = fields.stream().map(Field::name).collect(Collectors.toSet());
    StringBuilder b = new StringBuilder();
    List<Problem> general = new ArrayList<>();
    errors.stream().filter(p -> !names.contains(p.field())).forEach(general::add);
    if (!errors.isEmpty()) {
      b.append("<div class=\"refused\" role=\"alert\"><strong>Not saved.</strong> See the fields marked below.");
      general.forEach(p -> b.append(" <span class=\"error\">").append(esc(p.message())).append("</span>"));
      b.append("</div>");
    }
    warnings.stream().filter(p -> !names.contains(p.field()))
        .forEach(p -> b.append("<p class=\"warning\">").append(esc(p.message())).append("</p>"));
    b.append("<form method=\"post\" action=\"").append(esc(action)).append("\" class=\"edit\">");
    b.append(csrf(s));
    hidden.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(esc(k)).append("\" value=\"")
        .append(esc(v)).append("\">"));
    for (Field f : fields) b.append(row(f, disabled));
    if (disabled) {
      b.append("<p class=\"note\">Your role is read-only: you can look but not change.</p>");
    } else {
      b.append("<p><button type=\"submit\">").append(esc(submit)).append("</button></p>");
    }
    return b.append("</form>").toString();
  }

  static String csrf(PanelSession s) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(s.csrf()) + "\">";
  }

  /** A one-button form (remove, grant to all, logout), hidden from read-only administrators. */
  static String button(PanelSession s, String action, String label, Map<String, String> hidden) {
    if (!s.mayChange()) return "";
    StringBuilder b = new StringBuilder("<form method=\"post\" class=\"inline\" action=\"").append(esc(action))
        .append("\">").append(csrf(s));
    hidden.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(esc(k)).append("\" value=\"")
        .append(esc(v)).append("\">"));
    return b.append("<button type=\"submit\">").append(esc(label)).append("</button></form>").toString();
  }

  private String row(Field f, boolean disabled) {
    String id = ids + f.name();
    String value = values.getOrDefault(f.name(), "");
    String dis = disabled ? " disabled" : "";
    StringBuilder b = new StringBuilder("<div class=\"field\" id=\"field-").append(esc(ids + f.name())).append("\">");
    b.append("<label for=\"").append(esc(id)).append("\">").append(esc(f.label())).append("</label>");
    switch (f.kind()) {
      case TEXT, NUMBER, PASSWORD -> b.append("<input id=\"").append(esc(id)).append("\" name=\"").append(esc(f.name()))
          .append("\" type=\"").append(f.kind() == Field.Kind.PASSWORD ? "password" : "text")
          .append(f.kind() == Field.Kind.NUMBER ? "\" inputmode=\"numeric" : "")
          .append("\" value=\"").append(f.kind() == Field.Kind.PASSWORD ? "" : esc(value)).append("\"").append(dis)
          .append(">");
      case CHECKBOX -> b.append("<input id=\"").append(esc(id)).append("\" name=\"").append(esc(f.name()))
          .append("\" type=\"checkbox\" value=\"on\"").append("on".equals(value) ? " checked" : "").append(dis).append(">");
      case SELECT -> {
        b.append("<select id=\"").append(esc(id)).append("\" name=\"").append(esc(f.name())).append("\"").append(dis)
            .append(">");
        for (Field.Option o : f.options()) {
          b.append("<option value=\"").append(esc(o.value())).append("\"")
              .append(o.value().equals(value) ? " selected" : "").append(">").append(esc(o.label())).append("</option>");
        }
        b.append("</select>");
      }
      case TEXTAREA -> b.append("<textarea id=\"").append(esc(id)).append("\" name=\"").append(esc(f.name()))
          .append("\" rows=\"8\" spellcheck=\"false\"").append(dis).append(">").append(esc(value)).append("</textarea>");
      case CHECKBOXES -> {
        Set<String> ticked = Set.of(value.split(","));
        b.append("<span class=\"choices\" id=\"").append(esc(id)).append("\">");
        for (Field.Option o : f.options()) {
          b.append("<label><input type=\"checkbox\" name=\"").append(esc(f.name())).append("\" value=\"")
              .append(esc(o.value())).append("\"").append(ticked.contains(o.value()) ? " checked" : "").append(dis)
              .append("> ").append(esc(o.label())).append("</label>");
        }
        b.append("</span>");
      }
      case FIXED -> b.append("<span class=\"fixed\" id=\"").append(esc(id)).append("\">").append(esc(value)).append("</span>");
    }
    if (f.defaultText() != null) b.append("<span class=\"default\">default: ").append(esc(f.defaultText())).append("</span>");
    if (f.help() != null) b.append("<span class=\"help\">").append(esc(f.help())).append("</span>");
    for (Problem p : errors) {
      if (f.name().equals(p.field())) b.append("<span class=\"error\" data-rule=\"").append(esc(p.rule())).append("\">")
          .append(esc(p.message())).append("</span>");
    }
    for (Problem p : warnings) {
      if (f.name().equals(p.field())) b.append("<span class=\"warning\" data-rule=\"").append(esc(p.rule())).append("\">")
          .append(esc(p.message())).append("</span>");
    }
    return b.append("</div>").toString();
  }
}
