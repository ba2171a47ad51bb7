package org.bridgehead.api;


import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.bridgehead.api.auth.Authenticator;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.LenientEnums;
import org.bridgehead.api.http.ProblemRenderer;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.api.panel.ControlPanel;
import org.bridgehead.api.routes.AccountRoutes;
import org.bridgehead.api.routes.CollectionRoutes;
import org.bridgehead.api.routes.CrudRoutes;
import org.bridgehead.api.routes.PartnerRoutes;
import org.bridgehead.api.routes.SettingsRoutes;
import org.bridgehead.api.routes.TopologyRoutes;
import org.bridgehead.api.routes.UserPolicyRoutes;
import org.bridgehead.management.json.Json;
import org.bridgehead.management.service.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management plane over HTTP: JSON under {@value #BASE}, the same operations as the command line,
 * administrators with roles, RFC 9457 problems. See {@code docs/api.md}.
 */
public final class ManagementApi implements AutoCloseable {
  public static final String BASE = "/api/v1";
  private static final Logger log = LoggerFactory.getLogger(ManagementApi.class);
  private final Javalin app;
  private final String host;

  private ManagementApi(Javalin app, InetSocketAddress listen) {
    this.app = app;
    String h = listen.getAddress().getHostAddress();
    this.host = h.contains(":") ? "[" + h + "]" : h;
  }

  public static ManagementApi start(ManagementService management, ApiSettings settings) {
    return start(management, settings, null, null);
  }

  /**
   * @param metrics the Prometheus text exposition served at {@code /metrics} (outside {@code /api/v1}
   *     and without authentication, as scrapers expect; the API listens on loopback by default), or null
   */
  public static ManagementApi start(ManagementService management, ApiSettings settings,
      java.util.function.Supplier<String> metrics, java.util.function.Supplier<Object> status) {
    ObjectMapper mapper = Json.mapper().copy().registerModule(new LenientEnums());
    Requests requests = new Requests(mapper);
    Responses responses = new Responses(mapper, management);
    ProblemRenderer problems = new ProblemRenderer(mapper);
    Authenticator auth = new Authenticator(management, settings, Clock.systemUTC());
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.maxRequestSize = 1_000_000L;
    });
    app.before(BASE + "/*", ctx -> {
      if (!ctx.path().equals(BASE + "/health")) auth.handle(ctx);
    });
    app.exception(Exception.class, problems::render);
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.contains("problem+json")) { // Javalin's own plain-text "endpoint not found"
        problems.render(ApiProblem.notFound("no such resource: " + ctx.method() + " " + ctx.path()), ctx);
      }
    });
    app.error(405, ctx -> problems.render(new ApiProblem(405, "method-not-allowed", "Method not allowed",
        ctx.method() + " is not allowed on " + ctx.path(), java.util.Map.of()), ctx));
    new PartnerRoutes(management, requests, responses).register(app, BASE);
    CollectionRoutes.register(app, BASE, new CrudRoutes(requests, responses), management);
    new UserPolicyRoutes(management, requests, responses).register(app, BASE);
    new SettingsRoutes(management, requests, responses).register(app, BASE);
    new TopologyRoutes(management, requests, responses).register(app, BASE);
    new AccountRoutes(management, requests, responses).register(app, BASE);
    if (status != null) app.get(BASE + "/status", ctx -> ctx.json(status.get()));
    ControlPanel.register(app, management, settings.certificates());
    if (metrics != null) {
      app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
    }

    InetSocketAddress listen = settings.listen();
    if (!listen.getAddress().isLoopbackAddress()) {
      log.warn("the management API listens on {}, not on loopback: anyone who can reach it may try to log in",
          listen);
    }
    app.start(listen.getHostString(), listen.getPort());
    ManagementApi api = new ManagementApi(app, listen);
    log.debug("management API listening on {}", api.baseUrl());
    return api;
  }

  public int port() { return app.port(); }

  /** For example {@code http://127.0.0.1:8080/api/v1}. */
  public String baseUrl() {
    return "http://" + host + ":" + app.port() + BASE;
  }

  @Override
  public void close() { app.stop(); }
}
