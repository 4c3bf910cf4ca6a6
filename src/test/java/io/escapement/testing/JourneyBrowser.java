package io.escapement.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test support for the browser journeys: each person gets their own browser context (zh-CN, a
 * laptop's window, this server as base URL, 10 s timeouts) and page, and every page is watched for
 * an answer of 500 or more, a console error and a script error, which {@link #failures()} lists
 * for the journey to assert empty at its end. {@link #close()} closes the contexts.
 */
public final class JourneyBrowser implements AutoCloseable {

    /** Where the journeys' screenshots go. */
    public static final Path SCREENSHOTS = Path.of("target", "journey");

    private final Browser browser;
    private final int port;
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

    /** @param browser from {@link Chromium#browser()}; @param port the running server's */
    public JourneyBrowser(Browser browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    /** A new person's page, in a context of its own (its own cookies), watched. */
    public Page page() {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setViewportSize(1366, 900)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        var page = context.newPage();
        page.onResponse(response -> {
            if (response.status() >= 500) {
                failures.add(response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                failures.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> failures.add("script error on " + page.url() + ": " + error));
        return page;
    }

    /** What went wrong on the watched pages so far: answers of 500 or more, console and script errors. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Saves the whole page as {@code target/journey/<name>.png}. */
    public static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
    }
}
