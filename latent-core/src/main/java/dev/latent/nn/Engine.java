package dev.latent.nn;

import dev.latent.InvalidInputException;
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
 *   <li>Threads: libtorch's intra-op pool and OpenBLAS's own pool oversubscribe the cores; both
 *       are set explicitly by a {@link ThreadPlan}.</li>
 * </ol>
 *
 * <p>It also turns off JavaCPP's physical-memory check ({@code maxPhysicalBytes}), unless the user
 * set it: by default every new native object reads the process's resident size, about 1.5 us per
 * tensor-creating op (measured: 3.0 us to 1.3 us per small {@code add}), and past twice the heap
 * size it forces garbage collections and then fails. latent frees native memory with scopes, so
 * the check buys nothing.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static volatile boolean started;
    private static volatile Device device = Device.CPU;

    static {
        // read once, when JavaCPP's Pointer class initialises: before anything loads it
        if (System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0");
        }
    }

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
            if (cacheNativeResources()) {
                requireCudaLibraries();
            }
            Loader.load(torch.class);
            raiseAllocatorThresholds();
            ThreadPlan plan = defaultPlan();
            setThreads(plan.intraOp());
            setBlasThreads(plan.blas());
            if (!ConvolutionSelfCheck.oneDnnGradientsAgree()) {
                torch.globalContext().setUserEnabledMkldnn(false);
                LOG.warn("oneDNN computed a wrong convolution gradient on this CPU; using the reference path");
            }
            started = true;
            Device auto = Device.resolve("auto"); // the default: a GPU when the build and the machine have one
            if (auto.cuda()) {
                useDevice(auto);
            }
        }
    }

    /**
     * Puts every tensor made from now on on {@code target} (models, data, noise, optimizer state);
     * call it before building anything. A CUDA device is checked first: one small convolution's
     * gradient on it against the float64 reference on the CPU.
     *
     * @throws IllegalStateException when the device computes a wrong gradient
     */
    public static synchronized void useDevice(Device target) {
        start();
        if (target.cuda()) {
            double error = ConvolutionSelfCheck.relativeInputGradientError(target);
            if (!(error < ConvolutionSelfCheck.TOLERANCE)) {
                throw new IllegalStateException("the self-check convolution on " + target + " has a gradient off by " + error
                        + " (relative) from the float64 reference; train on --device cpu");
            }
            LOG.info("training on {} (convolution self-check: relative gradient error {})", target, error);
        }
        device = target;
    }

    /** The device new tensors are placed on: CUDA device 0 when there is one, else the CPU, unless {@link #useDevice} said otherwise. */
    public static Device device() {
        return device;
    }

    /** Sets libtorch's intra-op threads. */
    public static void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        torch.set_num_threads(threads);
    }

    /**
     * Sets OpenBLAS's own thread pool, which libtorch's dense matrix products run on. It is
     * separate from libtorch's intra-op pool: see {@link ThreadPlan} for why both matter.
     */
    public static void setBlasThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("BLAS threads must be >= 1, got " + threads);
        }
        org.bytedeco.openblas.global.openblas_full.openblas_set_num_threads(threads);
    }

    /** OpenBLAS's thread count now. */
    public static int blasThreads() {
        start();
        return org.bytedeco.openblas.global.openblas_full.openblas_get_num_threads();
    }

    /** The number of intra-op threads libtorch uses now. */
    public static int threads() {
        start();
        return torch.get_num_threads();
    }

    /**
     * The plan at start-up: {@code LATENT_THREADS} libtorch threads if set (see
     * {@link ThreadPlan#withIntraOp}), else the dense-model plan; commands switch to the plan of
     * the model they run once they know it.
     */
    static ThreadPlan defaultPlan() {
        Integer fromEnv = threadsFromEnvironment();
        return fromEnv != null ? ThreadPlan.withIntraOp(fromEnv) : ThreadPlan.automatic(false);
    }

    /** {@code LATENT_THREADS}, or null when unset or not a number. */
    public static Integer threadsFromEnvironment() {
        String fromEnv = System.getenv("LATENT_THREADS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return Math.max(1, Integer.parseInt(fromEnv.trim()));
            } catch (NumberFormatException e) {
                LOG.warn("LATENT_THREADS={} is not a number; ignoring it", fromEnv);
            }
        }
        return null;
    }

    /**
     * Allocates and frees one 31 MB block. glibc serves a block that large with mmap, and freeing
     * an mmapped block raises its mmap threshold to that block's size (at most 32 MB) and its trim
     * threshold to twice that (mallopt(3), "dynamic mmap threshold"). Without this, the thresholds
     * stay near the size of the largest block freed so far (a 400 KB batch), and every freed run of
     * temporaries above it is handed back to the kernel and faulted in again by the next op: the
     * importance-sampled NLL spent 70 of its 139 s in the kernel, with 40 million page faults.
     */
    private static void raiseAllocatorThresholds() {
        try (org.bytedeco.javacpp.PointerScope scope = new org.bytedeco.javacpp.PointerScope()) {
            torch.empty((31L << 20) / Float.BYTES); // float32
        }
    }

    /**
     * Caches the CUDA build's folder ({@code linux-x86_64-gpu}, from {@code mvn -Pcuda}) when it is on
     * the class path, else the CPU build's; true for the CUDA build.
     */
    private static boolean cacheNativeResources() {
        try {
            Class<?> torchClass = Class.forName("org.bytedeco.pytorch.global.torch", false, Engine.class.getClassLoader());
            String gpu = "/org/bytedeco/pytorch/" + Loader.getPlatform() + "-gpu/";
            boolean cuda = torchClass.getResource(gpu) != null;
            Loader.cacheResources(torchClass, cuda ? gpu : "/org/bytedeco/pytorch/" + Loader.getPlatform() + "/");
            return cuda;
        } catch (Exception e) {
            throw new IllegalStateException("could not unpack libtorch into the JavaCPP cache (~/.javacpp/cache): " + e.getMessage(), e);
        }
    }

    /**
     * The CUDA build of libtorch links against CUDA's own libraries, which the machine must have; without
     * them the native load fails in a way the JVM cannot catch (measured: a crash, after JavaCPP fell back
     * to another libtorch on the system). Loading the CUDA presets first fails catchably, in one line.
     */
    private static void requireCudaLibraries() {
        for (String library : new String[] {"cudart", "cublas", "cusparse", "cudnn"}) {
            try {
                Loader.load(Class.forName("org.bytedeco.cuda.global." + library, false, Engine.class.getClassLoader()));
            } catch (ClassNotFoundException | UnsatisfiedLinkError e) {
                throw new InvalidInputException("this is latent's CUDA build (mvn -Pcuda) and this machine lacks CUDA's " + library
                        + " library (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll(" in java\\.library\\.path.*", "")
                        + "); install CUDA 13 and cuDNN 9, or use the default"
                        + " CPU build (mvn package without -Pcuda)");
            }
        }
    }
}
