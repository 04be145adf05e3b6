package dev.latent.explore;

import dev.latent.api.Latent;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small dense AE and VAE (d = 4) trained once per JVM on the embedded digits, and one server
 * over both on a free port of 127.0.0.1, for every test class here.
 */
final class ExploreFixture {
    static final int POINTS = 600;
    private static Split data;
    private static Path ae;
    private static Path vae;
    private static ExploreServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ExploreFixture() {}

    static synchronized Split data() {
        if (data == null) {
            data = DataSources.load(DataSources.DEFAULT);
        }
        return data;
    }

    static synchronized Path ae() {
        if (ae == null) {
            ae = train(Latent.ae(data().shape()), "digits-ae");
        }
        return ae;
    }

    static synchronized Path vae() {
        if (vae == null) {
            vae = train(Latent.vae(data().shape()), "digits-vae");
        }
        return vae;
    }

    private static Path train(Latent.Builder builder, String name) {
        try {
            Path dir = Files.createTempDirectory("latent-explore-").resolve(name);
            builder.hidden(64).latentDim(4).epochs(1).seed(3).fit(data(), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server over [AE, VAE], started on first use and left running for the JVM. */
    static synchronized ExploreServer server() {
        if (server == null) {
            server = ExploreServer.start(List.of(ModelView.load(ae(), data(), POINTS), ModelView.load(vae(), data(), POINTS)), "127.0.0.1", 0);
        }
        return server;
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server().port() + pathAndQuery);
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    static HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
