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
 * Test support: launches the system's Chromium for browser tests, never a downloaded one. Without
 * Chromium the tests skip loudly outside CI; in CI a missing Chromium fails the build.
 */
public final class Chromium {

    static final Path PATH = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Chromium() {}

    private static Browser browser;

    /**
     * The Chromium that every browser test of this JVM shares, launched on first use and closed
     * when the JVM exits; aborts (or in CI fails) the calling test class when none is installed.
     */
    public static synchronized Browser browser() {
        assumeInstalled();
        if (browser == null) {
            var playwright = Playwright.create();
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(PATH)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
        }
        return browser;
    }

    /** Aborts the calling test class, or fails it in CI, when there is no Chromium to drive. */
    private static void assumeInstalled() {
        if (!Files.isExecutable(PATH)) {
            var message = "Chromium not found at " + PATH + ": the browser journey cannot run.";
            if (System.getenv("CI") != null) {
                fail(message + " CI must install it (apt-get install chromium).");
            }
            System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPING BROWSER TESTS: " + message
                    + "\n!!! Install it with: apt-get install -y chromium\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
    }
}
