package dev.latent.nn;

import org.bytedeco.javacpp.PointerScope;

/**
 * Frees the native memory of every tensor created while it is open (one scope per batch, one
 * per evaluation chunk). Tensors that must outlive the scope (parameters, optimizer state) are
 * created outside any scope.
 */
public final class TensorScope implements AutoCloseable {
    private final PointerScope scope;

    private TensorScope() {
        Engine.start();
        this.scope = new PointerScope();
    }

    public static TensorScope open() {
        return new TensorScope();
    }

    @Override
    public void close() {
        scope.close();
    }
}
