package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, as the browser tests use it: headless, no downloaded browser, and none of
 * Chromium's background connections, which this machine's closed network refuses.
 */
record HeadlessChromium(Playwright playwright, Browser browser) implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("ogpld.chromium", "/usr/bin/chromium"));

    static HeadlessChromium launch() {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").isExecutable();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new HeadlessChromium(playwright, browser);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
