package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Supplier;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page shares: the services, route registration under {@link #ROOT} with the session the
 * {@link Guard} checked, the page frame, redirects with a flash message, and the store's refusals.
 */
final class Panel {
  static final String ROOT = "/panel";
  private static final Logger log = LoggerFactory.getLogger(Panel.class);

  /** A page handler; the session is logged in (or anonymous only on the login page). */
  interface Page {
    void handle(Context ctx, PanelSession session) throws Exception;
  }

  /** What a refused change needs to show its form again. */
  interface Refused {
    void show(List<Problem> problems);
  }

  private final Javalin app;
  final ManagementService m;

  Panel(Javalin app, ManagementService m) {
    this.app = app;
    this.m = m;
  }

  void get(String path, Page page) { app.get(ROOT + path, ctx -> run(ctx, page)); }

  void post(String path, Page page) { app.post(ROOT + path, ctx -> run(ctx, page)); }

  private void run(Context ctx, Page page) {
    PanelSession s = ctx.attribute(Guard.SESSION);
    try {
      page.handle(ctx, s);
    } catch (NotFoundException e) {
      // Not 404: the API's 404 handler would replace the page with a JSON problem.
      message(ctx.status(HttpStatus.GONE), s, "Not found", e.getMessage());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      log.warn("control panel page {} failed", ctx.path(), e);
      message(ctx.status(HttpStatus.INTERNAL_SERVER_ERROR), s, "Error", "the page failed; see the node's log");
    }
  }

  /**
   * Runs a change; on a refusal (broken rules, a stale version, a vanished object) hands the problems to
   * {@code refused} with status 422 or 409 and returns null: nothing was saved.
   */
  <T> T attempt(Context ctx, Supplier<T> change, Refused refused) {
    try {
      return change.get();
    } catch (ValidationException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      refused.show(e.problems());
    } catch (StaleUpdateException e) {
      ctx.status(HttpStatus.CONFLICT);
      refused.show(List.of(new Problem(e.objectType() + " " + e.objectId(), "version", "stale-update",
          e.getMessage() + "; reload the page to see the current values")));
    } catch (NotFoundException e) {
      ctx.status(HttpStatus.CONFLICT);
      refused.show(List.of(new Problem(e.objectType() + " " + e.objectId(), "", "not-found", e.getMessage())));
    } catch (IllegalArgumentException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      refused.show(List.of(new Problem("", "", "bad-input", e.getMessage())));
    }
    return null;
  }

  /** Shows the input problems found before the store was asked (status 422). */
  static void refuse(Context ctx, FormInput in, Refused refused) {
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    refused.show(in.problems());
  }

  void page(Context ctx, PanelSession s, String section, String title, String body) {
    ctx.contentType("text/html; charset=utf-8").result(Layout.page(s, section, title, body));
  }

  void message(Context ctx, PanelSession s, String title, String text) {
    page(ctx, s, "", title, "<p class=\"error\">" + esc(text) + "</p>");
  }

  /** Post/redirect/get: the next page shows {@code message} and the change's warnings once. */
  static void redirect(Context ctx, PanelSession s, String path, String message, List<Problem> warnings) {
    if (message != null) s.flash(message, warnings);
    ctx.redirect(ROOT + path, HttpStatus.SEE_OTHER);
  }
}
