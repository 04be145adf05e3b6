package dev.latent.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.bench.Latency;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients dragging on a running {@code latent explore}, as the page does: each keeps one decode in
 * flight and sends the next point of a random walk through the latent space at most every 16 ms
 * (a 60 Hz pointer). Bounded in clients (≤ 64) and time (≤ 300 s); refuses any host but loopback.
 * Prints round-trip and server-side (Server-Timing) decode latency, errors, and the server's
 * resident memory each 5 s when given its pid.
 *
 * <pre>java -cp latent.jar dev.latent.explore.LoadGenerator URL CLIENTS SECONDS [SERVER_PID]</pre>
 */
public final class LoadGenerator {
    private static final long FRAME_NANOS = 16_000_000L;

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadGenerator URL CLIENTS SECONDS [SERVER_PID]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress() || clients < 1 || clients > 64 || seconds < 1 || seconds > 300) {
            System.err.println("load generator: only 127.0.0.1, 1-64 clients and 1-300 seconds");
            System.exit(2);
        }
        HttpClient http = HttpClient.newHttpClient();
        JsonNode models = ExploreServer.JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("api/models")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> roundTrips = new ArrayList<>();
        List<long[]> server = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int model = c % models.size();
            int d = models.get(model).get("latentDim").asInt();
            long[] trips = new long[seconds * 70];
            long[] decodes = new long[seconds * 70];
            roundTrips.add(trips);
            server.add(decodes);
            URI decode = base.resolve("api/models/" + model + "/decode");
            long seed = c;
            Thread thread = new Thread(() -> drag(http, decode, d, seed, end, trips, decodes, errors), "client-" + c);
            thread.start();
            threads.add(thread);
        }
        String pid = args.length > 3 ? args[3] : null;
        while (System.nanoTime() < end) {
            Thread.sleep(5000);
            if (pid != null) {
                System.out.printf(Locale.ROOT, "  server RSS %.0f MB%n", residentMb(pid));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] trips = flatten(roundTrips);
        long[] decodes = flatten(server);
        Latency trip = Latency.of(trips);
        Latency inside = Latency.of(decodes);
        System.out.printf(Locale.ROOT, "%d clients, %d s: %d decodes (%.0f/s), %d errors; round trip p50 %.1f ms, p99 %.1f ms; "
                + "server decode p50 %.2f ms, p99 %.2f ms%n", clients, seconds, trips.length, trips.length / (double) seconds, errors.get(),
                trip.p50Ms(), trip.p99Ms(), inside.p50Ms(), inside.p99Ms());
    }

    private static void drag(HttpClient http, URI decode, int d, long seed, long end, long[] trips, long[] decodes, AtomicInteger errors) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[d];
        int n = 0;
        while (System.nanoTime() < end && n < trips.length) {
            long start = System.nanoTime();
            for (int j = 0; j < d; j++) {
                z[j] = (float) Math.max(-3, Math.min(3, z[j] + random.nextGaussian() * 0.1));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(decode).POST(HttpRequest.BodyPublishers.ofString(
                        Arrays.toString(z))).build(), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    continue;
                }
                trips[n] = took;
                decodes[n] = 1 + (long) (1e6 * Double.parseDouble(response.headers().firstValue("Server-Timing").orElse("decode;dur=0")
                        .substring("decode;dur=".length())));
                n++;
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long wait = FRAME_NANOS - (System.nanoTime() - start);
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }
    }

    private static long[] flatten(List<long[]> lists) {
        return lists.stream().flatMapToLong(a -> Arrays.stream(a).takeWhile(v -> v > 0)).toArray(); // unused slots are 0; a timing is >= 1 ns
    }

    private static double residentMb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
