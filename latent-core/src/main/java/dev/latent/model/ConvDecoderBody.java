package dev.latent.model;

import dev.latent.nn.Conv2d;
import dev.latent.nn.ConvTranspose2d;
import dev.latent.nn.Initializer;
import dev.latent.nn.Layer;
import dev.latent.nn.MaxUnpool2d;
import dev.latent.nn.Parameters;
import dev.latent.nn.Sequential;
import dev.latent.nn.Tensor;
import dev.latent.nn.Unflatten;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mirror of {@link ConvEncoderBody}: dense ReLU layers from z up to the last feature map
 * (B, C_n, h, w), then one upsampling stage per block, each doubling H and W: a transposed 4x4
 * convolution, or unpooling / nearest upsampling followed by a 3x3 convolution. ReLU between
 * stages; the last stage gives the image's C channels of logits.
 */
public final class ConvDecoderBody implements DecoderBody {
    private final Layer dense;
    private final List<Layer> stages = new ArrayList<>();
    private final Upsampling upsampling;

    public ConvDecoderBody(ModelConfig config, Initializer init) {
        this.upsampling = config.upsample();
        List<Integer> channels = config.channels();
        int blocks = channels.size();
        int[] bottom = ConvGeometry.bottleneck(config.input(), blocks);
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.latentDim() + config.conditionClasses()); // z, and a conditional model's one-hot label
        List<Integer> hidden = new ArrayList<>(config.hidden());
        Collections.reverse(hidden);
        sizes.addAll(hidden);
        sizes.add(ConvGeometry.flattenedSize(config));
        List<Layer> layers = new ArrayList<>(Sequential.denseRelu(sizes, init));
        layers.add(new Unflatten(channels.get(blocks - 1), bottom[0], bottom[1]));
        this.dense = new Sequential(layers);
        for (int block = blocks - 1; block >= 0; block--) {
            int in = channels.get(block);
            int out = block == 0 ? config.input().channels() : channels.get(block - 1);
            stages.add(upsampling == Upsampling.TRANSPOSED ? new ConvTranspose2d(in, out, 4, 2, 1, init) : new Conv2d(in, out, 3, 1, 1, init));
        }
    }

    @Override
    public Tensor forward(Tensor z, Switches switches) {
        Tensor h = dense.forward(z); // (B, C_n, h, w)
        int blocks = stages.size();
        for (int i = 0; i < blocks; i++) {
            h = upsample(h, switches, blocks - 1 - i);
            h = stages.get(i).forward(h);
            if (i < blocks - 1) {
                h = h.relu();
            }
        }
        return h;
    }

    /** Doubles H and W before a 3x3 stage; a transposed stage upsamples by itself. */
    private Tensor upsample(Tensor h, Switches switches, int encoderBlock) {
        switch (upsampling) {
            case NEAREST:
                return h.upsampleNearest2x();
            case UNPOOL:
                Tensor where = switches.present() ? switches.stages().get(encoderBlock) : MaxUnpool2d.topLeftSwitches(h);
                return MaxUnpool2d.INSTANCE.forward(h, where);
            default:
                return h;
        }
    }

    @Override
    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "dense", dense.parameters());
        for (int i = 0; i < stages.size(); i++) {
            Parameters.addAll(parameters, "up." + i, stages.get(i).parameters());
        }
        return parameters;
    }
}
