package io.github.acplan.documents.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.acplan.core.monitoring.Completion;
import io.github.acplan.core.monitoring.MonitoringResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Opens the HTML report and the HTML plan in a real browser: headless Chromium driven through Selenium,
 * with Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Selenium
 * Manager is never asked for anything (the driver and the browser are given, and {@code SE_OFFLINE} is set
 * by the build), and Chromium runs with its background networking off and a fresh profile.
 *
 * <p>Without a browser the test is skipped on a developer's machine and fails under {@code CI=true}.
 */
class BrowserRenderingTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path profile;

  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String message = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install -y "
          + "chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1000,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String html, String name) throws Exception {
    Path file = Path.of("target", name).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, html);
    driver.manage().logs().get(LogType.BROWSER); // drains what an earlier page left
    driver.get(file.toUri().toString());
  }

  private static List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Prints the open page to PDF on A4 and returns each page's text. */
  private static List<String> printedPages(String name) throws Exception {
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0));
    byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
    Files.write(Path.of("target", name), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new java.util.ArrayList<>();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        // Headers wrap inside narrow columns: compare texts with white space made single spaces.
        pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
      }
      return pages;
    }
  }

  @Test
  void theReportRendersWithOneBarPerSectionAndPrintsOnA4WithTheHeaderOnEveryPage() throws Exception {
    MonitoringResult result = Seed.firstHalf2020();
    open(ReportHtmlWriter.standard().write(result, Locale.forLanguageTag("uk")), "browser-report-2020-H1.html");

    assertThat(consoleProblems()).isEmpty();
    assertThat(driver.findElement(By.id("figure-done")).getText()).contains("4 (10,0 %)");
    List<WebElement> bars = driver.findElements(By.cssSelector("#completion-by-section g.bar-group"));
    Map<Integer, Completion> bySection = result.completionBySection();
    assertThat(bars).hasSize(bySection.size());
    // The bar of 100 % is the plot's full width: 640 - 210 (labels) - 70 (values) CSS pixels, drawn 1:1.
    double full = 360;
    int i = 0;
    for (Map.Entry<Integer, Completion> e : bySection.entrySet()) {
      WebElement bar = bars.get(i++);
      assertThat(bar.getDomAttribute("data-key")).isEqualTo(e.getKey().toString());
      double drawn = bar.findElement(By.cssSelector("rect")).getRect().getWidth();
      assertThat(drawn).isCloseTo(full * e.getValue().percentDone() / 100, within(1.0));
      assertThat(bar.findElement(By.cssSelector("text.value")).getText())
          .startsWith(String.format(Locale.ROOT, "%.1f", e.getValue().percentDone()).replace('.', ',') + " %");
    }
    driver.manage().window().setSize(new Dimension(1100, 760));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", "browser-report-2020-H1.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    List<String> pages = printedPages("browser-report-2020-H1.pdf");
    assertThat(pages).hasSize(REPORT_PAGES);
    // Every page from the table's first to the summary's repeats the table's header row.
    int first = firstPageWith(pages, "Інформація про виконання");
    int summary = firstPageWith(pages, "Загалом усього 40");
    assertThat(first).isLessThan(summary);
    for (int p = first; p < summary; p++) {
      assertThat(pages.get(p)).as("page %d", p + 1).contains("Строк виконання", "Стан виконання");
    }
  }

  @Test
  void thePlanRendersAndPrintsWithTheHeaderAndColumnNumbersOnEveryPage() throws Exception {
    open(PlanHtmlWriter.standard().write(Seed.plan(), Locale.forLanguageTag("uk")), "browser-plan-2020.html");
    assertThat(consoleProblems()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("table.plan tbody tr[id^=measure-]"))).hasSize(41);
    assertThat(driver.findElements(By.cssSelector("table.plan tbody tr.section"))).hasSize(6);
    List<String> pages = printedPages("browser-plan-2020.pdf");
    assertThat(pages).hasSize(PLAN_PAGES);
    for (int p = 0; p < pages.size(); p++) {
      assertThat(pages.get(p)).as("page %d", p + 1).contains("Найменування заходу", "Очікувані результати");
    }
    assertThat(pages.get(pages.size() - 1)).contains("Керуючий справами виконкому", "Олександр Гижко");
  }

  @Test
  void theConsoleCheckSeesAPageThatFailsToLoadSomething() throws Exception {
    // The checks above assert an empty console; this shows that the console is really read.
    open("<!DOCTYPE html><html lang=\"uk\"><title>x</title><img src=\"missing.png\" alt=\"\"></html>",
        "browser-missing-image.html");
    assertThat(consoleProblems()).anyMatch(m -> m.contains("missing.png"));
  }

  private static int firstPageWith(List<String> pages, String text) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page has \"" + text + "\"");
  }

  /**
   * Pages of the seed's 2020-H1 report printed on A4 (observed with Debian's Chromium 156 and Liberation
   * Serif, which has the metrics of Times New Roman; a change of layout or style sheet shows here).
   */
  private static final int REPORT_PAGES = 14;
  /** Pages of the seed plan printed on A4, observed as {@link #REPORT_PAGES} was. */
  private static final int PLAN_PAGES = 12;
}
