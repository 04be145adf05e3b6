package dev.latent.train;

/** Training stopped on request (a signal) after writing a checkpoint. */
public final class TrainingStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient StopRequest request;
    private final long step;

    public TrainingStoppedException(StopRequest request, long step) {
        super("stopped by SIG" + request.signal() + " after step " + step + "; a checkpoint was written: resume from it to continue");
        this.request = request;
        this.step = step;
    }

    public int exitCode() {
        return request.exitCode();
    }

    public long step() {
        return step;
    }
}
