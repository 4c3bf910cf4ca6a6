package io.escapement.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}) driven by Playwright, for
 * browser tests. Without it a test is skipped with a loud warning, except in CI, where it fails.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches headless Chromium, or skips (fails in CI) when it is not installed. */
    public static Chromium launch(String what) {
        if (!Files.isExecutable(EXECUTABLE)) {
            var message = "Chromium not found at " + EXECUTABLE + ": " + what + " cannot run.";
            if (System.getenv("CI") != null) {
                fail(message + " CI must install it (apt-get install chromium).");
            }
            System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPING BROWSER TESTS: " + message
                    + "\n!!! Install it with: apt-get install -y chromium\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
        var playwright = Playwright.create();
        return new Chromium(
                playwright,
                playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(EXECUTABLE)
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync"))));
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
