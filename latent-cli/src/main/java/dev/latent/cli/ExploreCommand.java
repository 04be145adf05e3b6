package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.explore.ExploreServer;
import dev.latent.explore.ModelView;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import dev.latent.train.StopRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent explore}: a latent space in the browser, decoded live; AE and VAE side by side. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Serve one page that maps each model's test codes (PCA plane, or any two latent dimensions) and decodes any point",
            "you click or drag, with traversal sliders, prior samples and interpolation paths; two models are linked side by side.",
            "The page uses nothing outside this jar. Model directories are fixed here: no request names a path. Ctrl-C stops it."})
final class ExploreCommand implements Callable<Integer> {
    static final int MAX_MODELS = 4;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", required = true, split = ",", paramLabel = "DIR[,DIR...]",
            description = "Model directories written by latent train (AEs and VAEs of images), at most " + MAX_MODELS + ".")
    List<Path> models;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "7860", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--points", defaultValue = "20000", paramLabel = "N",
            description = "Map at most the first N test images per model. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Stop after this many seconds (for scripts). Default: until Ctrl-C.")
    Integer stopAfter;

    @Override
    public Integer call() throws Exception {
        CommandChecks.countInRange("--points", points, 1_000_000);
        if (models.size() > MAX_MODELS) {
            throw new InvalidInputException("--models names " + models.size() + " directories; the page shows at most " + MAX_MODELS);
        }
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("--port must be between 0 and 65535, got " + port);
        }
        boolean loopback = loopback(host);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        engine.apply();
        long start = System.nanoTime();
        List<ModelView> views = new ArrayList<>();
        for (Path dir : models) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("--models: " + dir + " is not a directory; give model directories written by latent train");
            }
            CommandChecks.imageModel(dir, "explore");
            RunConfig config = TrainedModel.readConfig(dir);
            engine.planFor(config.model());
            Split split = data.loadFor(dir, config);
            views.add(ModelView.load(dir, split, points));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int codes = views.stream().mapToInt(v -> v.test().size()).sum();
        out.printf("loaded %d model(s), %d test codes, in %.1f s; the latent-space numbers follow in the background%n", views.size(), codes, seconds);
        StopRequest stop = Signals.stopRequest();
        try (ExploreServer server = serve(views)) {
            if (!loopback) {
                err.printf("latent: warning: listening on %s: the models and their test images can be reached from the network%n", host);
            }
            out.printf("latent explore: http://%s:%d/  (Ctrl-C stops)%n", host.contains(":") ? "[" + host + "]" : host, server.port());
            out.flush();
            long deadline = stopAfter == null ? Long.MAX_VALUE : System.nanoTime() + stopAfter * 1_000_000_000L;
            while (!stop.requested() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        out.println(stop.requested() ? "stopped (SIG" + stop.signal() + ")" : "stopped after " + stopAfter + " s");
        return ExitCodes.OK;
    }

    private ExploreServer serve(List<ModelView> views) {
        try {
            return ExploreServer.start(views, host, port);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cannot listen on " + host + ":" + port + " (" + firstLine(e) + "); is the port in use? pass another --port");
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new InvalidInputException("--host " + host + " is not an address of this machine");
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
