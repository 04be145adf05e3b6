package dev.latent.nn;

import org.bytedeco.pytorch.global.torch;

/** Where the {@code nn} layer puts the tensors it makes: on {@link Engine#device()}; and how values come back to the CPU. */
final class Placement {
    private Placement() {}

    /**
     * A tensor of libtorch's own on the device: a copy of {@code borrowed} (memory that Java frees,
     * which {@code from_blob} does not copy), moved there, or cloned on the CPU.
     */
    static Tensor placed(org.bytedeco.pytorch.Tensor borrowed) {
        Device device = Engine.device();
        return new Tensor(device.cuda() ? borrowed.to(device.handle(), borrowed.scalar_type()) : borrowed.clone());
    }

    /** A tensor made on the CPU (noise from a CPU generator), moved to the device if that is a GPU. */
    static Tensor onDevice(org.bytedeco.pytorch.Tensor cpu) {
        Device device = Engine.device();
        return new Tensor(device.cuda() ? cpu.to(device.handle(), cpu.scalar_type()) : cpu);
    }

    /** {@code tensor}'s values as {@code type}, contiguous on the CPU (no copy when they are there already), for reading out. */
    static org.bytedeco.pytorch.Tensor onCpu(org.bytedeco.pytorch.Tensor tensor, torch.ScalarType type) {
        org.bytedeco.pytorch.Tensor typed = tensor.detach().to(type);
        return (typed.is_cuda() ? typed.cpu() : typed).contiguous();
    }
}
