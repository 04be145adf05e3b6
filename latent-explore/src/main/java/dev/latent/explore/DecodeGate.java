package dev.latent.explore;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the decodes running at once (to the cores: more only queue inside the engine) and how
 * long a request waits for a turn; a request that cannot get one is answered 503 at once rather
 * than queued without bound. The page keeps one request in flight per map, so it never waits here
 * for long.
 */
final class DecodeGate {
    static final long WAIT_MILLIS = 1000;

    private final Semaphore permits;

    DecodeGate(int concurrent) {
        this.permits = new Semaphore(concurrent);
    }

    static DecodeGate forCores() {
        return new DecodeGate(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs {@code work} with a permit; false if none came within {@link #WAIT_MILLIS}. */
    boolean run(Runnable work) throws InterruptedException {
        if (!permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            permits.release();
        }
    }
}
