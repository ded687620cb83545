package org.ogpld.endpoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogpld.endpoint.ld.LdClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Playwright, with the pages' own
 * Content-Security-Policy in force. Loads the home page (charts drawn, YASGUI ready), runs a query in the editor,
 * opens an event page, proves published markup is shown and not run, and checks accessibility with axe-core.
 * Screenshots go to {@code target/screenshots/}.
 */
@WritableServer
class BrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> SERIOUS = List.of("serious", "critical");

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        page.onDialog(dialog -> {
            consoleErrors.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void shut() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void homePageDrawsChartsAndRunsAQueryInTheEditor() {
        page.navigate(url("/?lang=en"));
        page.waitForSelector("#yasgui[data-ready]");
        page.waitForSelector("figure.chart[data-drawn]");
        assertThat(page.locator("figure.chart[data-drawn]").count()).isEqualTo(3);
        assertThat(page.locator("#query-form").isHidden()).isTrue();
        assertThat(page.locator(".tabPanel.active .CodeMirror").textContent()).contains("cv:PublicEvent");
        page.locator(".tabPanel.active .yasqe_queryButton").click();
        Locator results = page.locator(".tabPanel.active .yasr table tbody tr");
        results.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(".tabPanel.active .yasr").textContent())
                .contains("Open Government Dialogue Platform round table").contains("Holiday Inn hotel");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home.png")).setFullPage(true));
        assertThat(consoleErrors).noneMatch(e -> e.contains("Content Security Policy") || e.startsWith("page error"));
    }

    @Test
    void eventPageShowsItsAgendaWithoutScript() {
        page.navigate(url("/doc/event/round-table?lang=en"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Open Government Dialogue Platform round table");
        assertThat(page.locator("ol.agenda > li h3").allTextContents()).startsWith("Opening speech",
                "Azerbaijan's participation in the Open Government Partnership");
        assertThat(page.locator("#talk-2").textContent()).contains("Kamal Jafarov")
                .contains("OGP National Coordinator for Azerbaijan");
        assertThat(page.locator("#participants-heading + table").textContent()).contains("State body").contains("59");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("event.png")).setFullPage(true));
        page.navigate(url("/doc/event/round-table?lang=az"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Açıq Hökumət Dialog Platformasının dəyirmi masası");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("event-az.png")).setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void publishedMarkupIsShownAndNeverRun() {
        Publishing.hostilePerson(new LdClient(port));
        for (String path : List.of("/doc/person/xss-probe?lang=en", "/doc/event/round-table?lang=en",
                "/search?q=window&lang=en")) {
            page.navigate(url(path));
            assertThat(page.locator("main").textContent()).as(path).contains(Publishing.HOSTILE_NAME);
            assertThat(page.evaluate("() => window.__xss === undefined")).as(path).isEqualTo(true);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("xss-search.png")));
        page.navigate(url("/?lang=en"));
        page.waitForSelector("#yasgui[data-ready]");
        page.locator(".tabPanel.active .CodeMirror textarea").focus();
        page.keyboard().press("Control+A");
        page.keyboard().insertText("PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                + "SELECT ?name WHERE { <https://w3id.org/ogp-ld/id/person/xss-probe> foaf:name ?name }");
        page.locator(".tabPanel.active .yasqe_queryButton").click();
        page.locator(".tabPanel.active .yasr table tbody tr").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(".tabPanel.active .yasr").textContent()).contains("<script>window.__xss");
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("xss-editor.png")).setFullPage(true));
        assertThat(consoleErrors).noneMatch(e -> e.startsWith("dialog"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=az", "/doc/event/round-table?lang=en", "/doc/person/kamal-cafarov?lang=az",
        "/doc/organisation/transparency-azerbaijan?lang=en", "/doc/commitment/az0038?lang=en",
        "/doc/study/asan-monitoring?lang=en", "/doc/place/holiday-inn?lang=en", "/ns?lang=en",
        "/doc/action-plan/aze-2016-2018?lang=az",
        "/search?q=coordinator&lang=en", "/doc/person/nobody", "/browse/commitment?lang=en", "/browse/person?lang=az",
        "/catalog?lang=en"})
    void pagesHaveNoSeriousAccessibilityViolations(String path) {
        page.navigate(url(path));
        if (path.startsWith("/?")) {
            page.waitForSelector("#yasgui[data-ready]");
            page.waitForSelector("figure.chart[data-drawn]");
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("page" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".png")));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream().filter(rule -> SERIOUS.contains(rule.getImpact()))
                .map(BrowserIT::describe).toList();
        assertThat(serious).as("serious accessibility violations on " + path).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
