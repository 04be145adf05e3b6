package dev.latent.train;

/** A GAN failed in a named way (mode collapse, the discriminator winning) and was asked to stop when it does. */
public final class TrainingCollapsedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String mode;

    public TrainingCollapsedException(String mode, String message) {
        super(message);
        this.mode = mode;
    }

    /** The failure's name: "mode collapse" or "discriminator wins". */
    public String mode() {
        return mode;
    }
}
