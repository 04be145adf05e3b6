package dev.latent.model;

import dev.latent.nn.Conv2d;
import dev.latent.nn.Flatten;
import dev.latent.nn.Initializer;
import dev.latent.nn.Layer;
import dev.latent.nn.MaxPool2d;
import dev.latent.nn.Parameters;
import dev.latent.nn.Sequential;
import dev.latent.nn.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Convolutional trunk: one block per entry of {@code channels}, each halving H and W, then
 * flatten and dense ReLU layers. A block is a strided 4x4 convolution + ReLU, or (for an
 * unpooling decoder) a 3x3 convolution + ReLU + 2x2 max-pooling whose switches are kept.
 * Input (B, C, H, W); output features (B, F).
 */
public final class ConvEncoderBody implements EncoderBody {
    private final List<Conv2d> convolutions = new ArrayList<>();
    private final boolean pool;
    private final Layer dense;

    public ConvEncoderBody(ModelConfig config, Initializer init) {
        this.pool = config.upsample() == Upsampling.UNPOOL;
        int in = config.input().channels();
        for (int out : config.channels()) {
            convolutions.add(pool ? new Conv2d(in, out, 3, 1, 1, init) : new Conv2d(in, out, 4, 2, 1, init));
            in = out;
        }
        List<Integer> sizes = new ArrayList<>();
        sizes.add(ConvGeometry.flattenedSize(config));
        sizes.addAll(config.hidden());
        List<Layer> layers = new ArrayList<>();
        layers.add(Flatten.INSTANCE);
        layers.addAll(Sequential.denseRelu(sizes, init));
        this.dense = new Sequential(layers);
    }

    @Override
    public Features forward(Tensor x) {
        Tensor h = x;
        List<Tensor> switches = new ArrayList<>();
        for (Conv2d convolution : convolutions) {
            h = convolution.forward(h).relu();
            if (pool) {
                MaxPool2d.Pooled pooled = MaxPool2d.INSTANCE.forward(h); // (B, c, H/2, W/2) and its argmax
                h = pooled.values();
                switches.add(pooled.switches());
            }
        }
        return new Features(dense.forward(h), pool ? new Switches(switches) : Switches.NONE);
    }

    @Override
    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        for (int i = 0; i < convolutions.size(); i++) {
            Parameters.addAll(parameters, "conv." + i, convolutions.get(i).parameters());
        }
        Parameters.addAll(parameters, "dense", dense.parameters());
        return parameters;
    }
}
