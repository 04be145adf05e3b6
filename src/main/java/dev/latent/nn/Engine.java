package dev.latent.nn;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.pytorch.global.torch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads libtorch once, safely, and sets it up for this machine.
 *
 * <p>Three measured traps are handled here (see ENGINE.md in the project notes):
 * <ol>
 *   <li>With an empty {@code ~/.javacpp/cache}, the first load of {@code libtorch_cpu.so} crashed
 *       (SIGSEGV) on a Zen 5 machine. Caching the whole platform folder before the torch class
 *       initialises avoids it.</li>
 *   <li>oneDNN computed wrong input gradients for some float32 convolutions on that machine.
 *       {@link ConvolutionSelfCheck} compares a tiny convolution against the float64 reference at
 *       start-up and turns oneDNN off only where it is wrong.</li>
 *   <li>Threads: libtorch's intra-op pool and OpenBLAS's own pool oversubscribe two cores; the
 *       thread count is set explicitly.</li>
 * </ol>
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static volatile boolean started;
    private static volatile boolean oneDnnEnabled = true;

    private Engine() {}

    /** Loads the native libraries and runs the start-up checks; safe to call many times. */
    public static void start() {
        if (started) {
            return;
        }
        synchronized (Engine.class) {
            if (started) {
                return;
            }
            cacheNativeResources();
            Loader.load(torch.class);
            setThreads(defaultThreads());
            if (!ConvolutionSelfCheck.oneDnnGradientsAgree()) {
                torch.globalContext().setUserEnabledMkldnn(false);
                oneDnnEnabled = false;
                LOG.warn("oneDNN computed a wrong convolution gradient on this CPU; using the reference path");
            }
            started = true;
        }
    }

    /** Whether oneDNN (fast CPU convolutions) survived the start-up self-check. */
    public static boolean oneDnnEnabled() {
        start();
        return oneDnnEnabled;
    }

    /** Sets libtorch's intra-op threads. */
    public static void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        torch.set_num_threads(threads);
    }

    /** The number of intra-op threads libtorch uses now. */
    public static int threads() {
        start();
        return torch.get_num_threads();
    }

    /**
     * The default intra-op thread count: the {@code LATENT_THREADS} environment variable if set,
     * else 1. Measured on a 2-core machine (MLP VAE 784-400-20, batch 128): 1 torch thread gave
     * 16-20k images/s, 2 threads 1.2k images/s, because libtorch's pool and OpenBLAS's own pool
     * then fight over the two cores.
     */
    static int defaultThreads() {
        String fromEnv = System.getenv("LATENT_THREADS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return Math.max(1, Integer.parseInt(fromEnv.trim()));
            } catch (NumberFormatException e) {
                LOG.warn("LATENT_THREADS={} is not a number; using 1 thread", fromEnv);
            }
        }
        return 1;
    }

    private static void cacheNativeResources() {
        try {
            Class<?> torchClass = Class.forName("org.bytedeco.pytorch.global.torch", false, Engine.class.getClassLoader());
            Loader.cacheResources(torchClass, "/org/bytedeco/pytorch/" + Loader.getPlatform() + "/");
        } catch (Exception e) {
            throw new IllegalStateException("could not unpack libtorch into the JavaCPP cache (~/.javacpp/cache): " + e.getMessage(), e);
        }
    }
}
