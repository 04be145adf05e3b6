package dev.latent.cli;

import dev.latent.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Data-parallel training: {@code --processes N} starts N local workers; a worker (or one process of
 * a run across machines) is {@code --world-size N --rank R --rendezvous HOST:PORT}, or the
 * environment variables that PyTorch's launchers, Slurm and Kubernetes jobs set
 * ({@code WORLD_SIZE}, {@code RANK}, {@code MASTER_ADDR}, {@code MASTER_PORT}).
 */
final class ProcessOptions {
    static final int DEFAULT_PORT = 29500;

    @Option(names = "--processes", paramLabel = "N", description = "Start N local worker processes of one data-parallel run "
            + "(each of --batch-size images per step; rank 0 writes --out). Default: 1.")
    Integer processes;

    @Option(names = "--world-size", paramLabel = "N", description = "Processes in the run, across machines. Default: WORLD_SIZE, else 1.")
    Integer worldSize;

    @Option(names = "--rank", paramLabel = "R", description = "This process's rank, 0 to N-1; rank 0 writes --out. Default: RANK.")
    Integer rank;

    @Option(names = "--rendezvous", paramLabel = "HOST:PORT", description = "Where the processes meet (rank 0 listens there). "
            + "Default: MASTER_ADDR:MASTER_PORT, else 127.0.0.1:" + DEFAULT_PORT + ".")
    String rendezvous;

    @Option(names = "--peer-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Stop when another process is silent this long (or at once when it dies). Default: ${DEFAULT-VALUE}.")
    int peerTimeoutSeconds;

    /** Where and as what this process joins a run; null for a run of one process. */
    record Membership(String host, int port, int rank, int worldSize, Duration timeout) {}

    int processes() {
        int n = processes == null ? 1 : processes;
        if (n < 1 || n > 256) {
            throw new InvalidInputException("--processes must be between 1 and 256, got " + n);
        }
        if (n > 1 && (worldSize != null || rank != null)) {
            throw new InvalidInputException("--processes starts the workers itself; give it without --world-size and --rank");
        }
        if (n > 1 && rendezvous != null) { // the workers would be given two
            throw new InvalidInputException("--processes has its workers meet on 127.0.0.1 at a free port; give it without --rendezvous");
        }
        return n;
    }

    Membership membership(Map<String, String> environment) {
        int size = worldSize != null ? worldSize : number(environment, "WORLD_SIZE", 1);
        if (size < 1 || size > 4096) {
            throw new InvalidInputException("--world-size (or WORLD_SIZE) must be between 1 and 4096, got " + size);
        }
        if (size == 1) {
            return null;
        }
        Integer given = rank != null ? Integer.valueOf(rank) : environment.containsKey("RANK") ? number(environment, "RANK", 0) : null;
        if (given == null) {
            throw new InvalidInputException("a run of " + size + " processes needs this process's --rank (or RANK), 0 to " + (size - 1));
        }
        if (given < 0 || given >= size) {
            throw new InvalidInputException("--rank (or RANK) must be between 0 and " + (size - 1) + " for " + size + " processes, got " + given);
        }
        if (peerTimeoutSeconds < 1 || peerTimeoutSeconds > 86_400) {
            throw new InvalidInputException("--peer-timeout must be between 1 and 86400 seconds, got " + peerTimeoutSeconds);
        }
        String host = environment.getOrDefault("MASTER_ADDR", "127.0.0.1");
        int port = environment.containsKey("MASTER_PORT") ? number(environment, "MASTER_PORT", DEFAULT_PORT) : DEFAULT_PORT;
        if (rendezvous != null) {
            int colon = rendezvous.lastIndexOf(':');
            if (colon <= 0 || colon == rendezvous.length() - 1) {
                throw new InvalidInputException("--rendezvous must be HOST:PORT (e.g. 10.0.0.1:29500), got '" + rendezvous + "'");
            }
            host = rendezvous.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1); // [::1]:29500, an IPv6 address
            }
            port = parse(rendezvous.substring(colon + 1), "the port of --rendezvous");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("the rendezvous port must be between 1 and 65535, got " + port);
        }
        return new Membership(host, port, given, size, Duration.ofSeconds(peerTimeoutSeconds));
    }

    private static int number(Map<String, String> environment, String name, int absent) {
        String value = environment.get(name);
        return value == null ? absent : parse(value.trim(), name);
    }

    private static int parse(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + " must be a whole number, got '" + value + "'");
        }
    }
}
