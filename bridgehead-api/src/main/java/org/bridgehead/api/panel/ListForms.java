package org.bridgehead.api.panel;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A page of lists, each with an add form and remove buttons (SIP federation, topology, users): a change
 * redirects back on success; a refusal shows the page again with the problems on the form that was sent.
 */
final class ListForms {
  interface Renderer {
    void page(Context ctx, PanelSession s, Map<String, FormState> forms);
  }

  private final Panel panel;
  private final String path;
  private final Renderer renderer;

  ListForms(Panel panel, String path, Renderer renderer) {
    this.panel = panel;
    this.path = path;
    this.renderer = renderer;
  }

  void change(Context ctx, PanelSession s, FormInput in, String form, Supplier<Object> change, String done) {
    Panel.Refused again = problems -> renderer.page(ctx, s, new HashMap<>(Map.of(form, FormState.refused(in, problems))));
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    if (panel.attempt(ctx, change, again) != null) Panel.redirect(ctx, s, path, done, List.of());
  }

  /** A change that returns nothing. */
  static Object done(Runnable r) {
    r.run();
    return Boolean.TRUE;
  }

  String form(PanelSession s, Map<String, FormState> forms, String name, List<Field> fields, Map<String, String> defaults,
      String submit) {
    return FormView.of(Panel.ROOT + path + "/" + name, fields, forms.getOrDefault(name, FormState.of(defaults)),
        name + "-").render(s, submit, Map.of());
  }

  String removeButton(PanelSession s, String list, String key, long version) {
    return FormView.button(s, Panel.ROOT + path + "/" + list + "/remove", "Remove",
        Map.of("key", key, "version", Long.toString(version)));
  }
}
