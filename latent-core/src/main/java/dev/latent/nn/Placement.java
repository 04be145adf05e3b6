package dev.latent.nn;

import org.bytedeco.pytorch.MemoryFormatOptional;
import org.bytedeco.pytorch.global.torch;

/** Where the {@code nn} layer puts the tensors it makes: on {@link Engine#device()}; and how values come back to the CPU. */
final class Placement {
    private Placement() {}

    /**
     * A tensor of libtorch's own on the device: a copy of {@code borrowed} (memory that Java frees,
     * which {@code from_blob} does not copy), moved there, or cloned on the CPU.
     */
    static Tensor placed(org.bytedeco.pytorch.Tensor borrowed) {
        // copy = true: a copy on the CPU too; one call for every device, so the CPU tests run the GPU's path
        return new Tensor(borrowed.to(Engine.device().handle(), borrowed.scalar_type(), false, true, new MemoryFormatOptional()));
    }

    /** A tensor made on the CPU (noise from a CPU generator), moved to the device if that is a GPU. */
    static Tensor onDevice(org.bytedeco.pytorch.Tensor cpu) {
        return new Tensor(cpu.to(Engine.device().handle(), cpu.scalar_type())); // the tensor itself when the device is the CPU
    }

    /** {@code tensor}'s values as {@code type}, contiguous on the CPU (no copy when they are there already), for reading out. */
    static org.bytedeco.pytorch.Tensor onCpu(org.bytedeco.pytorch.Tensor tensor, torch.ScalarType type) {
        org.bytedeco.pytorch.Tensor typed = tensor.detach().to(type);
        return typed.cpu().contiguous(); // cpu(): the tensor itself when it is there
    }
}
