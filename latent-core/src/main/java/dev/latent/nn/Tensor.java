package dev.latent.nn;

import java.util.Arrays;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;

/**
 * An n-dimensional float tensor with autograd, backed by libtorch. This is the only tensor type
 * the rest of latent sees; the JavaCPP handle stays inside the {@code nn} package.
 *
 * <p>Native memory is freed by {@link TensorScope}, not by the garbage collector: open a scope
 * around each batch. Operations return new tensors unless their name ends in an underscore
 * (in place, as in PyTorch).
 */
public final class Tensor {

    final org.bytedeco.pytorch.Tensor handle;

    Tensor(org.bytedeco.pytorch.Tensor handle) {
        this.handle = handle;
    }

    /** A float32 tensor holding a copy of {@code values}, laid out row-major in {@code shape}. */
    public static Tensor of(float[] values, long... shape) {
        checkCount(shape, values.length);
        try (FloatPointer data = new FloatPointer(values)) {
            // from_blob does not copy; clone() gives libtorch its own storage before data is freed.
            return Placement.placed(torch.from_blob(data, shape));
        }
    }

    /**
     * Pixels stored as unsigned bytes, scaled to [0, 1] in float32 ({@code p / 255}), without an
     * intermediate Java float array.
     */
    public static Tensor fromUnsignedBytes(byte[] pixels, long... shape) {
        checkCount(shape, pixels.length);
        try (BytePointer data = new BytePointer(pixels)) {
            org.bytedeco.pytorch.Tensor bytes = torch.from_blob(data, shape, new TensorOptions(torch.ScalarType.Byte));
            Tensor placed = Placement.placed(bytes); // one byte a pixel across the bus, then float32 there
            return new Tensor(placed.handle.to(torch.ScalarType.Float).div_(new Scalar(255.0)));
        }
    }

    /** Overwrites this tensor's values with {@code values} (same count), outside autograd. */
    public void load(float[] values) {
        if (values.length != numel()) {
            throw new IllegalArgumentException("tensor " + this + " holds " + numel() + " values, got " + values.length);
        }
        try (NoGrad noGrad = NoGrad.open(); FloatPointer data = new FloatPointer(values)) {
            handle.copy_(torch.from_blob(data, shape()));
        }
    }

    /** A float64 tensor holding a copy of {@code values}: the reference path for gradient checks. */
    public static Tensor of(double[] values, long... shape) {
        checkCount(shape, values.length);
        try (DoublePointer data = new DoublePointer(values)) {
            return Placement.placed(torch.from_blob(data, shape, new TensorOptions(torch.ScalarType.Double)));
        }
    }

    /** A tensor of zeros. */
    public static Tensor zeros(long... shape) {
        Engine.start();
        return Placement.onDevice(torch.zeros(shape));
    }

    /** A tensor of zeros with this tensor's shape and type. */
    public Tensor zerosLike() {
        return new Tensor(torch.zeros_like(handle));
    }

    /** An int64 index tensor, for {@link #rows}. */
    public static Tensor indices(long[] indices) {
        Engine.start();
        try (LongPointer data = new LongPointer(indices)) {
            return Placement.placed(torch.from_blob(data, new long[] {indices.length}, new TensorOptions(torch.ScalarType.Long)));
        }
    }

    public long[] shape() {
        long[] shape = new long[(int) handle.dim()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = handle.size(d);
        }
        return shape;
    }

    public long size(int dim) {
        return handle.size(dim);
    }

    public long numel() {
        return handle.numel();
    }

    public Tensor reshape(long... shape) {
        return new Tensor(handle.reshape(shape));
    }

    /** (B, ...) to (B, rest): one row per example. */
    public Tensor flattenRows() {
        return reshape(size(0), -1);
    }

    /** The rows at {@code index} (an int64 tensor) along dimension 0. */
    public Tensor rows(Tensor index) {
        return new Tensor(handle.index_select(0, index.handle));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), without copying. */
    public Tensor slice(long from, long to) {
        return new Tensor(handle.narrow(0, from, to - from));
    }

    /** The tensor stacked {@code times} times along dimension 0: (B, ...) to (times*B, ...). */
    public Tensor repeatRows(long times) {
        long[] counts = new long[(int) handle.dim()];
        Arrays.fill(counts, 1);
        counts[0] = times;
        return new Tensor(handle.repeat(counts));
    }

    public Tensor add(Tensor other) {
        return new Tensor(handle.add(other.handle));
    }

