package dev.latent.model;

import dev.latent.data.ImageShape;

import dev.latent.nn.Columns;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoder p(x|z): z (B, d) to the likelihood's parameters, as logits: (B, C, H, W) for
 * images; for a likelihood with learned variances ({@code variances} > 0), the flat (B, D + G):
 * D logits, then G log-variances that are parameters of the decoder, the same for every z.
 */
public final class Decoder {
    /** The name of the learned log-variances among the decoder's parameters. */
    public static final String LOG_VARIANCE = "log_variance";
    private final DecoderBody body;
    private final ImageShape output;
    private final Tensor logVariance;

    public Decoder(DecoderBody body, ImageShape output) {
        this(body, output, 0);
    }

    /** A decoder that appends {@code variances} learned log-variances (initially 0: variance 1). */
    public Decoder(DecoderBody body, ImageShape output, int variances) {
        this.body = body;
        this.output = output;
        this.logVariance = variances == 0 ? null : Tensor.zeros(variances).requiresGrad();
    }

    /** Decodes codes that no encoder pass produced (unpooling stages use default switches). */
    public Tensor decode(Tensor z) {
        return decode(z, Switches.NONE);
    }

    /** Decodes with the switches of the encoder pass that produced z. */
    public Tensor decode(Tensor z, Switches switches) {
        Tensor logits = body.forward(z, switches);
        if (logVariance == null) {
            return logits.reshape(output.batch(z.size(0)));
        }
        return Columns.concat(List.of(logits.reshape(z.size(0), output.size()), Columns.broadcastRows(logVariance, z.size(0))));
    }

    public Map<String, Tensor> parameters() {
        if (logVariance == null) {
            return body.parameters();
        }
        Map<String, Tensor> parameters = new LinkedHashMap<>(body.parameters());
        parameters.put(LOG_VARIANCE, logVariance);
        return parameters;
    }
}
