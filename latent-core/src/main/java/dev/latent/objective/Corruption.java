package dev.latent.objective;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.latent.InvalidInputException;
import dev.latent.nn.Columns;
import dev.latent.nn.Pointwise;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Locale;

/**
 * The input corruption of a denoising autoencoder (Vincent et al. 2008): the encoder sees
 * {@code x~ ~ C(x~|x)}, the likelihood scores the clean x. Corrupted values stay in [0, 1], the
 * range every encoder is trained on:
 * <ul>
 *   <li>{@code gaussian:s}: {@code clamp(x + s eps, 0, 1)}, eps ~ N(0, 1) per pixel;
 *   <li>{@code mask:p}: each pixel set to 0 with probability p (Vincent's masking noise);
 *   <li>{@code salt-pepper:p}: each pixel, with probability p, set to 0 or 1 with equal chance.
 * </ul>
 *
 * @param kind which corruption
 * @param level the noise sd (gaussian) or the share of pixels hit (mask, salt-pepper)
 */
public record Corruption(Kind kind, double level) {
    /** The corruptions, by the names the command line and config.json use. */
    public enum Kind {
        @JsonProperty("gaussian") GAUSSIAN,
        @JsonProperty("mask") MASK,
        @JsonProperty("salt-pepper") SALT_PEPPER;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Corruption {
        if (kind == null) {
            throw InvalidInputException.of("corrupt", "a corruption needs a kind: gaussian, mask or salt-pepper");
        }
        boolean share = kind != Kind.GAUSSIAN;
        if (!(level > 0) || (share ? level > 1 : level > 10)) {
            throw InvalidInputException.of("corrupt", kind.id() + " corruption needs a level in " + (share ? "(0, 1] (the share of pixels hit)"
                    : "(0, 10] (the noise sd, pixels in [0, 1])") + ", got " + level);
        }
    }

    /** Parses {@code KIND:LEVEL}, e.g. {@code gaussian:0.3}, {@code mask:0.25}, {@code salt-pepper:0.1}. */
    public static Corruption parse(String spec) {
        String[] parts = spec.trim().split(":", -1);
        Kind kind = null;
        for (Kind candidate : Kind.values()) {
            if (parts.length == 2 && candidate.id().equals(parts[0].trim().toLowerCase(Locale.ROOT))) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw InvalidInputException.of("corrupt", "corruption '" + spec + "' is not KIND:LEVEL with KIND gaussian, mask or salt-pepper"
                    + " (e.g. gaussian:0.3, mask:0.25, salt-pepper:0.1)");
        }
        try {
            return new Corruption(kind, Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("corrupt", "corruption level '" + parts[1] + "' in '" + spec + "' is not a number");
        }
    }

    /** The command-line form, {@code KIND:LEVEL}. */
    public String spec() {
        return kind.id() + ":" + level;
    }

    /** A corrupted copy of x (any shape, values in [0, 1]), drawn from {@code noise}; no gradient flows to the noise. */
    public Tensor apply(Tensor x, RandomSource noise) {
        return switch (kind) {
            case GAUSSIAN -> Columns.clamp(x.add(noise.standardNormal(x.shape()).mul(level)), 0, 1);
            case MASK -> x.mul(Pointwise.below(noise.uniform(x.shape()), level).neg().add(1.0));
            case SALT_PEPPER -> {
                Tensor hit = Pointwise.below(noise.uniform(x.shape()), level);
                Tensor salt = Pointwise.below(noise.uniform(x.shape()), 0.5);
                yield Pointwise.choose(hit, salt, x);
            }
        };
    }
}
