package dev.latent.eval;

/**
 * Fidelity and diversity of generated feature vectors F (m, d) against real ones R (n, d); see
 * {@link Prdc} for the definitions and conventions.
 *
 * @param precision share of fakes inside the real manifold, in [0, 1] (fidelity; Kynkaanniemi et
 *     al. 2019)
 * @param recall share of reals inside the fake manifold, in [0, 1] (diversity; Kynkaanniemi et al.
 *     2019)
 * @param density {@code (1 / (k m)) sum_j sum_i 1[F_j in B(R_i, NND_k(R_i))]}, in [0, n / k]: about
 *     1 when F is distributed like R, above 1 when fakes crowd around dense real regions (Naeem et
 *     al. 2020)
 * @param coverage share of real balls {@code B(R_i, NND_k(R_i))} holding at least one fake, in
 *     [0, 1] (Naeem et al. 2020)
 * @param realCount n, the number of real vectors the scores were computed from
 * @param fakeCount m, the number of generated vectors the scores were computed from
 */
public record PrdcScores(double precision, double recall, double density, double coverage, int realCount, int fakeCount) {}
