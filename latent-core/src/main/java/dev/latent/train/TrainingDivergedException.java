package dev.latent.train;

/** The loss became NaN or infinite: training stops at that step (exit code 3 on the command line). */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long step;

    public TrainingDivergedException(long step, String message) {
        super(message);
        this.step = step;
    }

    public long step() {
        return step;
    }
}
