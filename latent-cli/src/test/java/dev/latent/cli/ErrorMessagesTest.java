package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library names its settings; the command line names its flags, in one line with exit 2. */
class ErrorMessagesTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        Run run = Run.of(args);
        return new String[] {Integer.toString(run.code()), run.err()};
    }

    @Test
    void aBadSettingNamesItsFlag() {
        String out = dir.resolve("m").toString();
        assertOneLine(run("train", "--out", out, "--lr", "-1"), "learning rate must be positive", "(--lr)");
        assertOneLine(run("train", "--out", out, "--latent-dim", "0"), "latent dimension", "(--latent-dim)");
        assertOneLine(run("train", "--out", out, "--arch", "conv", "--channels", "4,4,4,4,4,4"), "cannot be halved", "(--channels)");
        assertOneLine(run("train", "--out", out, "--beta", "-2"), "beta must be", "(--beta)");
    }

    @Test
    void aBadValueForADomainTypeListsTheChoices() {
        assertOneLine(run("train", "--out", dir.toString(), "--upsample", "bicubic"), "'bicubic' is not one of transposed, unpool, nearest", "--help");
        assertOneLine(run("train", "--out", dir.toString(), "--hidden", "4x"), "--hidden", "--help");
    }

    @Test
    void aBadDeviceOrProcessSettingIsOneLineBeforeAnythingIsWritten() {
        Path out = dir.resolve("never");
        assertOneLine(run("train", "--out", out.toString(), "--device", "gpu"), "auto, cpu, cuda or cuda:N, not 'gpu'", "(--device)");
        if (dev.latent.nn.Device.cudaDevices() == 0) {
            assertOneLine(run("evaluate", "--model", out.toString(), "--device", "cuda:1"), "no CUDA device", "--device cpu");
        }
        assertOneLine(run("train", "--out", out.toString(), "--processes", "0"), "--processes must be between 1 and 256");
        assertOneLine(run("train", "--out", out.toString(), "--processes", "2", "--rank", "1"), "without --world-size and --rank");
        assertOneLine(run("train", "--out", out.toString(), "--processes", "2", "--rendezvous", "10.0.0.1:29500"), "without --rendezvous");
        assertOneLine(run("train", "--out", out.toString(), "--world-size", "2"), "needs this process's --rank");
        assertOneLine(run("train", "--out", out.toString(), "--world-size", "2", "--rank", "2"), "between 0 and 1");
        assertOneLine(run("train", "--out", out.toString(), "--world-size", "2", "--rank", "0", "--rendezvous", "host"), "HOST:PORT");
        assertOneLine(run("train", "--out", out.toString(), "--world-size", "2", "--rank", "0", "--rendezvous", "h:70000"), "65535");
        assertThat(out).doesNotExist();
    }

    private static void assertOneLine(String[] result, String... fragments) {
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1].strip()).doesNotContain("\n").contains(fragments).startsWith("latent: error:");
    }
}
