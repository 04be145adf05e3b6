package dev.latent.explore;

import dev.latent.InvalidInputException;
import dev.latent.eval.LatentSpaceNumbers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON API. Pixels are bytes 0-255, C*H*W; codes are the model's latent vectors.
 *
 * <pre>
 *   GET  /api/models                        per model: name, latent dimension, image shape, kind, prior, points, link group
 *   GET  /api/models/{m}/map?x=pc1&amp;y=pc2    the test codes on two axes (pc1, pc2 or z0..z{d-1}); labels; the PCA plane; code sd
 *   GET  /api/models/{m}/images/{i}         test image i: pixels, label, mean code
 *   POST /api/models/{m}/decode             body [z_0, ..., z_{d-1}]: the decoded mean image (a conditional model: ?label=N, default 0)
 *   GET  /api/models/{m}/prior?seed=S       one draw from the prior (an AE: its fitted Gaussian) and its image
 *   GET  /api/models/{m}/path?from=i&amp;to=j&amp;steps=8&amp;kind=linear|slerp   codes and frames between test images i and j
 *   GET  /api/models/{m}/numbers            active units, prior coverage, interpolation smoothness, once computed
 * </pre>
 */
final class ExploreApi {
    private final List<ModelView> models;
    private final DecodeGate gate;

    ExploreApi(List<ModelView> models, DecodeGate gate) {
        this.models = models;
        this.gate = gate;
    }

    void routes(RoutesConfig routes) {
        routes.get("/api/models", this::list);
        routes.get("/api/models/{m}/map", this::map);
        routes.get("/api/models/{m}/images/{i}", this::image);
        routes.post("/api/models/{m}/decode", this::decode);
        routes.get("/api/models/{m}/prior", this::prior);
        routes.get("/api/models/{m}/path", this::path);
        routes.get("/api/models/{m}/numbers", this::numbers);
    }

    private void list(Context ctx) throws IOException {
        Requests.onlyParameters(ctx, Set.of());
        List<Long> digests = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (ModelView view : models) {
            if (!digests.contains(view.testDigest())) {
                digests.add(view.testDigest());
            }
            var shape = view.model().shape();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", view.name());
            m.put("kind", view.model().variational() ? "VAE" : "AE");
            m.put("latentDim", view.latentDim());
            m.put("shape", new int[] {shape.channels(), shape.height(), shape.width()});
            m.put("prior", view.priorName());
            m.put("points", view.test().size());
            m.put("classes", view.classes());
            m.put("linkGroup", digests.indexOf(view.testDigest()));
            list.add(m);
        }
        ExploreServer.json(ctx, list);
    }

    private void map(Context ctx) throws IOException {
        Requests.onlyParameters(ctx, Set.of("x", "y"));
        ModelView view = model(ctx);
        String x = Objects.requireNonNullElse(ctx.queryParam("x"), "pc1");
        String y = Objects.requireNonNullElse(ctx.queryParam("y"), view.plane().components() > 1 ? "pc2" : "pc1");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("axes", List.of(x, y));
        out.put("x", axis(view, x));
        out.put("y", axis(view, y));
        out.put("labels", view.test().hasLabels() ? view.test().labels() : new int[view.test().size()]);
        out.put("mean", view.plane().mean());
        out.put("components", view.plane().axes());
        out.put("explained", view.plane().explainedVarianceRatio());
        out.put("codeSd", view.codeSd());
        ExploreServer.json(ctx, out);
    }

    /** pc1, pc2: coordinates on the PCA plane; zJ: latent dimension J. */
    private static double[] axis(ModelView view, String name) {
        int k = view.plane().components();
        if (name.equals("pc1") || (name.equals("pc2") && k > 1)) {
            int c = name.equals("pc1") ? 0 : 1;
            double[] out = new double[view.test().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = view.map()[i * k + c];
            }
            return out;
        }
        if (name.length() > 1 && name.charAt(0) == 'z') {
            return view.dimension(Requests.index("axis", name.substring(1), view.latentDim()));
        }
        throw new InvalidInputException("axis '" + Requests.clip(name) + "' is not pc1, pc2 or z0..z" + (view.latentDim() - 1));
    }

