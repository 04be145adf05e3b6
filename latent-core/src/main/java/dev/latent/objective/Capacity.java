package dev.latent.objective;

import dev.latent.InvalidInputException;
import dev.latent.nn.Pointwise;
import dev.latent.nn.Tensor;

/**
 * Controlled capacity (Burgess et al. 2018, "Understanding disentangling in beta-VAE"): the KL
 * term is replaced by {@code gamma |KL - C_t|}, with the capacity C_t raised linearly from 0 to
 * {@code maxNats} over {@code steps} optimizer steps, so the KL is made to follow the schedule
 * instead of being pushed to 0. KL here is the batch's mean KL per example, as in the paper, so
 * the penalty summed over a batch of B is {@code gamma |sum_b KL_b - B C_t|}.
 *
 * @param maxNats C_max, nats per example
 * @param steps steps to reach it
 * @param gamma the penalty's weight (Burgess et al. use 1000)
 */
public record Capacity(double maxNats, long steps, double gamma) {
    public static final double DEFAULT_GAMMA = 1000;

    public Capacity {
        if (!(maxNats >= 0) || Double.isInfinite(maxNats)) {
            throw InvalidInputException.of("capacity", "the capacity C_max must be a finite number of nats >= 0, got " + maxNats);
        }
        if (steps < 1) {
            throw InvalidInputException.of("capacity", "the capacity schedule needs at least 1 step, got " + steps);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw InvalidInputException.of("capacity", "the capacity weight gamma must be positive and finite, got " + gamma);
        }
    }

    /** Parses {@code C_MAX:STEPS} or {@code C_MAX:STEPS:GAMMA}, e.g. {@code 25:10000}. */
    public static Capacity parse(String spec) {
        String[] parts = spec.trim().split(":", -1);
        if (parts.length != 2 && parts.length != 3) {
            throw InvalidInputException.of("capacity", "capacity '" + spec + "' is not C_MAX:STEPS[:GAMMA] (e.g. 25:10000, nats and optimizer steps)");
        }
        try {
            double gamma = parts.length == 3 ? Double.parseDouble(parts[2]) : DEFAULT_GAMMA;
            return new Capacity(Double.parseDouble(parts[0]), Long.parseLong(parts[1]), gamma);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("capacity", "capacity '" + spec + "' holds a value that is not a number (C_MAX:STEPS[:GAMMA])");
        }
    }

    /** C_t after {@code step} completed steps, nats per example. */
    public double at(long step) {
        return maxNats * Math.min(1.0, (double) step / steps);
    }

    /** {@code gamma |klSum - B C_t|} for a batch of {@code batch} whose KL sums to {@code klSum}. */
    public Tensor penaltySum(Tensor klSum, long batch, long step) {
        return Pointwise.abs(klSum.add(-batch * at(step))).mul(gamma);
    }
}
