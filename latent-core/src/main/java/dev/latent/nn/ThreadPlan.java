package dev.latent.nn;

/**
 * How many threads libtorch's intra-op pool and OpenBLAS's pool each get. The two pools do not
 * know of each other; both busy-wait, and when both have as many threads as there are cores they
 * fight (measured on 2 cores: the dense VAE fell from ~22k to ~1.2k images/s). So one pool gets
 * the cores and the other one thread, chosen by where the work is (measured on 2 cores, batch 128):
 * <ul>
 *   <li>dense models spend their time in matrix products (OpenBLAS): 1 libtorch thread, all cores
 *       to OpenBLAS (18k images/s with one BLAS thread, 26k with two);</li>
 *   <li>convolutional models spend it in oneDNN convolutions (libtorch's pool): all cores to
 *       libtorch, 1 to OpenBLAS (2.4k images/s with 1 + 2 threads, 2.8-3.1k with 2 + 1).</li>
 * </ul>
 *
 * @param intraOp libtorch's intra-op threads
 * @param blas OpenBLAS's threads
 */
public record ThreadPlan(int intraOp, int blas) {
    public ThreadPlan {
        if (intraOp < 1 || blas < 1) {
            throw new IllegalArgumentException("thread counts must be >= 1, got " + intraOp + " and " + blas);
        }
    }

    /** The measured best split for a dense or a convolutional model on this machine's cores. */
    public static ThreadPlan automatic(boolean convolutional) {
        return forCores(cores(), convolutional);
    }

    /** The same split over {@code cores} cores (a Spark task's share of its executor, say). */
    public static ThreadPlan forCores(int cores, boolean convolutional) {
        return convolutional ? new ThreadPlan(cores, 1) : new ThreadPlan(1, cores);
    }

    /** A user's choice of libtorch threads; OpenBLAS then gets 1 thread, or all cores when libtorch has 1. */
    public static ThreadPlan withIntraOp(int threads) {
        return threads > 1 ? new ThreadPlan(threads, 1) : new ThreadPlan(1, cores());
    }

    /**
     * The cores this process may use: {@code LATENT_CORES} when set (the workers of {@code latent
     * train --processes N} share the machine's cores out), else every core the JVM sees.
     */
    public static int cores() {
        String given = System.getenv("LATENT_CORES");
        int all = Runtime.getRuntime().availableProcessors();
        if (given != null && !given.isBlank()) {
            try {
                return Math.max(1, Math.min(all, Integer.parseInt(given.trim())));
            } catch (NumberFormatException e) {
                return all; // as LATENT_THREADS: a malformed value is ignored
            }
        }
        return all;
    }

    public void apply() {
        Engine.start();
        Engine.setThreads(intraOp);
        Engine.setBlasThreads(blas);
    }
}
