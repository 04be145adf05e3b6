package dev.latent.nn;

import org.bytedeco.pytorch.NoGradGuard;

/** Turns autograd off on this thread until closed: evaluation and optimizer updates. */
public final class NoGrad implements AutoCloseable {
    private final NoGradGuard guard;

    private NoGrad() {
        Engine.start();
        this.guard = new NoGradGuard();
    }

    public static NoGrad open() {
        return new NoGrad();
    }

    @Override
    public void close() {
        guard.close();
    }
}
