package dev.latent.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.InvalidInputException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer's HTTP server: one page from the jar and a small JSON API over models fixed at
 * start-up (a request names a model and a test image by index, never a path). Every bad request
 * gets a 4xx and one line of JSON, {@code {"error": "..."}}; bodies are bounded by
 * {@link LatentVector#MAX_CHARS}, query values by {@link Requests#MAX_VALUE_CHARS}. The routes
 * are listed in {@link ExploreApi}.
 */
public final class ExploreServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExploreServer.class);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ASSETS = Map.of("/", "index.html", "/map.js", "map.js", "/explore.js", "explore.js", "/explore.css", "explore.css");

    private final Javalin app;

    private ExploreServer(List<ModelView> models) {
        ExploreApi api = new ExploreApi(List.copyOf(models), DecodeGate.forCores());
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = LatentVector.MAX_CHARS;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            ASSETS.forEach((route, file) -> config.routes.get(route, ctx -> {
                Requests.onlyParameters(ctx, Set.of());
                asset(ctx, file);
            }));
            api.routes(config.routes);
            config.routes.exception(InvalidInputException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed", Requests.clip(ctx.path()), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server's log");
            });
            config.routes.error(400, "*", ctx -> keepOrSet(ctx, "bad request"));
            config.routes.error(404, "*", ctx -> keepOrSet(ctx, "no such page: " + Requests.clip(ctx.path())));
            config.routes.error(405, "*", ctx -> keepOrSet(ctx, "method " + ctx.method() + " not allowed here"));
            config.routes.error(413, "*", ctx -> keepOrSet(ctx, "the body is over " + LatentVector.MAX_CHARS + " bytes"));
        });
    }

    /** Starts serving {@code models} on host:port (port 0: any free port); see {@link #port()}. */
    public static ExploreServer start(List<ModelView> models, String host, int port) {
        ExploreServer server = new ExploreServer(models);
        server.app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void asset(Context ctx, String file) throws IOException {
        try (InputStream in = ExploreServer.class.getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks web/" + file);
            }
            ctx.contentType(file.endsWith(".js") ? "text/javascript; charset=utf-8" : file.endsWith(".css") ? "text/css; charset=utf-8"
                    : "text/html; charset=utf-8");
            ctx.header("Cache-Control", "no-cache");
            ctx.result(in.readAllBytes());
        }
    }

    static void json(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json").result(JSON.writeValueAsBytes(value));
    }

    static void error(Context ctx, HttpStatus status, String message) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(Map.of("error", message)));
        } catch (IOException e) {
            ctx.status(status).result("{\"error\":\"bad request\"}");
        }
    }

    /** An error status without our JSON body yet (Javalin's or Jetty's own) gets one. */
    private static void keepOrSet(Context ctx, String message) {
        String body = ctx.result();
        if (body == null || !body.startsWith("{\"error\"")) {
            error(ctx, HttpStatus.forStatus(ctx.statusCode()), message);
        }
    }
}
