package org.linli.infra.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven by Selenium, with Vaadin-aware waits. Never downloads a browser: it uses
 * /usr/bin/chromium and /usr/bin/chromedriver (apt packages chromium and chromium-driver).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final WebDriverWait quickWait;
    private final String root;

    /**
     * Whether browser tests run here: when Chromium and its driver are installed, or when they are required
     * ({@code LINLI_REQUIRE_BROWSER=true}, as in CI), so that a missing browser fails instead of skipping.
     */
    public static boolean usable() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        return installed || "true".equalsIgnoreCase(System.getenv("LINLI_REQUIRE_BROWSER"));
    }

    public Browser(String root, int width, int height) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile());
        if (width < 600) {
            // A phone-sized window says it is a phone, as the phones the storefront is built for do.
            options.addArguments("--user-agent=Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36"
                    + " (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
        }
        // The console log, to read content security policy violations from.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Polls often, for waits whose condition cannot be met early by a page between two round trips.
        this.quickWait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
    }

    private static String profile() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(String path) {
        driver.get(root + path);
        waitForVaadin();
    }

    /** Opens a page that is not a Vaadin view, such as an API resource. */
    public void openRaw(String path) {
        driver.get(root + path);
    }

    /** The value of a cookie, HttpOnly ones included. */
    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The session cookie as the browser keeps it, with its attributes; null when there is none. */
    public Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** What the browser's console said about the content security policy since the last call (refusals). */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Runs a script in the page. */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until Vaadin has booted and has no request in flight. */
    public void waitForVaadin() {
        // A page that is not the application's (the payment gateway's cashier) has nothing to wait for.
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState === 'complete' && !document.querySelector('script[src*=\"VAADIN\"]')"
                        + " && !window.Vaadin) return true;"
                        + " return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
    }

    public void signIn(String username, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /**
     * Waits, polling often, until {@code javascript} returns true: only for a condition that cannot hold before what
     * it waits for has happened (a half-settled page between two round trips would pass a quick poll of the usual
     * "Vaadin is idle").
     */
    public void waitQuicklyFor(String javascript) {
        quickWait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(javascript)));
    }

    /** Waits until {@code javascript} run in the page returns true. */
    public void waitForScript(String javascript) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(javascript)));
    }

    /**
     * Waits until an ECharts chart inside {@code css} has drawn (an instance on its element, an SVG with shapes in it)
     * and answers the drawn width in pixels.
     */
    public long waitForChart(String css) {
        String chart = "const el = document.querySelector(arguments[0] + ' .echart');";
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(chart
                    + " return !!(el && window.echarts && echarts.getInstanceByDom(el)"
                    + " && el.querySelector('svg path, canvas'));", css)));
        } catch (TimeoutException e) {
            throw new AssertionError("no chart was drawn in " + css + "; the page says: " + pageText(), e);
        }
        return ((Number) script(chart + " return Math.round(el.querySelector('svg, canvas')"
                + ".getBoundingClientRect().width);", css)).longValue();
    }

    /** Waits until the address in the browser ends with {@code suffix}. */
    public void waitForUrlEnding(String suffix) {
        try {
            wait.until(d -> d.getCurrentUrl().endsWith(suffix));
        } catch (TimeoutException e) {
            throw new AssertionError("the browser stayed at " + url() + "; the page says: " + pageText(), e);
        }
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks once the element is shown and enabled (Vaadin marks disabled components with an attribute). */
    public void click(String css) {
        // Like a thumb: bring it to the middle of the screen (or of a scrolling grid), clear of fixed bars.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", find(css));
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        wait.until(d -> element.getAttribute("disabled") == null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    /** Waits until some element matching {@code css} has exactly {@code text}. */
    public void waitForText(String css, String text) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> text.equals(e.getText().trim())));
    }

    /** The texts of the grid's cells once the grid shows {@code expected}. */
    public List<String> gridCells(String gridId, String expected) {
        waitForText("#" + gridId + " vaadin-grid-cell-content", expected);
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
    }

    /** Waits until some element matching {@code css} contains {@code text}. */
    public void waitForTextContaining(String css, String text) {
        try {
            // textContent, not the rendered text: a part scrolled out of a scrolling layout still says what it says.
            wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                    .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains(text)));
        } catch (TimeoutException e) {
            Object found = ((JavascriptExecutor) driver).executeScript("const e = document.querySelector(arguments[0]);"
                    + " return e ? e.outerHTML.substring(0, 600) + ' inert=' + !!e.closest('[inert]')"
                    + " + ' overlays=' + document.querySelectorAll('vaadin-dialog-overlay[opened]').length"
                    + " : 'missing'", css);
            throw new AssertionError("no " + css + " containing \"" + text + "\" at " + url() + "; the page says: "
                    + pageText() + "; the element: " + found, e);
        }
    }

    /** Types into a field and lets Vaadin's lazy value change arrive. */
    public void type(String css, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /**
     * Gives a file to a vaadin-upload through its (hidden) file input and waits until this upload finished. The
     * input is emptied first: Chromium adds to a file input's earlier selection, which would upload that again.
     */
    public void upload(String uploadCss, Path file) {
        WebElement upload = find(uploadCss);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long before = ((Number) js.executeScript("return arguments[0].files.length", upload)).longValue();
        WebElement input = (WebElement) js.executeScript(
                "const input = arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]');"
                        + "input.value = ''; input.removeAttribute('hidden'); input.style.display = 'block';"
                        + "return input;", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return arguments[0].files.length > arguments[1]"
                        + " && arguments[0].files.every(f => f.complete || f.error)", upload, before)));
        waitForVaadin();
    }

    /** Clicks the first element matching {@code css} whose text contains {@code text}. */
    public void clickContaining(String css, String text) {
        WebElement element = wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    /** How much wider than the window the page is; 0 when nothing scrolls sideways. */
    public long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
