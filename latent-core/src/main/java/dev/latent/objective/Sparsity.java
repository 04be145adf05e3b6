package dev.latent.objective;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.latent.InvalidInputException;
import dev.latent.nn.Columns;
import dev.latent.nn.Pointwise;
import dev.latent.nn.Tensor;
import java.util.Locale;

/**
 * A sparsity penalty on the code z (the AE's code, the VAE's posterior mean), added to the loss:
 * <ul>
 *   <li>{@code l1:w}: {@code w sum_j |z_j|} per example;
 *   <li>{@code kl:rho:w}: Ng's penalty on the mean activations of a batch, {@code w sum_j KL(rho ||
 *       rho^_j)} with {@code rho^_j = mean_b sigmoid(z_bj)} and {@code KL(rho || r) = rho log(rho/r)
 *       + (1 - rho) log((1 - rho)/(1 - r))}. It is a penalty on the batch: the loss, a sum over the
 *       batch, takes it B times, so its weight against the per-example reconstruction is Ng's.
 * </ul>
 *
 * @param kind l1 or kl
 * @param weight the penalty's weight
 * @param rho the target mean activation (kl only; 0 for l1)
 */
public record Sparsity(Kind kind, double weight, double rho) {
    /** The penalties, by the names the command line and config.json use. */
    public enum Kind {
        @JsonProperty("l1") L1,
        @JsonProperty("kl") KL
    }

    /** rho^ is kept in [EPS, 1 - EPS] so that the logarithms stay finite. */
    static final double EPS = 1e-6;

    public Sparsity {
        if (kind == null) {
            throw InvalidInputException.of("sparsity", "a sparsity penalty needs a kind: l1 or kl");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw InvalidInputException.of("sparsity", "the sparsity weight must be positive and finite, got " + weight);
        }
        if (kind == Kind.KL && !(rho > 0 && rho < 1)) {
            throw InvalidInputException.of("sparsity", "the kl sparsity target rho must be in (0, 1), got " + rho);
        }
        if (kind == Kind.L1 && rho != 0) {
            throw InvalidInputException.of("sparsity", "the l1 sparsity penalty has no target rho");
        }
    }

    /** Parses {@code l1:WEIGHT} or {@code kl:RHO:WEIGHT}, e.g. {@code l1:1e-3}, {@code kl:0.05:1.0}. */
    public static Sparsity parse(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":", -1);
        try {
            if (parts.length == 2 && parts[0].equals("l1")) {
                return new Sparsity(Kind.L1, Double.parseDouble(parts[1]), 0);
            }
            if (parts.length == 3 && parts[0].equals("kl")) {
                return new Sparsity(Kind.KL, Double.parseDouble(parts[2]), Double.parseDouble(parts[1]));
            }
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("sparsity", "sparsity '" + spec + "' holds a value that is not a number");
        }
        throw InvalidInputException.of("sparsity", "sparsity '" + spec + "' is neither l1:WEIGHT nor kl:RHO:WEIGHT (e.g. l1:1e-3, kl:0.05:1.0)");
    }

    /** The command-line form. */
    public String spec() {
        return kind == Kind.L1 ? "l1:" + weight : "kl:" + rho + ":" + weight;
    }

    /** The penalty summed over the batch (a scalar) for codes (B, d). */
    public Tensor penaltySum(Tensor z) {
        if (kind == Kind.L1) {
            return Pointwise.abs(z).sum().mul(weight);
        }
        long batch = z.size(0);
        Tensor r = Columns.clamp(z.sigmoid().sum(0).mul(1.0 / batch), EPS, 1 - EPS); // (d)
        Tensor kl = Pointwise.log(r).neg().add(Math.log(rho)).mul(rho)
                .add(Pointwise.log(r.neg().add(1.0)).neg().add(Math.log(1 - rho)).mul(1 - rho));
        return kl.sum().mul(weight * batch);
    }
}
