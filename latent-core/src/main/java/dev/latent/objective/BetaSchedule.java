package dev.latent.objective;

import dev.latent.InvalidInputException;

/**
 * The KL weight over training: {@code beta_t = beta * min(1, t / warmupSteps)} after t completed
 * steps (linear warm-up from 0; constant beta when warmupSteps is 0).
 *
 * @param beta the final weight (1 is the true ELBO)
 * @param warmupSteps steps of linear warm-up, 0 for none
 */
public record BetaSchedule(double beta, long warmupSteps) {
    public BetaSchedule {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw InvalidInputException.of("beta", "beta must be a finite number >= 0, got " + beta);
        }
        if (warmupSteps < 0) {
            throw InvalidInputException.of("betaWarmupSteps", "beta warm-up must be >= 0 steps, got " + warmupSteps);
        }
    }

    public static BetaSchedule constant(double beta) {
        return new BetaSchedule(beta, 0);
    }

    /** beta reached linearly from 0 over {@code steps} optimizer steps (Bowman et al. 2016's KL annealing). */
    public static BetaSchedule warmup(double beta, long steps) {
        return new BetaSchedule(beta, steps);
    }

    /** The weight after {@code step} completed optimizer steps. */
    public double at(long step) {
        if (warmupSteps == 0 || step >= warmupSteps) {
            return beta;
        }
        return beta * step / warmupSteps;
    }
}
