package dev.latent.nn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.javacpp.chrono.Milliseconds;
import org.bytedeco.pytorch.AllreduceOptions;
import org.bytedeco.pytorch.BroadcastOptions;
import org.bytedeco.pytorch.GlooDeviceVector;
import org.bytedeco.pytorch.ProcessGroupGloo;
import org.bytedeco.pytorch.TCPStore;
import org.bytedeco.pytorch.TCPStoreOptions;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * The processes of one data-parallel run, joined through libtorch's own distributed layer (c10d):
 * a {@code TCPStore} at the rendezvous address for the meeting (rank 0 serves it) and a
 * {@code ProcessGroupGloo} for the collectives, what PyTorch's DistributedDataParallel runs on
 * CPUs. Collectives are blocking and in place.
 *
 * <p>Tensors of many shapes travel in flat buckets of at most {@link #BUCKET_BYTES} (DDP's default
 * size): one collective per bucket instead of one per tensor. A peer that dies or stops answering
 * for longer than the timeout makes every collective of the others throw a
 * {@link ProcessGroupException}, not hang.
 */
public final class ProcessGroup implements AutoCloseable {
    /** Largest flat bucket of one collective: 25 MiB, as in PyTorch's DDP. */
    public static final long BUCKET_BYTES = 25L << 20;

    private final TCPStore store;
    private final ProcessGroupGloo group;
    private final int rank;
    private final int worldSize;

    private ProcessGroup(TCPStore store, ProcessGroupGloo group, int rank, int worldSize) {
        this.store = store;
        this.group = group;
        this.rank = rank;
        this.worldSize = worldSize;
    }

    /**
     * Joins the group of {@code worldSize} processes meeting at {@code host:port}, as {@code rank};
     * waits up to {@code timeout} for the others (and later for each collective).
     */
    public static ProcessGroup join(String host, int port, int rank, int worldSize, Duration timeout) {
        if (worldSize < 1 || rank < 0 || rank >= worldSize) {
            throw new IllegalArgumentException("rank must be in [0, " + worldSize + "), got " + rank);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in [1, 65535], got " + port);
        }
        Engine.start();
        Milliseconds wait = new Milliseconds(timeout.toMillis());
        try {
            TCPStoreOptions options = new TCPStoreOptions();
            options.port((short) port); // an unsigned 16-bit port in a Java short
            options.isServer(rank == 0);
            options.numWorkers(new SizeTPointer(1).put(worldSize));
            options.waitWorkers(true);
            options.timeout(wait);
            TCPStore store = new TCPStore(host, options);
            ProcessGroupGloo.Options groupOptions = ProcessGroupGloo.Options.create(wait);
            GlooDeviceVector devices = new GlooDeviceVector();
            devices.push_back(isLoopback(host) ? ProcessGroupGloo.createDeviceForHostname(host) : ProcessGroupGloo.createDefaultDevice());
            groupOptions.devices(devices);
            return new ProcessGroup(store, new ProcessGroupGloo(store, rank, worldSize, groupOptions), rank, worldSize);
        } catch (RuntimeException e) {
            throw new ProcessGroupException("rank " + rank + " could not meet the other " + (worldSize - 1) + " process(es) at " + host + ":"
                    + port + " within " + timeout.toSeconds() + " s (" + firstLine(e) + "); start every rank with the same --rendezvous"
                    + " and --world-size", e);
        }
    }

    public int rank() {
        return rank;
    }

    public int worldSize() {
        return worldSize;
    }

    /** Replaces each tensor by its sum over the processes (all-reduce). */
    public void sum(List<Tensor> tensors) {
        inBuckets(tensors, this::sum);
    }

    /** Replaces each tensor by rank {@code root}'s copy of it. */
    public void broadcast(List<Tensor> tensors, int root) {
        inBuckets(tensors, flat -> broadcast(flat, root));
    }

    /** Rank {@code root}'s values of {@code values} (counters, positions), exactly: int64 on the wire. */
    public long[] broadcast(long[] values, int root) {
        try (PointerScope scope = new PointerScope()) {
            Tensor longs = new Tensor(Tensor.indices(values).handle.cpu()); // Gloo reads and writes it on the CPU
            broadcast(longs.handle, root);
            return longs.toLongArray();
        }
    }

    private void sum(org.bytedeco.pytorch.Tensor flat) {
        try {
            group.allreduce(new TensorVector(flat), new AllreduceOptions())._wait();
        } catch (RuntimeException e) {
            throw lost("an all-reduce", e);
        }
    }

    private void broadcast(org.bytedeco.pytorch.Tensor flat, int root) {
        BroadcastOptions options = new BroadcastOptions();
        options.rootRank(root);
        try {
            group.broadcast(new TensorVector(flat), options)._wait();
        } catch (RuntimeException e) {
            throw lost("a broadcast", e);
        }
    }

    /** Packs the tensors (in order) into flat float buckets, runs the collective on each, and copies the results back. */
    private void inBuckets(List<Tensor> tensors, Consumer<org.bytedeco.pytorch.Tensor> collective) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            List<Tensor> bucket = new ArrayList<>();
            long bytes = 0;
            for (Tensor tensor : tensors) {
                long size = tensor.numel() * Float.BYTES;
                if (!bucket.isEmpty() && bytes + size > BUCKET_BYTES) {
                    runBucket(bucket, collective);
                    bucket.clear();
                    bytes = 0;
                }
                bucket.add(tensor);
                bytes += size;
            }
            if (!bucket.isEmpty()) {
                runBucket(bucket, collective);
            }
        }
    }

    private void runBucket(List<Tensor> bucket, Consumer<org.bytedeco.pytorch.Tensor> collective) {
        TensorVector parts = new TensorVector();
        for (Tensor tensor : bucket) {
            parts.push_back(tensor.handle.reshape(-1).to(torch.ScalarType.Float));
        }
        // Gloo on the CPU: a GPU's buckets cross the bus both ways (NCCL is not wired in); cpu() is a no-op on the CPU
        org.bytedeco.pytorch.Tensor flat = torch.cat(parts).cpu();
        collective.accept(flat);
        long offset = 0;
        for (Tensor tensor : bucket) {
            long count = tensor.numel();
            tensor.handle.copy_(flat.narrow(0, offset, count).view(tensor.shape()));
            offset += count;
        }
    }

    private ProcessGroupException lost(String what, RuntimeException e) {
        return new ProcessGroupException("rank " + rank + " of " + worldSize + " lost the other process(es) during " + what + " ("
                + firstLine(e) + ")", e);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        int source = message.indexOf("] "); // libtorch prefixes the C++ source file
        return source >= 0 && message.startsWith("[") ? message.substring(source + 2) : message;
    }

    @Override
    public void close() {
        group.shutdown();
        group.close();
        store.close();
    }
}
