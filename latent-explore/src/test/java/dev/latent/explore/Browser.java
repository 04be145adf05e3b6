package dev.latent.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, through its own chromedriver ({@code SE_CHROMEDRIVER}, else
 * /usr/bin/chromedriver), so Selenium Manager downloads nothing. Without them the browser tests
 * are skipped with the reason, unless {@code LATENT_REQUIRE_BROWSER=1} (as {@code .ci/run} sets),
 * where a missing browser fails.
 */
final class Browser {
    private Browser() {}

    static ChromeDriver start() {
        Path driver = Path.of(System.getenv().getOrDefault("SE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getenv().getOrDefault("LATENT_CHROMIUM", "/usr/bin/chromium"));
        boolean present = Files.isExecutable(driver) && Files.isExecutable(chromium);
        String missing = "no " + driver + " or " + chromium + "; apt-get install chromium chromium-driver (as .ci/run does)";
        if ("1".equals(System.getenv("LATENT_REQUIRE_BROWSER")) && !present) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(present, missing);
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1500,1150", "--user-data-dir=" + Files.createTempDirectory("latent-chromium-"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's console lines at SEVERE level. */
    static List<String> severeConsole(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(Object::toString).toList();
    }
}