    private void image(Context ctx) throws IOException {
        Requests.onlyParameters(ctx, Set.of());
        ModelView view = model(ctx);
        int i = Requests.index("image", ctx.pathParam("i"), view.test().size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pixels", view.image(i));
        out.put("label", view.test().hasLabels() ? view.test().labels()[i] : -1);
        out.put("code", view.code(i));
        ExploreServer.json(ctx, out);
    }

    private void decode(Context ctx) throws Exception {
        Requests.onlyParameters(ctx, Set.of("label"));
        ModelView view = model(ctx);
        float[] z = LatentVector.parse(ctx.body(), view.latentDim());
        decoded(ctx, view, z, 1, label(ctx, view, 0), Map.of());
    }

    private void prior(Context ctx) throws Exception {
        Requests.onlyParameters(ctx, Set.of("seed", "label"));
        ModelView view = model(ctx);
        int seed = Requests.intParameter(ctx, "seed", 1, 0, Integer.MAX_VALUE);
        float[] z = view.samplePrior(seed);
        decoded(ctx, view, z, 1, label(ctx, view, 0), Map.of("code", z, "prior", view.priorName()));
    }

    /** A conditional model's label=N (default {@code fallback}); refused for an unconditional model. */
    private static int label(Context ctx, ModelView view, int fallback) {
        if (view.classes() == 0) {
            if (ctx.queryParam("label") != null) {
                throw new InvalidInputException("label: " + view.name() + " is not a conditional model; it decodes without labels");
            }
            return 0;
        }
        return Requests.intParameter(ctx, "label", fallback, 0, view.classes() - 1);
    }

    private void path(Context ctx) throws Exception {
        Requests.onlyParameters(ctx, Set.of("from", "to", "steps", "kind", "label"));
        ModelView view = model(ctx);
        int from = Requests.index("from", require(ctx, "from"), view.test().size());
        int to = Requests.index("to", require(ctx, "to"), view.test().size());
        int label = label(ctx, view, view.test().hasLabels() ? Math.max(0, view.test().labels()[from]) : 0); // the start image's own
        int steps = Requests.intParameter(ctx, "steps", 8, 1, LatentPath.MAX_STEPS);
        String kindText = ctx.queryParam("kind");
        LatentPath kind = LatentPath.parse(kindText == null ? "linear" : kindText);
        float[] codes = kind.frames(view.code(from), view.code(to), steps);
        decoded(ctx, view, codes, steps + 1, label, Map.of("codes", codes));
    }

    private void numbers(Context ctx) throws IOException {
        Requests.onlyParameters(ctx, Set.of());
        ModelView view = model(ctx);
        LatentSpaceNumbers numbers = view.numbersIfReady();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ready", numbers != null);
        if (numbers != null) {
            out.put("activeUnits", numbers.activeUnits());
            out.put("priorCoverage", numbers.priorCoverage());
            out.put("interpolationSmoothness", numbers.interpolationSmoothness());
        }
        ExploreServer.json(ctx, out);
    }

    /** Decodes {@code count} codes within the gate and answers {"pixels": [...]} plus {@code extra}; 503 when the gate is full. */
    private void decoded(Context ctx, ModelView view, float[] z, int count, int label, Map<String, Object> extra) throws Exception {
        int[][] result = new int[1][];
        long start = System.nanoTime();
        if (!gate.run(() -> result[0] = view.decode(z, count, label))) {
            ExploreServer.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the server is busy decoding; try again");
            return;
        }
        // the time from the request's turn at the gate to its pixels, for the load generator and the browser's network panel
        ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "decode;dur=%.3f", (System.nanoTime() - start) / 1e6));
        Map<String, Object> out = new LinkedHashMap<>(extra);
        out.put("pixels", result[0]);
        ExploreServer.json(ctx, out);
    }

    private static String require(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            throw new InvalidInputException("parameter '" + name + "' is missing");
        }
        return value;
    }

    private ModelView model(Context ctx) {
        return models.get(Requests.index("model", ctx.pathParam("m"), models.size()));
    }
}
