package dev.latent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code latent train --processes N}: starts N workers of one data-parallel run on this machine, each
 * this command line with {@code --world-size N --rank R --rendezvous 127.0.0.1:PORT} in place of
 * {@code --processes}, in a JVM like this one; waits for them and exits as rank 0 did (or as the
 * first that failed). The cores are shared out: each worker plans its threads for cores / N cores
 * ({@code LATENT_CORES}) unless that is set already.
 */
final class WorkerLauncher {
    private static final long GRACE_MS = 10_000;

    private WorkerLauncher() {}

    static int run(List<String> trainArgs, int processes, PrintWriter err) throws IOException, InterruptedException {
        int port = freePort();
        List<Process> workers = new ArrayList<>();
        try {
            for (int rank = 0; rank < processes; rank++) {
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "train"));
                command.addAll(trainArgs);
                command.addAll(List.of("--world-size", String.valueOf(processes), "--rank", String.valueOf(rank),
                        "--rendezvous", "127.0.0.1:" + port));
                if (rank > 0 && !trainArgs.contains("--no-progress")) {
                    command.add("--no-progress");
                }
                ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
                if (System.getenv("LATENT_CORES") == null) {
                    builder.environment().put("LATENT_CORES", String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() / processes)));
                }
                workers.add(builder.start());
            }
            return waitFor(workers, err);
        } finally {
            workers.forEach(Process::destroy); // only those still running: after an interrupt, or a failure of the others
        }
    }

    /**
     * The first failed worker's exit code, or 0. The others of a failed run stop on their own at their
     * next collective; any still running {@link #GRACE_MS} later (one that had not met the others yet)
     * is stopped.
     */
    private static int waitFor(List<Process> workers, PrintWriter err) throws InterruptedException {
        int first = 0;
        long failedAt = 0;
        boolean[] done = new boolean[workers.size()];
        int remaining = workers.size();
        while (remaining > 0) {
            if (first != 0 && System.currentTimeMillis() - failedAt > GRACE_MS) {
                workers.forEach(Process::destroy);
            }
            for (int rank = 0; rank < workers.size(); rank++) {
                Process worker = workers.get(rank);
                if (!done[rank] && worker.waitFor(100, TimeUnit.MILLISECONDS)) {
                    done[rank] = true;
                    remaining--;
                    int code = worker.exitValue();
                    if (code != 0 && first == 0) {
                        first = code;
                        failedAt = System.currentTimeMillis();
                        if (rank > 0) {
                            err.println("latent: worker " + rank + " of " + workers.size() + " exited with code " + code);
                        }
                    }
                }
            }
        }
        return first;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free local port for the workers to meet on: " + e.getMessage(), e);
        }
    }

    /** The train command line without {@code --processes} and its value. */
    static List<String> withoutProcesses(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--processes")) {
                i++;
            } else if (!arg.startsWith("--processes=")) {
                kept.add(arg);
            }
        }
        return kept;
    }
}
