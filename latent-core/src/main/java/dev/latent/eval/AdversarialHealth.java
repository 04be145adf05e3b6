package dev.latent.eval;

import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.model.AdversarialNetwork;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Rows;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.AdversarialLoss;
import dev.latent.objective.Terms;
import dev.latent.train.TrainingCollapsedException;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a GAN for the failures it is known for and names them, rather than training through them:
 * <ul>
 *   <li><b>mode collapse</b>: the generator's images of a fixed batch of z come close together (their
 *       mean pairwise distance falls below {@value #COLLAPSE_DISTANCE_RATIO} of real images'), or,
 *       on labelled data, a small classifier finds few classes among them (the entropy of its class
 *       histogram below {@value #COLLAPSE_ENTROPY_SHARE} of log C);</li>
 *   <li><b>discriminator wins</b>: mean D(G(z)) stays below {@value #DISCRIMINATOR_WINS_PROBABILITY}
 *       over a whole epoch while the generator's loss climbs: G no longer gets a useful gradient.</li>
 * </ul>
 * Each epoch's two sample numbers are measured as group {@code health}; a failure is a warning line,
 * or, when asked, stops training ({@link TrainingCollapsedException}) after the epoch's checkpoint.
 */
public final class AdversarialHealth implements TrainingListener {
    public static final String GROUP = "health";
    public static final String DISTANCE_RATIO = "sample_distance_ratio";
    public static final String CLASS_ENTROPY = "sample_class_entropy_nats";
    static final int BATCH = 256;
    static final double COLLAPSE_DISTANCE_RATIO = 0.3;
    static final double COLLAPSE_ENTROPY_SHARE = 0.5;
    static final double DISCRIMINATOR_WINS_PROBABILITY = 0.05;
    private static final long FIXED_NOISE_SEED = 0x6A4L;
    private static final Logger LOG = LoggerFactory.getLogger(AdversarialHealth.class);

    private final AdversarialNetwork gan;
    private final Split data;
    private final boolean stopOnFailure;
    private final Tensor z;
    private final double realDistance;
    private SampleClassifier classifier;
    private int classCount;
    private double previousGeneratorLoss = Double.NaN;

    public AdversarialHealth(AdversarialNetwork gan, Split data, boolean stopOnFailure) {
        this.gan = gan;
        this.data = data;
        this.stopOnFailure = stopOnFailure;
        this.z = RandomSource.seeded(FIXED_NOISE_SEED).standardNormal(BATCH, gan.config().latentDim()); // outside any scope: lives with the run
        int n = Math.min(BATCH, data.train().size());
        try (TensorScope scope = TensorScope.open()) {
            this.realDistance = meanPairwiseDistance(Examples.images(data.train().slice(0, n)));
        }
    }

    /** The mean Euclidean distance between distinct images of a batch (B, C, H, W). */
    static double meanPairwiseDistance(Tensor images) {
        long n = images.size(0);
        Tensor flat = images.flattenRows();
        return Rows.squaredDistances(flat, flat).sqrt().sum().item() / (n * (n - 1));
    }

    @Override
    public Map<String, Terms> measureEpoch(TrainingState finished) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (classifier == null && data.train().hasLabels()) {
            classifier = SampleClassifier.trained(data.train()); // trained once, with autograd: not inside the no-grad block below
        }
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            Tensor images = gan.decode(z).sigmoid(); // (B, C, H, W)
            values.put(DISTANCE_RATIO, meanPairwiseDistance(images) / realDistance);
            if (classifier != null) {
                SampleClassifier.Judgement judged = classifier.judge(images);
                values.put(CLASS_ENTROPY, judged.classHistogramEntropy());
                classCount = judged.classes();
            }
        }
        return Map.of(GROUP, new Terms(values));
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        Terms train = result.train().perExample();
        Terms health = result.measured().get(GROUP);
        double generatorLoss = train.get(AdversarialLoss.GENERATOR);
        double fake = train.get(AdversarialLoss.D_FAKE);
        String failure = null;
        if (health.get(DISTANCE_RATIO) < COLLAPSE_DISTANCE_RATIO || collapsedClasses(health)) {
            failure = String.format("mode collapse at epoch %d: the generator's images of a fixed batch are %.2f as far apart as real images%s;"
                    + " try a lower learning rate, more discriminator steps per generator step, or another seed", result.epoch(), health.get(DISTANCE_RATIO),
                    health.values().containsKey(CLASS_ENTROPY) ? String.format(", their class histogram's entropy is %.2f nats", health.get(CLASS_ENTROPY)) : "");
            report("mode collapse", failure);
        } else if (fake < DISCRIMINATOR_WINS_PROBABILITY && generatorLoss > previousGeneratorLoss) {
            failure = String.format("discriminator wins at epoch %d: mean D(G(z)) was %.3f and the generator's loss climbed from %.2f to %.2f nats;"
                    + " try a lower learning rate or fewer discriminator steps per generator step", result.epoch(), fake, previousGeneratorLoss, generatorLoss);
            report("discriminator wins", failure);
        }
        previousGeneratorLoss = generatorLoss;
    }

    /** Few classes among the samples: the histogram's entropy under half of log C (all classes equally common gives log C). */
    private boolean collapsedClasses(Terms health) {
        return health.values().containsKey(CLASS_ENTROPY) && classCount > 1 && health.get(CLASS_ENTROPY) < COLLAPSE_ENTROPY_SHARE * Math.log(classCount);
    }

    private void report(String mode, String message) {
        if (stopOnFailure) {
            throw new TrainingCollapsedException(mode, message);
        }
        LOG.warn("GAN {}", message);
    }
}
