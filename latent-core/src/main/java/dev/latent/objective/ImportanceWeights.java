package dev.latent.objective;

import dev.latent.model.Posterior;
import dev.latent.model.Reparameterization;
import dev.latent.model.Switches;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The log importance weights {@code log w_k = log p(x|z_k) + log p(z_k) - log q(z_k|x)}, z_k =
 * mean + sigma eps_k ~ q(z|x), of Burda, Grosse and Salakhutdinov's bound {@code log p(x) >= log
 * (1/K) sum_k w_k}: what the IWAE objective trains on and the evaluation's K = 1000 bound
 * measures, from one code path.
 */
public final class ImportanceWeights {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private ImportanceWeights() {}

    /**
     * (s, B): the weights of s samples of each of the B images, for noise {@code epsilon} (s*B, d),
     * sample-major (rows s*B + b); differentiable in the model's parameters.
     *
     * @param x the images the likelihood scores (clean ones, for a denoiser)
     * @param labels their labels (B), for a conditional model; else null
     * @param q the posterior of each image, (B, d)
     * @param switches the encoder pass's switches (an unpooling decoder reads them)
     */
    public static Tensor logWeights(VariationalAutoencoder model, Likelihood likelihood, Tensor x, Tensor labels, Posterior q, Switches switches,
            Tensor epsilon) {
        long b = x.size(0);
        long d = q.mean().size(1);
        long s = epsilon.size(0) / b;
        Posterior repeated = new Posterior(q.mean().repeatRows(s), q.logVariance().repeatRows(s)); // (s*B, d) each
        Tensor z = Reparameterization.sample(repeated, epsilon);
        Tensor logits = model.decode(z, labels == null ? null : labels.repeatRows(s), repeat(switches, s));
        Tensor logPxGivenZ = likelihood.negativeLogLikelihood(logits, x.repeatRows(s)).neg(); // (s*B)
        Tensor logPz = z.square().sum(1).mul(-0.5).add(-0.5 * d * LOG_2PI);
        Tensor logQz = epsilon.square().sum(1).add(repeated.logVariance().sum(1)).mul(-0.5).add(-0.5 * d * LOG_2PI);
        return logPxGivenZ.add(logPz).sub(logQz).reshape(s, b);
    }

    private static Switches repeat(Switches switches, long s) {
        List<Tensor> stages = new ArrayList<>();
        for (Tensor stage : switches.stages()) {
            stages.add(stage.repeatRows(s));
        }
        return new Switches(stages);
    }
}
