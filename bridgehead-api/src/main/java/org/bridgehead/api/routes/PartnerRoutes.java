package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.service.ManagementService;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * XMPP federated partners (the *-CsXmppAllowedPartner cmdlets). A new partner starts from Lync's
 * defaults; the negotiation matrix's warnings come back with the saved partner.
 */
public final class PartnerRoutes {
  private final ManagementService m;
  private final Requests requests;
  private final Responses responses;

  public PartnerRoutes(ManagementService m, Requests requests, Responses responses) {
    this.m = m;
    this.requests = requests;
    this.responses = responses;
  }

  public void register(Javalin app, String base) {
    String path = base + "/xmpp-partners";
    app.get(path, ctx -> responses.read(ctx, m.partners().get(Requests.filter(ctx))));
    app.post(path, this::create);
    app.get(path + "/{domain}", ctx -> responses.read(ctx, existing(ctx)));
    app.put(path + "/{domain}", this::update);
    app.delete(path + "/{domain}", ctx -> {
      DomainBareJid domain = domain(ctx.pathParam("domain"), "domain");
      long version = Requests.version(ctx).orElseGet(() -> existing(ctx).version());
      responses.change(ctx, 204, () -> {
        m.partners().remove(domain, version, Responses.actor(ctx));
        return null;
      });
    });
  }

  private void create(Context ctx) {
    ObjectNode body = requests.body(ctx);
    DomainBareJid domain = domain(Requests.textField(body, "primaryDomain", true), "primaryDomain");
    XmppPartner wanted = requests.merge(XmppPartner.builder(domain).build(), body, XmppPartner.class);
    ctx.header("Location", ctx.path() + "/" + URLEncoder.encode(domain.toString(), StandardCharsets.UTF_8));
    responses.change(ctx, 201, () -> m.partners().create(wanted, Responses.actor(ctx)));
  }

  private void update(Context ctx) {
    ObjectNode body = requests.body(ctx);
    long version = Requests.longField(body, "version");
    Versioned<XmppPartner> current = existing(ctx);
    String named = Requests.textField(body, "primaryDomain", false);
    if (named != null && !domain(named, "primaryDomain").equals(current.value().primaryDomain())) {
      throw ApiProblem.badRequest("primaryDomain", "the primary domain cannot be changed (remove and create)");
    }
    body.remove("version");
    XmppPartner wanted = requests.merge(current.value(), body, XmppPartner.class);
    responses.change(ctx, 200, () -> m.partners().update(wanted, version, Responses.actor(ctx)));
  }

  private Versioned<XmppPartner> existing(Context ctx) {
    DomainBareJid domain = domain(ctx.pathParam("domain"), "domain");
    return m.partners().find(domain).orElseThrow(() -> ApiProblem.notFound("xmpp-partner " + domain + " does not exist"));
  }

  private static DomainBareJid domain(String text, String field) {
    try {
      return JidCreate.domainBareFrom(text);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw ApiProblem.badRequest(field, "'" + text + "' is not a domain name");
    }
  }
}