    public Tensor add(double value) {
        return new Tensor(handle.add(new Scalar(value)));
    }

    public Tensor sub(Tensor other) {
        return new Tensor(handle.sub(other.handle));
    }

    public Tensor mul(Tensor other) {
        return new Tensor(handle.mul(other.handle));
    }

    public Tensor mul(double value) {
        return new Tensor(handle.mul(new Scalar(value)));
    }

    /** this *= value, in place; returns this. */
    public Tensor mul_(double value) {
        handle.mul_(new Scalar(value));
        return this;
    }

    public Tensor neg() {
        return new Tensor(handle.neg());
    }

    public Tensor exp() {
        return new Tensor(handle.exp());
    }

    public Tensor square() {
        return new Tensor(handle.square());
    }

    public Tensor sqrt() {
        return new Tensor(handle.sqrt());
    }

    public Tensor relu() {
        return new Tensor(torch.relu(handle));
    }

    /** max(x, 0) + slope * min(x, 0). */
    public Tensor leakyRelu(double slope) {
        return new Tensor(torch.leaky_relu(handle, new Scalar(slope)));
    }

    public Tensor sigmoid() {
        return new Tensor(torch.sigmoid(handle));
    }

    /** Nearest-neighbour upsampling by 2: (B, C, H, W) to (B, C, 2H, 2W). */
    public Tensor upsampleNearest2x() {
        return new Tensor(torch.upsample_nearest2d(handle, new long[] {size(2) * 2, size(3) * 2}));
    }

    public Tensor mean() {
        return new Tensor(handle.mean());
    }

    public Tensor sum() {
        return new Tensor(handle.sum());
    }

    /** Sum over every dimension but the first: (B, ...) to (B). */
    public Tensor sumPerRow() {
        return new Tensor(flattenRows().handle.sum(1));
    }

    public Tensor sum(long dim) {
        return new Tensor(handle.sum(dim));
    }

    /** log sum_i exp(x_i) along {@code dim}, computed stably (max subtracted first). */
    public Tensor logSumExp(long dim) {
        return new Tensor(torch.logsumexp(handle, dim));
    }

    /** The single value of a one-element tensor. */
    public double item() {
        return handle.item_double();
    }

    /** A copy of the values, row-major, as float32. */
    public float[] toFloatArray() {
        org.bytedeco.pytorch.Tensor dense = Placement.onCpu(handle, torch.ScalarType.Float);
        float[] out = new float[(int) dense.numel()];
        new FloatPointer(dense.data_ptr()).get(out);
        return out;
    }

    /** A copy of the values, row-major, as float64. */
    public double[] toDoubleArray() {
        org.bytedeco.pytorch.Tensor dense = Placement.onCpu(handle, torch.ScalarType.Double);
        double[] out = new double[(int) dense.numel()];
        new DoublePointer(dense.data_ptr()).get(out);
        return out;
    }

    /** An int64 tensor's values. */
    public long[] toLongArray() {
        org.bytedeco.pytorch.Tensor dense = Placement.onCpu(handle, torch.ScalarType.Long);
        long[] out = new long[(int) dense.numel()];
        new LongPointer(dense.data_ptr()).get(out);
        return out;
    }

    /** The same values, cut from the autograd graph. */
    public Tensor detach() {
        return new Tensor(handle.detach());
    }

    /** Marks this tensor as a leaf whose gradient autograd should compute; returns this. */
    public Tensor requiresGrad() {
        handle.set_requires_grad(true);
        return this;
    }

    public void backward() {
        handle.backward();
    }

    /** The accumulated gradient, or null when none has been computed. */
    public Tensor grad() {
        org.bytedeco.pytorch.Tensor grad = handle.grad();
        return grad.defined() ? new Tensor(grad) : null;
    }

    /** Drops the accumulated gradient (PyTorch's {@code set_to_none}). */
    public void clearGrad() {
        handle.mutable_grad().reset();
    }

    /** this = value everywhere. */
    public Tensor fill_(double value) {
        handle.fill_(new Scalar(value));
        return this;
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape());
    }

    /** Starts the engine and checks that {@code shape} holds {@code count} values. */
    private static void checkCount(long[] shape, int count) {
        Engine.start();
        if (numel(shape) != count) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + numel(shape) + " values, got " + count);
        }
    }

    static long numel(long[] shape) {
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, d);
        }
        return count;
    }
}
