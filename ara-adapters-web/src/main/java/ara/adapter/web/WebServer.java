package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import ara.adapter.web.http.WebJson;
import ara.adapter.web.problem.BodyReadFailure;
import ara.adapter.web.problem.ExceptionMapping;
import ara.adapter.web.request.Requests;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Web adapter: the HTTP API on Javalin (Jetty). Built by the composition root from the use cases and the settings;
 * {@link #start()} listens, {@link #stop()} stops gracefully (in-flight requests get up to
 * {@link WebSettings#stopTimeout()} to finish). Start and stop are thread-safe; a server starts at most once.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The largest request line plus header section; Jetty answers 431 beyond it. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private final WebSettings settings;
    private final Javalin app;
    private final List<String> registered = new CopyOnWriteArrayList<>();
    private boolean started;

    /** A server without health checks, metrics or telemetry (see {@link OperationsRoutes#unmonitored()}). */
    public WebServer(WebUseCases useCases, WebSettings settings) {
        this(useCases, OperationsRoutes.unmonitored(), settings);
    }

    /** A server without the admin routes (embedding, tests of other routes). */
    public WebServer(WebUseCases useCases, WebOperations operations, WebSettings settings) {
        this(useCases, operations, Optional.empty(), settings);
    }

    /** @param admin the admin use cases, served under {@code /api/v1/admin} when present */
    public WebServer(WebUseCases useCases, WebOperations operations, Optional<WebAdmin> admin, WebSettings settings) {
        this(useCases, new RequestAdmissions(), operations, admin, settings);
    }

    /**
     * @param admissions the listener the use cases' per-audit allowances report to (shown as headers)
     * @param admin      the admin use cases, served under {@code /api/v1/admin} when present
     */
    public WebServer(WebUseCases useCases, RequestAdmissions admissions, WebOperations operations,
                     Optional<WebAdmin> admin, WebSettings settings) {
        this(useCases, admissions, operations, admin, settings, ReadBounds.DEFAULT);
    }

    /** As above, with other read bounds than ARA's fixed ones (tests of the bounds themselves). */
    WebServer(WebUseCases useCases, WebOperations operations, Optional<WebAdmin> admin, WebSettings settings,
              ReadBounds bounds) {
        this(useCases, new RequestAdmissions(), operations, admin, settings, bounds);
    }

    private WebServer(WebUseCases useCases, RequestAdmissions admissions, WebOperations operations,
                      Optional<WebAdmin> admin, WebSettings settings, ReadBounds bounds) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(operations, "operations");
        this.settings = Objects.requireNonNull(settings, "settings");
        Authentication authentication = new Authentication(useCases.authenticate());
        List<Route> routes = new ArrayList<>(Routes.of(useCases));
        routes.addAll(OperationsRoutes.of(operations, authentication));
        admin.ifPresent(adminUseCases -> routes.addAll(AdminRoutes.of(adminUseCases,
                settings.maxQuestionnaireBytes())));
        ExceptionMapping mapping = new ExceptionMapping(settings.maxRequestBytes());
        RequestTelemetry telemetry = new RequestTelemetry(operations.telemetry(),
                routes.stream().map(Route::path).toList());
        RequestFilter filter = RequestFilter.of(settings, telemetry);
        Throttle throttle = new Throttle(useCases.admitRequest(), admissions, Routes.HEALTH,
                operations.telemetry().getMeter(RequestTelemetry.INSTRUMENTATION));
        Idempotency idempotency = new Idempotency(useCases.idempotentRequest());
        this.app = Javalin.create(cfg -> {
            configure(cfg, routes, mapping, filter, authentication, throttle, idempotency, telemetry);
            configureJetty(cfg, bounds);
        });
    }

    /**
     * Jetty's side: graceful stop, ARA's error writer for Jetty's own errors, the refusal of method overrides, and
     * the bounds on how long a request may take to arrive (docs/adr/0018). No minimum body data rate: Jetty's
     * measures from the header section, so a small body that came in a later packet was refused as too slow; the
     * body's total time is bounded by {@link BodyDeadline} instead.
     */
    private void configureJetty(JavalinConfig cfg, ReadBounds bounds) {
        HeaderDeadline headerDeadline = new HeaderDeadline(bounds.header());
        cfg.jetty.modifyServer(server -> {
            // Jetty 12 waits for in-flight requests on stop only behind a GracefulHandler.
            server.insertHandler(new GracefulHandler());
            server.insertHandler(new MethodOverrideGuard());
            server.insertHandler(new BodyDeadline(settings.bodyReadTimeout(), settings.maxRequestBytes()));
            server.insertHandler(headerDeadline);
            server.setStopTimeout(settings.stopTimeout().toMillis());
            server.setErrorHandler(new JettyErrors(settings.maxRequestBytes()));
        });
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
        });
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(bounds.idle().toMillis());
            // Unmanaged: the handler chain starts and stops it; the connector only tells it of its connections.
            connector.addBean(headerDeadline, false);
            return connector;
        });
    }

    private void configure(JavalinConfig cfg, List<Route> routes, ExceptionMapping mapping, RequestFilter filter,
                           Authentication authentication, Throttle throttle, Idempotency idempotency,
                           RequestTelemetry telemetry) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.maxRequestBytes();
        cfg.http.prefer405over404 = true;
        cfg.concurrency.useVirtualThreads = settings.virtualThreads();
        cfg.jsonMapper(new JavalinJackson(WebJson.mapper(), settings.virtualThreads()));
        WebPages.serve(cfg);
        cfg.events.handlerAdded(info -> {
            if (info.getHttpMethod().isHttpMethod()) {
                registered.add(info.getHttpMethod().name() + " " + info.getPath());
            }
        });
        // Runs once per request after the response is written, whatever happened: ends the span, the access line.
        cfg.requestLogger.http((ctx, millis) -> telemetry.end(ctx));
        // A before-handler without a path runs for every request, matched or not, ahead of the exception mapping.
        cfg.routes.before(filter::handle);
        // The per-IP limit next: before authentication, so that a flood costs no token verification.
        cfg.routes.before(guarded(throttle::everyRequest));
        // Then, for /api/v1 only, the caller; after the filter so that a preflight needs no credentials.
        cfg.routes.before(guarded(authentication::handle));
        // Every 401, 403 and 404 is an exception mapped here: a failed attempt is counted as it is answered. A page
        // path that names no file is a person's mistyped URL: the not-found page, not a problem (no audit's path, so
        // there is no failed attempt to count).
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && !ApiPaths.isApi(ctx.path())) {
                WebPages.notFound(ctx);
            } else {
                throttle.answered(ctx, mapping, e);
            }
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> throttle.answered(ctx, mapping, e));
        routes.forEach(route -> cfg.routes.addHttpHandler(route.method(), route.path(),
                guarded(handler(route, throttle, idempotency))));
        // HEAD runs GET's handler (Jetty sends no body): left to Javalin, HEAD on any GET path is a bare 200 that no
        // handler, and so no access decision, ever saw.
        routes.stream().filter(route -> route.method() == HandlerType.GET && routes.stream().noneMatch(other ->
                        other.method() == HandlerType.HEAD && other.path().equals(route.path())))
                .forEach(route -> cfg.routes.addHttpHandler(HandlerType.HEAD, route.path(),
                        guarded(handler(route, throttle, idempotency))));
    }

    /**
     * The route's handler behind its rate limits and, for POST, behind idempotency keys (outermost, so that a
     * replayed response costs the route's allowances nothing). A route with a body limit of its own reads its body
     * first, within that limit, so that everything after it (the idempotency fingerprint too) sees the whole body.
     */
    private static Handler handler(Route route, Throttle throttle, Idempotency idempotency) {
        Handler limited = ctx -> throttle.serve(ctx, route.limit(), route.handler());
        Handler served = route.method() == HandlerType.POST ? idempotency.around(limited) : limited;
        if (route.maxBodyBytes() == 0) {
            return served;
        }
        return ctx -> {
            Requests.readBody(ctx, route.maxBodyBytes());
            served.handle(ctx);
        };
    }

    /**
     * Hands errors the JVM can recover from to the exception mapping; VM errors stay with Javalin (bare 500). A body
     * that could not be read becomes ARA's refusal here: Javalin would answer Jetty's read timeout itself, with a
     * bare status and no problem body, before any exception handler runs.
     */
    private static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Error e) {
                throw new HandlerFailed(e);
            } catch (Exception e) {
                throw BodyReadFailure.of(e).map(Exception.class::cast).orElse(e);
            }
        };
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the server was started before
     */
    public synchronized WebServer start() {
        if (started) {
            throw new IllegalStateException("the web server was started before");
        }
        started = true;
        app.start();
        LOG.info("HTTP API listening on {}:{} (virtual threads: {})", settings.host(), app.port(),
                settings.virtualThreads());
        return this;
    }

    /** The port listened on: the configured one, or the one chosen for port 0 once started. */
    public int port() {
        return app.port();
    }

    /** Stops listening and lets in-flight requests finish within the stop timeout. Does nothing if never started. */
    public synchronized void stop() {
        if (started) {
            app.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The routes Javalin registered, as {@code "METHOD /path"}, in registration order: the route table's, then a HEAD
     * for every GET that has none of its own.
     */
    public List<String> routes() {
        return List.copyOf(registered);
    }
}
