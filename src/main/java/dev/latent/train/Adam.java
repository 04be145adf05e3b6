package dev.latent.train;

import dev.latent.InvalidInputException;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015), as in {@code torch.optim.Adam} without weight decay:
 * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 * theta -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)}. The moment tensors are updated in
 * place and can be saved and restored, so that a resumed run continues exactly.
 */
public final class Adam {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final Map<String, Tensor> parameters;
    private final Map<String, Tensor> firstMoment = new LinkedHashMap<>();
    private final Map<String, Tensor> secondMoment = new LinkedHashMap<>();
    private final Map<String, Tensor> denominator = new LinkedHashMap<>();
    private final double learningRate;
    private long steps;

    public Adam(Map<String, Tensor> parameters, double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new InvalidInputException("learning rate must be positive and finite, got " + learningRate);
        }
        this.parameters = new LinkedHashMap<>(parameters);
        this.learningRate = learningRate;
        for (Map.Entry<String, Tensor> entry : parameters.entrySet()) {
            firstMoment.put(entry.getKey(), entry.getValue().zerosLike());
            secondMoment.put(entry.getKey(), entry.getValue().zerosLike());
            denominator.put(entry.getKey(), entry.getValue().zerosLike());
        }
    }

    /** Drops every parameter's gradient before the next backward pass. */
    public void zeroGrad() {
        for (Tensor parameter : parameters.values()) {
            parameter.clearGrad();
        }
    }

    /**
     * One update from the gradients accumulated by the last backward pass. Six passes over each
     * parameter and no allocation: {@code m} by lerp, {@code v} by mul + addcmul, and the bias
     * corrections folded into the step size and epsilon:
     * {@code lr * m_hat / (sqrt(v_hat) + eps) = (lr sqrt(c2) / c1) * m / (sqrt(v) + eps sqrt(c2))}.
     * (Measured on the 784-400-20 VAE: 2.35 ms per step before, with three temporaries per
     * parameter; see the speed note in the README.)
     */
    public void step() {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(BETA2, steps));
        double stepSize = learningRate * sqrtCorrection2 / correction1;
        double epsilon = EPSILON * sqrtCorrection2;
        try (NoGrad noGrad = NoGrad.open()) {
            for (Map.Entry<String, Tensor> entry : parameters.entrySet()) {
                Tensor gradient = entry.getValue().grad();
                if (gradient == null) {
                    continue;
                }
                Tensor m = firstMoment.get(entry.getKey()).lerp_(gradient, 1 - BETA1);
                Tensor v = secondMoment.get(entry.getKey()).mul_(BETA2).addcmul_(gradient, gradient, 1 - BETA2);
                Tensor denominator = this.denominator.get(entry.getKey()).sqrtInto_(v).add_(epsilon);
                entry.getValue().addcdiv_(m, denominator, -stepSize);
            }
        }
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
