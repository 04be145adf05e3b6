package dev.latent.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

    /** A small config, validated like latent's real ones. */
    record Config(String name, int latent, List<Integer> hidden, double beta) {
        Config {
            if (latent < 1) {
                throw new IllegalArgumentException("latent must be at least 1");
            }
            hidden = List.copyOf(hidden);
        }
    }

    @TempDir
    Path dir;

    @Test
    void recordRoundTripsThroughIndentedFile() throws IOException {
        Config config = new Config("vae", 16, List.of(512, 256), 0.5);
        Path path = dir.resolve("sub/config.json");
        Json.write(path, config);
        assertThat(Files.readString(path)).contains("\n  \"latent\" : 16").endsWith("}\n");
        assertThat(Json.read(path, Config.class)).isEqualTo(config);
    }

    @Test
    void unknownPropertyIsRejectedWithLocation() throws IOException {
        Path path = write("{\"name\": \"vae\", \"latent\": 4, \"hidden\": [],\n"
                + "  \"beta\": 1,\n  \"latnet\": 16\n}");
        assertThatThrownBy(() -> Json.read(path, Config.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("latnet")
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void malformedJsonIsOneLine() throws IOException {
        Path path = write("{\n  \"name\": \"vae\",\n  oops\n}");
        assertThatThrownBy(() -> Json.read(path, Config.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(path + ": invalid JSON at line 3, column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void constructorValidationBecomesOneLine() throws IOException {
        Path path = write("{\"name\":\"v\",\"latent\":0,\"hidden\":[],\"beta\":1}");
        assertThatThrownBy(() -> Json.read(path, Config.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("latent must be at least 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void trailingContentAndMissingFileAreRejected() throws IOException {
        Path path = write("{\"name\":\"v\",\"latent\":1,\"hidden\":[],\"beta\":1} {}");
        assertThatThrownBy(() -> Json.read(path, Config.class))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Json.read(dir.resolve("missing.json"), Config.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing.json: no such file");
    }

    private Path write(String text) throws IOException {
        Path path = dir.resolve("config.json");
        Files.writeString(path, text);
        return path;
    }
}
