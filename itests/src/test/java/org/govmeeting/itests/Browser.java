package org.govmeeting.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's Chromium, headless, on a 1366×768 office screen, driven through
 * its chromedriver as that person would use the app: the login page, clicks, typing.
 */
final class Browser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Dimension SCREEN = new Dimension(1366, 768);

  final ChromeDriver driver;
  private final String base;
  private final Path shots;

  Browser(String base, Path shots) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("govmeeting.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--lang=zh-CN",
        "--hide-scrollbars",
        "--window-size=" + SCREEN.width + "," + SCREEN.height);
    // The driver Debian ships with the browser: Selenium Manager never downloads one.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("govmeeting.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.base = base;
    this.shots = shots;
  }

  WebDriverWait waiting(Duration d) {
    return new WebDriverWait(driver, d, Duration.ofMillis(50));
  }

  <T> T await(Function<WebDriver, T> condition) {
    return waiting(Duration.ofSeconds(15)).until(condition);
  }

  WebElement find(String css) {
    return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void click(String css) {
    await(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  void select(String css, String value) {
    new Select(find(css)).selectByValue(value);
  }

  /**
   * Sets a value the way a date picker would, and tells the page (typing dates is locale-bound).
   */
  void setValue(String css, String value) {
    js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        find(css),
        value);
  }

  String text(String css) {
    return find(css).getText();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void go(String hash) {
    driver.get(base + "/app/" + hash);
  }

  /** Logs in through the login page, as the person would, and waits for their inbox. */
  void login(String user) {
    // Whoever was logged in before (a step that failed half-way) is forgotten first.
    go("#/login");
    js("sessionStorage.clear();");
    driver.navigate().refresh();
    find("#user");
    type("#user", user);
    type("#password", Http.DEMO_PASSWORD);
    click("#login");
    await(d -> d.getCurrentUrl().contains("#/inbox") && !all("#inbox-total").isEmpty());
    await(
        d ->
            user.equals(
                String.valueOf(
                    js(
                        "var p = document.querySelector('.person'); return p && p.dataset.person;"))));
  }

  void logout() {
    click("#logout");
    find("#user");
  }

  /** Waits until the text of an element is the one expected. */
  void awaitText(String css, String expected) {
    await(
        d -> {
          List<WebElement> e = d.findElements(By.cssSelector(css));
          return !e.isEmpty() && e.get(0).getText().trim().equals(expected);
        });
  }

  /**
   * The page as a picture for README (the whole page, not only the screen), then axe-core's check
   * of it: no serious or critical violation of WCAG 2 A/AA.
   */
  void page(String name) throws IOException {
    Files.createDirectories(shots);
    Object height = js("return Math.ceil(document.documentElement.scrollHeight);");
    // The window's size counts the browser's own bars: the page gets the rest.
    Object bars = js("return window.outerHeight - window.innerHeight;");
    int h = Math.max(SCREEN.height, Math.min(3200, ((Number) height).intValue()));
    driver
        .manage()
        .window()
        .setSize(new Dimension(SCREEN.width, h + Math.max(0, ((Number) bars).intValue())));
    js("window.scrollTo(0, 0);");
    try {
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(shots.resolve(name + ".png"), png);
    } finally {
      driver.manage().window().setSize(SCREEN);
    }
    List<String> serious = accessibility();
    assertTrue(name + ": " + serious, serious.isEmpty());
  }

  private static String axe;

  /** axe-core's serious and critical violations on the page as shown now. */
  List<String> accessibility() throws IOException {
    if (axe == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    // Run through WebDriver, so the page's Content-Security-Policy does not apply to axe itself.
    js(axe);
    Object raw =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('[{\"id\":\"axe-failed\",\"impact\":\"critical\","
                + "\"help\":' + JSON.stringify(String(e)) + ',\"nodes\":[]}]'); });");
    List<String> out = new ArrayList<>();
    for (JsonNode v : JSON.readTree(String.valueOf(raw))) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        StringBuilder where = new StringBuilder();
        for (JsonNode n : v.path("nodes")) {
          where.append(' ').append(n.path("target"));
        }
        out.add(v.path("id").asText() + " (" + v.path("help").asText() + "):" + where);
      }
    }
    return out;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
