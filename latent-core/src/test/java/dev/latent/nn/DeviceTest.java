package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The device a user names, and the CPU path of the placement code (the only one a machine without a
 * GPU can run; README "More than one CPU" says what ran where).
 */
class DeviceTest {
    @Test
    void namesResolveToDevices() {
        assertThat(Device.resolve("cpu")).isEqualTo(Device.CPU);
        assertThat(Device.resolve(" CPU ")).isEqualTo(Device.CPU);
        assertThat(Device.resolve("auto")).isEqualTo(Device.cudaDevices() > 0 ? new Device(true, 0) : Device.CPU);
        assertThat(new Device(true, 3).toString()).isEqualTo("cuda:3");
        assertThat(Device.CPU.toString()).isEqualTo("cpu");
    }

    @Test
    void aNameThatIsNoDeviceSaysWhatIs() {
        for (String bad : new String[] {"gpu", "cuda:", "cuda:-1", "cuda:x", "cuda:0:1", ""}) {
            assertThatThrownBy(() -> Device.resolve(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto, cpu, cuda or cuda:N");
        }
        assertThatThrownBy(() -> new Device(false, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAGpuCudaIsRefusedInOneLineThatSaysWhy() {
        assumeTrue(Device.cudaDevices() == 0, "this machine has a GPU");
        assertThatThrownBy(() -> Device.resolve("cuda")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no CUDA device").hasMessageContaining("--device cpu").hasMessageNotContaining("\n");
    }

    @Test
    void onAGpuItsIndexIsChecked() {
        assumeTrue(Device.cudaDevices() > 0, "no GPU here");
        int count = Device.cudaDevices();
        assertThat(Device.resolve("cuda:" + (count - 1))).isEqualTo(new Device(true, count - 1));
        assertThatThrownBy(() -> Device.resolve("cuda:" + count)).hasMessageContaining("this machine has " + count);
    }

    @Test
    void theDeviceSelfCheckComparesAConvolutionGradientWithTheFloat64Reference() {
        // on the CPU this is oneDNN (or the reference path where oneDNN was found wrong) against float64
        Device device = Device.cudaDevices() > 0 ? new Device(true, 0) : Device.CPU;
        double error = ConvolutionSelfCheck.relativeInputGradientError(device);
        if (device.cuda() || ConvolutionSelfCheck.oneDnnGradientsAgree()) {
            assertThat(error).isLessThan(ConvolutionSelfCheck.TOLERANCE);
        }
        assertThat(error).isFinite().isGreaterThan(0); // float32 differs from float64 somewhere: the comparison is real
    }

    @Test
    void valuesMadeOnTheDeviceComeBackUnchanged() {
        try (TensorScope scope = TensorScope.open()) {
            assertThat(Engine.device()).as("the default is auto").isEqualTo(Device.cudaDevices() > 0 ? new Device(true, 0) : Device.CPU);
            float[] values = {1.5f, -2f, 0.25f, 7f, 0f, -0.125f};
            assertThat(Tensor.of(values, 2, 3).toFloatArray()).containsExactly(values);
            assertThat(Tensor.fromUnsignedBytes(new byte[] {0, (byte) 255, (byte) 51}, 3).toFloatArray()).containsExactly(0f, 1f, 0.2f);
            assertThat(Tensor.indices(new long[] {4, 0, 9}).toLongArray()).containsExactly(4, 0, 9);
            assertThat(RandomSource.seeded(3).standardNormal(2, 2).toDoubleArray()).hasSize(4);
        }
    }
}
