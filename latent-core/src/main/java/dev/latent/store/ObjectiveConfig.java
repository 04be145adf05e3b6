package dev.latent.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.latent.data.Split;
import dev.latent.model.Generator;
import dev.latent.objective.Likelihood;
import dev.latent.train.TrainConfig;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingStep;
import java.util.List;

/**
 * What a model was trained on, saved in config.json; it also makes the training step and the
 * per-epoch measurements of its kind of model, so the loop takes a new model as a new class.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = ElboConfig.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ElboConfig.class, name = "elbo"),
    @JsonSubTypes.Type(value = AdversarialConfig.class, name = "adversarial")
})
public sealed interface ObjectiveConfig permits ElboConfig, AdversarialConfig {
    /** How the decoder's (generator's) logits become images, and for an ELBO p(x|z). */
    Likelihood likelihood();

    /** The step that trains {@code model} on this objective. */
    TrainingStep step(Generator model, TrainConfig training);

    /** Listeners that measure each epoch (the test split's terms, a GAN's health). */
    List<TrainingListener> measurements(Generator model, Split data);
}
