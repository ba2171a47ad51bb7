package org.bridgehead.api.panel;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.service.Nouns;

/**
 * The web control panel, served under {@code /panel} by the API's Javalin app: server-rendered pages on
 * the same management services as the API, so every change is validated, audited ({@code panel:<admin>})
 * and applied live exactly as an API change. No JavaScript; one stylesheet from the jar.
 */
public final class ControlPanel {
  private ControlPanel() {}

  /**
   * Adds the panel's routes to {@code app}; with a {@code wizard} (null: certificates are only listed)
   * certificates are requested, imported, assigned, exported and removed in the panel too.
   */
  public static void register(Javalin app, ManagementService management, CertificateWizard wizard) {
    Sessions sessions = new Sessions(Clock.systemUTC());
    Guard guard = new Guard(management, sessions);
    management.addChangeListener(e -> { // a removed account's sessions end at once, not at their next request
      if (Nouns.ADMINISTRATOR.equals(e.objectType()) && e.action() == org.bridgehead.management.audit.ChangeAction.REMOVE) sessions.endAll(e.objectId());
    });
    app.before(Panel.ROOT, guard::handle);
    app.before(Panel.ROOT + "/*", guard::handle);
    byte[] css = resource("panel.css");
    app.get(Panel.ROOT + "/assets/panel.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    Panel panel = new Panel(app, management);
    new LoginPages(panel, sessions).register();
    new PartnerPages(panel).register();
    new PolicyPages(panel).register();
    new SipFederationPages(panel).register();
    new GatewayPage(panel).register();
    new TopologyPages(panel).register();
    new UserPages(panel).register();
    CertificatesPage certificates = new CertificatesPage(panel, wizard);
    if (wizard != null) { // the fixed paths before the certificate pages' /{name}
      new CertificateRequestPage(panel, wizard).register();
      new CertificateImportPage(panel, wizard).register();
    }
    certificates.register();
    if (wizard != null) new CertificateActions(panel, wizard, certificates).register();
    EventLogPage events = new EventLogPage(panel);
    events.register();
    new StatusPage(panel, certificates, events).register();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ControlPanel.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + ControlPanel.class);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
