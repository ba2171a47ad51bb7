package org.bridgehead.api.routes;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bridgehead.api.http.Requests;
import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.PolicyScope;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.service.ManagementService;

/** The keyed collections served by {@link CrudRoutes}, each bound to its management service. */
public final class CollectionRoutes {
  private CollectionRoutes() {}

  public static void register(io.javalin.Javalin app, String base, CrudRoutes crud, ManagementService m) {
    var sip = m.sipFederation();
    var topo = m.topology();
    crud.register(app, base + "/sites", new Crud<>("site", "name", Site.class, topo::getSites,
        exact(topo::getSites, Site::name), k -> new Site(k, "", 0), (s, b, a) -> topo.createSite(s, a),
        topo::updateSite, Site::version, topo::removeSite));
    crud.register(app, base + "/edge-pools", new Crud<>("edge-pool", "fqdn", EdgePool.class, topo::getPools,
        exact(topo::getPools, EdgePool::fqdn), k -> EdgePool.of(k, null, false), (p, b, a) -> topo.createPool(p, a),
        topo::updatePool, EdgePool::version, topo::removePool));
    crud.register(app, base + "/allowed-domains", new Crud<>("allowed-domain", "domain", AllowedSipDomain.class,
        sip::getAllowed, exact(sip::getAllowed, AllowedSipDomain::domain),
        k -> new AllowedSipDomain(k, null, null, null, 0), (d, b, a) -> sip.createAllowed(d, a), sip::updateAllowed,
        AllowedSipDomain::version, sip::removeAllowed));
    crud.register(app, base + "/blocked-domains", new Crud<>("blocked-domain", "domain", BlockedSipDomain.class,
        sip::getBlocked, exact(sip::getBlocked, BlockedSipDomain::domain), k -> new BlockedSipDomain(k, null, 0),
        (d, b, a) -> sip.createBlocked(d, a), sip::updateBlocked, BlockedSipDomain::version, sip::removeBlocked));
    crud.register(app, base + "/public-providers", new Crud<>("public-provider", "name", PublicProvider.class,
        sip::getProviders, exact(sip::getProviders, PublicProvider::name),
        k -> new PublicProvider(k, null, false, null, 0), (p, b, a) -> sip.createProvider(p, a),
        sip::updateProvider, PublicProvider::version, sip::removeProvider));
    var users = m.users();
    crud.register(app, base + "/users", new Crud<>("user", "sipUri", LocalUser.class, users::get, users::find,
        k -> LocalUser.of(k, "", null), (u, b, a) -> {
          String password = Requests.textField(b, "password", false);
          return users.create(u, password == null ? null : password.toCharArray(), a);
        }, users::update, LocalUser::version, users::remove));
    var policies = m.policies();
    crud.register(app, base + "/external-access-policies", new Crud<>("external-access-policy", "identity",
        ExternalAccessPolicy.class, policies::get, k -> policies.find(PolicyIdentity.parse(k)),
        k -> ExternalAccessPolicy.defaults(PolicyIdentity.parse(k)), (p, b, a) -> policies.create(p, a),
        policies::update, ExternalAccessPolicy::version, (k, v, a) -> {
          PolicyIdentity id = PolicyIdentity.parse(k);
          if (id.scope() == PolicyScope.GLOBAL) policies.resetGlobal(v, a); // the global policy always exists
          else policies.remove(id, v, a);
        }));
  }

  /** A find by exact key (case-insensitive) over a service that only lists by glob. */
  private static <T> Function<String, Optional<T>> exact(Function<String, List<T>> list, Function<T, String> key) {
    return k -> list.apply(null).stream().filter(x -> key.apply(x).equalsIgnoreCase(k)).findFirst();
  }
}
