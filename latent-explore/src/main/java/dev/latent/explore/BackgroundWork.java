package dev.latent.explore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One daemon thread for work the page can wait for (the latent-space numbers), so requests keep the other cores. */
final class BackgroundWork {
    static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latent-explore-numbers");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private BackgroundWork() {}
}
