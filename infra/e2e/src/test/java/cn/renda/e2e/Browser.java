package cn.renda.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (both paths given, so Selenium Manager never runs and
 * nothing is downloaded), with the console's {@code data-test} hooks as the vocabulary: {@code find("login-submit")}
 * is {@code [data-test="login-submit"]}; Element Plus puts the hook on a component's wrapper, so {@link #field}
 * looks for the real {@code input}/{@code textarea} inside it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Waiting for the page, never a measure of speed: the demo stack on two cores can be slow to answer. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final String base;
    final Path screenshots;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(String base, Path screenshots) throws IOException {
        this.base = base;
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=zh-CN", "--disable-gpu", "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    /** The page's inner size (the viewport), e.g. 1366x768 or a phone's 390x844. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the desktop window (1366x768). */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1366, 768));
        viewport(1366, 768, false);
    }

    /** Opens a console route, e.g. {@code "/dashboard"} is {@code <gateway>/#/dashboard}. */
    void open(String route) {
        driver.get(base + "/#" + route);
    }

    String route() {
        String url = driver.getCurrentUrl();
        int hash = url == null ? -1 : url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash + 1);
    }

    static By test(String name) {
        return By.cssSelector("[data-test=\"" + name + "\"]");
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250)).until(condition);
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250)).withMessage(what).until(condition);
    }

    /** The element with this hook once it is visible. */
    WebElement find(String name) {
        return waitFor("visible [data-test=" + name + "]", ExpectedConditions.visibilityOfElementLocated(test(name)));
    }

    /** The element with this hook once it is in the page, visible or not (e.g. a hidden file input). */
    WebElement present(String name) {
        return waitFor("present [data-test=" + name + "]", ExpectedConditions.presenceOfElementLocated(test(name)));
    }

    /** Whether a hook is in the page right now (no waiting). */
    boolean has(String name) {
        return !driver.findElements(test(name)).isEmpty();
    }

    List<WebElement> all(String name) {
        return driver.findElements(test(name));
    }

    /** The real input or textarea of a form field hook (the hook itself when it is one). */
    WebElement field(String name) {
        WebElement hooked = find(name);
        String tag = hooked.getTagName();
        if (tag.equals("input") || tag.equals("textarea")) {
            return hooked;
        }
        return waitFor("input inside [data-test=" + name + "]", d -> {
            List<WebElement> inner = hooked.findElements(By.cssSelector("textarea, input:not([type=hidden])"));
            return inner.isEmpty() ? null : inner.get(0);
        });
    }

    void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    String value(String name) {
        return field(name).getDomProperty("value");
    }

    void click(String name) {
        WebElement element = waitFor("clickable [data-test=" + name + "]",
                ExpectedConditions.elementToBeClickable(test(name)));
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Picks an option of the Element Plus select under this hook: the first one, or the one whose text is given. */
    void choose(String name, String option) {
        WebElement hooked = find(name);
        WebElement trigger = waitFor("select inside [data-test=" + name + "]", d -> {
            List<WebElement> found = hooked.findElements(By.cssSelector(".el-select__wrapper, .el-select, input"));
            return found.isEmpty() ? null : found.get(0);
        });
        js("arguments[0].scrollIntoView({block: 'center'});", trigger);
        trigger.click();
        WebElement item = waitFor("an option of [data-test=" + name + "]" + (option == null ? "" : ": " + option), d -> {
            for (WebElement e : d.findElements(By.cssSelector(".el-select-dropdown__item"))) {
                if (e.isDisplayed() && !e.getAttribute("class").contains("is-disabled")
                        && (option == null || e.getText().strip().equals(option))) {
                    return e;
                }
            }
            return null;
        });
        item.click();
    }

    /**
     * Waits until the page has settled: no Element Plus loading mask, no busy region, no table still saying it is
     * loading, and no CSS transition running (axe-core would measure a colour half-way).
     */
    void settled() {
        waitFor("the page settled", d -> Boolean.TRUE.equals(js("""
                const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
                if ([...document.querySelectorAll('.el-loading-mask')].some(visible)) return false;
                if (document.querySelector('[aria-busy="true"]')) return false;
                if ([...document.querySelectorAll('.work-table-empty td')].some(td => /加载中|Loading/.test(td.textContent))) return false;
                return document.getAnimations().filter(a => a instanceof CSSTransition && a.playState === 'running').length === 0;
                """)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A PNG of the viewport under target/screenshots. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** axe-core's violations on the page as it is now (every rule axe runs by default). */
    List<Map<String, Object>> axeViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (npm ci in infra/e2e)");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js(axe);
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify(r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: ' + n.failureSummary : ''))
                   })))))
                   .catch(e => done('ERROR ' + e));
                """);
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + text);
        }
        return JSON.readValue(text, new TypeReference<>() {
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
