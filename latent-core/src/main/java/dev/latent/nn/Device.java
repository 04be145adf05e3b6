package dev.latent.nn;

import java.util.Locale;
import org.bytedeco.pytorch.global.torch;

/**
 * Where tensors live: the CPU or CUDA GPU {@code index}. One device per process
 * ({@link Engine#useDevice}); every tensor the {@code nn} layer creates is placed there, and values
 * leave it (to Java arrays, to safetensors files) through the CPU, so files stay device-independent.
 *
 * @param cuda whether this is a CUDA device
 * @param index the CUDA device's number (0 for the CPU)
 */
public record Device(boolean cuda, int index) {
    public static final Device CPU = new Device(false, 0);

    public Device {
        if (index < 0 || (!cuda && index != 0)) {
            throw new IllegalArgumentException("a device index is >= 0 and only a CUDA device has one, got " + index);
        }
    }

    /**
     * The device a user named: {@code cpu}, {@code cuda} (device 0), {@code cuda:N}, or {@code auto}
     * (CUDA device 0 when this build and machine have one, else the CPU).
     *
     * @throws IllegalArgumentException for another name, or a CUDA device this build or machine lacks (one line saying which)
     */
    public static Device resolve(String name) {
        String spec = name.trim().toLowerCase(Locale.ROOT);
        if (spec.equals("cpu")) {
            return CPU;
        }
        if (spec.equals("auto")) {
            return cudaDevices() > 0 ? new Device(true, 0) : CPU;
        }
        if (!spec.equals("cuda") && !spec.matches("cuda:\\d{1,3}")) {
            throw new IllegalArgumentException("the device is auto, cpu, cuda or cuda:N, not '" + name + "'");
        }
        int index = spec.equals("cuda") ? 0 : Integer.parseInt(spec.substring(5));
        int count = cudaDevices();
        if (count == 0) {
            throw new IllegalArgumentException("no CUDA device: " + (torch.hasCUDA()
                    ? "this build has CUDA but the machine has no usable GPU or driver (nvidia-smi should list one)"
                    : "this build of latent is CPU-only; build it with mvn -Pcuda (see README, More than one CPU)") + "; or use --device cpu");
        }
        if (index >= count) {
            throw new IllegalArgumentException("no CUDA device " + index + ": this machine has " + count + " (cuda:0 to cuda:" + (count - 1) + ")");
        }
        return new Device(true, index);
    }

    /** How many CUDA devices libtorch sees (0 for a CPU-only build). */
    public static int cudaDevices() {
        Engine.start();
        return torch.cuda_is_available() ? torch.cuda_device_count() : 0;
    }

    /** libtorch's name for it: {@code cpu} or {@code cuda:N}. */
    @Override
    public String toString() {
        return cuda ? "cuda:" + index : "cpu";
    }

    org.bytedeco.pytorch.Device handle() {
        return new org.bytedeco.pytorch.Device(toString());
    }
}
