package org.bridgehead.api.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.validation.Problem;

/**
 * One browser's session: before login it only carries the CSRF token of the login form; after login
 * the administrator's name. The role is read from the store on every request (see {@link Guard}).
 */
final class PanelSession {
  /** A one-shot message for the page after a redirect, with the warnings of the change that was saved. */
  record Flash(String message, List<Problem> warnings) {}

  private final String id;
  private final String csrf;
  private final String admin;
  private volatile Instant lastSeen;
  private volatile AdminRole role;
  private volatile Flash flash;

  PanelSession(String id, String csrf, String admin, Instant now) {
    this.id = id;
    this.csrf = csrf;
    this.admin = admin;
    this.lastSeen = now;
  }

  String id() { return id; }

  String csrf() { return csrf; }

  /** The administrator's name, null before login. */
  String admin() { return admin; }

  boolean loggedIn() { return admin != null; }

  /** The audit actor of every change made through the panel. */
  String actor() { return "panel:" + admin; }

  AdminRole role() { return role; }

  boolean mayChange() { return role != null && role.mayChange(); }

  void role(AdminRole r) { role = r; }

  Instant lastSeen() { return lastSeen; }

  void touch(Instant now) { lastSeen = now; }

  boolean csrfMatches(String submitted) {
    return submitted != null && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
        csrf.getBytes(StandardCharsets.UTF_8));
  }

  void flash(String message, List<Problem> warnings) { flash = new Flash(message, List.copyOf(warnings)); }

  /** The pending flash, once. */
  Flash takeFlash() {
    Flash f = flash;
    flash = null;
    return f;
  }
}
