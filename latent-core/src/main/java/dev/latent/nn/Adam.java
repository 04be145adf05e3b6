package dev.latent.nn;

import dev.latent.InvalidInputException;
import dev.latent.nn.AdamKernel;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015), as in {@code torch.optim.Adam} without weight decay:
 * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 * theta -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)}. The update runs in place in one
 * fused pass per tensor ({@link AdamKernel}); the moment tensors can be saved and restored, so
 * that a resumed run continues exactly.
 */
public final class Adam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final Map<String, Tensor> parameters;
    private final Map<String, Tensor> firstMoment = new LinkedHashMap<>();
    private final Map<String, Tensor> secondMoment = new LinkedHashMap<>();
    private final AdamKernel kernel;
    private final double learningRate;
    private long steps;

    public Adam(Map<String, Tensor> parameters, double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw InvalidInputException.of("learningRate", "learning rate must be positive and finite, got " + learningRate);
        }
        this.parameters = new LinkedHashMap<>(parameters);
        this.learningRate = learningRate;
        for (Map.Entry<String, Tensor> entry : parameters.entrySet()) {
            firstMoment.put(entry.getKey(), entry.getValue().zerosLike());
            secondMoment.put(entry.getKey(), entry.getValue().zerosLike());
        }
        this.kernel = new AdamKernel(List.copyOf(this.parameters.values()), List.copyOf(firstMoment.values()),
                List.copyOf(secondMoment.values()));
    }

    /** Drops every parameter's gradient before the next backward pass. */
    public void zeroGrad() {
        for (Tensor parameter : parameters.values()) {
            parameter.clearGrad();
        }
    }

    /** One update from the gradients accumulated by the last backward pass. */
    public void step() {
        steps++;
        kernel.update(steps, learningRate, BETA1, BETA2, EPSILON);
    }
    /** Completed updates so far (t in the bias corrections). */
    public long steps() {
        return steps;
    }

    /** The moment tensors, named {@code adam.m.<param>} and {@code adam.v.<param>}, for checkpoints. */
    public Map<String, Tensor> state() {
        Map<String, Tensor> state = new LinkedHashMap<>();
        firstMoment.forEach((name, m) -> state.put("adam.m." + name, m));
        secondMoment.forEach((name, v) -> state.put("adam.v." + name, v));
        return state;
    }

    /** Restores the step count; the moments are restored by loading into {@link #state()}. */
    public void restoreSteps(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0");
        }
        this.steps = steps;
    }
}
