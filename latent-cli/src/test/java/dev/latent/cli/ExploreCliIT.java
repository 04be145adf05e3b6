package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latent explore} from the command line: serves the models it is given, refuses what it cannot show in one line. */
class ExploreCliIT {
    @TempDir
    static Path shared;

    static Path ae;
    static Path vae;

    @BeforeAll
    static void trainTwo() {
        ae = shared.resolve("ae");
        vae = shared.resolve("vae");
        for (String[] model : new String[][] {{"ae", ae.toString()}, {"vae", vae.toString()}}) {
            Run run = Run.of("train", "--model", model[0], "--out", model[1], "--epochs", "1", "--hidden", "32", "--latent-dim", "3", "--no-progress");
            assertThat(run.code()).as(run.err()).isZero();
        }
    }

    @Test
    void servesBothModelsUntilItsTimeIsUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String[] args = {"explore", "--models", ae + "," + vae, "--port", Integer.toString(port), "--stop-after", "10"};
        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> Run.of(args));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> models = null;
        for (int tries = 0; tries < 300 && models == null && !running.isDone(); tries++) {
            try {
                models = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/models")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(models).as("the server answered").isNotNull();
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("\"name\":\"ae\"", "\"kind\":\"AE\"", "\"name\":\"vae\"", "\"kind\":\"VAE\"");
        Run run = running.get();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("loaded 2 model(s)", "latent explore: http://127.0.0.1:" + port + "/", "stopped after 10 s");
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void refusesWhatItCannotShowInOneLine() throws IOException {
        Path table = shared.resolve("table");
        Files.createDirectories(table);
        Files.writeString(table.resolve("columns.json"), "{}");
        String[][] bad = {
            {"explore", "--models", shared.resolve("missing").toString()},
            {"explore", "--models", table.toString()},
            {"explore", "--models", ae.toString(), "--port", "70000"},
            {"explore", "--models", ae.toString(), "--points", "0"},
            {"explore", "--models", String.join(",", ae.toString(), ae.toString(), ae.toString(), ae.toString(), ae.toString())},
            {"explore", "--models", ae.toString(), "--host", "no-such-host.invalid"},
        };
        for (String[] args : bad) {
            Run run = Run.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().strip()).as(run.err()).startsWith("latent: ").doesNotContain("\n", "Exception", "\tat ");
        }
    }

    @Test
    void helpNamesEveryOption() {
        Run run = Run.of("explore", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--models", "--data", "--host", "--port", "--points", "--stop-after", "Ctrl-C");
    }
}
