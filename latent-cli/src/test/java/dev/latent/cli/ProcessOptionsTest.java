package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Where a process joins a data-parallel run: flags, else the launchers' environment variables. */
class ProcessOptionsTest {
    private static ProcessOptions parse(String... args) {
        ProcessOptions options = new ProcessOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void oneProcessIsNoRun() {
        assertThat(parse().membership(Map.of())).isNull();
        assertThat(parse().membership(Map.of("WORLD_SIZE", "1", "RANK", "0"))).isNull();
        assertThat(parse().processes()).isEqualTo(1);
    }

    @Test
    void theLaunchersVariablesMakeAMember() {
        Map<String, String> slurmLike = Map.of("WORLD_SIZE", "4", "RANK", "3", "MASTER_ADDR", "10.0.0.7", "MASTER_PORT", "29411");
        assertThat(parse().membership(slurmLike)).isEqualTo(new ProcessOptions.Membership("10.0.0.7", 29411, 3, 4, Duration.ofSeconds(120)));
    }

    @Test
    void flagsWinOverTheVariables() {
        Map<String, String> environment = Map.of("WORLD_SIZE", "4", "RANK", "3", "MASTER_ADDR", "10.0.0.7", "MASTER_PORT", "29411");
        ProcessOptions.Membership member = parse("--world-size", "2", "--rank", "1", "--rendezvous", "[::1]:7000", "--peer-timeout", "9")
                .membership(environment);
        assertThat(member).isEqualTo(new ProcessOptions.Membership("::1", 7000, 1, 2, Duration.ofSeconds(9)));
        assertThat(parse("--world-size", "2", "--rank", "0").membership(Map.of()).port()).isEqualTo(ProcessOptions.DEFAULT_PORT);
    }

    @Test
    void badVariablesAreNamed() {
        assertThatThrownBy(() -> parse().membership(Map.of("WORLD_SIZE", "two"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WORLD_SIZE must be a whole number, got 'two'");
        assertThatThrownBy(() -> parse().membership(Map.of("WORLD_SIZE", "2", "RANK", "0", "MASTER_PORT", "http")))
                .hasMessageContaining("MASTER_PORT");
        assertThatThrownBy(() -> parse().membership(Map.of("WORLD_SIZE", "2", "RANK", "5"))).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> parse("--peer-timeout", "0").membership(Map.of("WORLD_SIZE", "2", "RANK", "0")))
                .hasMessageContaining("--peer-timeout");
    }

    @Test
    void theLauncherPassesEverythingButItsOwnFlag() {
        assertThat(WorkerLauncher.withoutProcesses(List.of("--out", "m", "--processes", "4", "--epochs", "2", "--processes=3", "--seed", "1")))
                .containsExactly("--out", "m", "--epochs", "2", "--seed", "1");
    }
}
