package dev.latent.model;

import dev.latent.nn.Columns;
import dev.latent.nn.Tensor;
import java.util.List;

/**
 * How a conditional model (Sohn et al. 2015) sees its label y: the one-hot y joins the encoder
 * trunk's features before the latent heads, q(z|x, y), and the code at the decoder's input,
 * p(x|z, y). With 0 classes nothing is joined and labels are ignored.
 *
 * @param classes how many classes (0: unconditional)
 */
record Condition(int classes) {
    /** {@code values} (B, F) with the one-hot labels (B) appended: (B, F + classes). */
    Tensor join(Tensor values, Tensor labels) {
        if (classes == 0) {
            return values;
        }
        if (labels == null) {
            throw new IllegalArgumentException("a conditional model needs the label of each input (0.." + (classes - 1) + ")");
        }
        return Columns.concat(List.of(values, Columns.oneHot(labels, classes)));
    }

    /** The trunk's features with the labels joined; the switches unchanged. */
    EncoderBody.Features join(EncoderBody.Features features, Tensor labels) {
        return classes == 0 ? features : new EncoderBody.Features(join(features.values(), labels), features.switches());
    }
}
