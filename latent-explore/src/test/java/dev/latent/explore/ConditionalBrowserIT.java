package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.api.Latent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A conditional VAE's panel in Debian's chromium: its label chooser, and that the chosen label changes the decoded image. */
class ConditionalBrowserIT {
    private static ChromeDriver browser;
    private static ExploreServer server;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.start();
        Path dir = Files.createTempDirectory("latent-explore-").resolve("digits-cvae");
        Latent.vae(ExploreFixture.data().shape()).conditional(10).hidden(64).latentDim(4).epochs(1).seed(3).fit(ExploreFixture.data(), dir);
        server = ExploreServer.start(List.of(ModelView.load(dir, ExploreFixture.data(), 300)), "127.0.0.1", 0);
        browser.get("http://127.0.0.1:" + server.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "true".equals(browser.executeScript("return document.body.dataset.ready")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theChosenLabelIsWhatTheDecoderIsGiven() {
        WebElement chooser = browser.findElement(By.cssSelector("[data-model='0'] select.label"));
        Select label = new Select(chooser);
        assertThat(label.getOptions()).hasSize(10);
        assertThat(browser.findElement(By.cssSelector("[data-model='0'] h2")).getText()).contains("conditional");
        String before = decoded();
        label.selectByValue("7");
        String seven = new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> decoded().equals(before) ? null : decoded());
        label.selectByValue("1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !decoded().equals(seven));
        assertThat(Browser.severeConsole(browser)).isEmpty();
    }

    private static String decoded() {
        return (String) browser.executeScript("return document.querySelector('[data-model=\"0\"] canvas.decoded').toDataURL()");
    }
}
