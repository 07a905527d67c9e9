// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.veille.serve.ApiServer;
import org.veille.serve.OutletLabels;
import org.veille.store.ArticleStore;

/**
 * The web pages as a reader uses them, in Debian's Chromium driven headless by Selenium through Debian's
 * chromedriver (both named by path: nothing is downloaded). A store of the examples, a few hundred OrangeSum
 * records and a hostile capture is served on loopback; the test searches, narrows by a facet, opens a story and
 * its chart, an article, follows a name, opens an outlet with its label, exports a CSV, and checks that a captured
 * {@code <script>} and {@code onerror=} show as text and run nothing. Each page is saved as a screenshot in
 * {@code target/screenshots}. Skipped, saying why, where Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path ORANGESUM = Path.of(System.getProperty("veille.shared", "../../shared"),
            "data/french-news/orangesum/orangesum_parsed.jsonl.gz");
    /** OrangeSum records in the store: enough for facets and stories of several articles, quick to ingest. */
    private static final int RECORDS = 300;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String TOKEN = "browser-test-token-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static ArticleStore articles;
    static ApiServer server;
    static ChromeDriver browser;
    static String base;
    static Path downloads;
    static final List<String> serverLog = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void serveAndOpenTheBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: they need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        assumeTrue(Files.isRegularFile(ORANGESUM), "browser tests skipped: " + ORANGESUM + " is missing");
        Path store = dir.resolve("store");
        String[] run = Cli.run("ingest", EXAMPLES.toString(), firstRecords().toString(), hostileCapture().toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        articles = ArticleStore.open(store);
        server = ApiServer.start(articles, ServeCommand.ingestor(articles, new Pipeline(1)), OutletLabels.read(List.of(labels())),
                new InetSocketAddress("127.0.0.1", 0), TOKEN, serverLog::add);
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (articles != null) articles.close();
    }

    /** The first {@link #RECORDS} OrangeSum records, as a JSON Lines file. */
    private static Path firstRecords() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ORANGESUM)), StandardCharsets.UTF_8))) {
            for (String line; lines.size() < RECORDS && (line = in.readLine()) != null; ) lines.add(line);
        }
        return Files.write(dir.resolve("orangesum-" + RECORDS + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    /** A capture whose text holds markup that would run if a page wrote it as markup. */
    private static Path hostileCapture() throws IOException {
        return Files.writeString(dir.resolve("hostile.txt"), String.join("\n\n",
                "Le port de Kerbrennec ferme <img src=x onerror=\"document.title='pwned'\"> pour travaux",
                "<script>document.title='pwned'</script> Le maire de Kerbrennec a annoncé lundi la fermeture du port de pêche"
                        + " pendant six mois pour des travaux de dragage, une décision attendue depuis des années par les pêcheurs.",
                "Selon la mairie, les travaux coûteront 4 millions d'euros et seront financés par la région et l'État."
                        + " Les pêcheurs seront accueillis au port voisin pendant toute la durée du chantier.",
                "« Nous avons attendu trop longtemps », a déclaré le président du comité des pêches, qui salue la décision."));
    }

    /** A Décodex list in its published form labelling OrangeSum's domain with a 4, which after March 2017 means no warning. */
    private static Path labels() throws IOException {
        return Files.writeString(dir.resolve("decodex_sites_2021-04-26.csv"),
                "site_id,name,slug,url,url_type,note,label,description,decodex_page\n"
                        + "1,Orange Actu,orange-actu,actu.orange.fr,domain,4,green,\"Le portail d'information d'Orange, qui reprend des dépêches.\","
                        + "https://www.lemonde.fr/verification/source/orange-actu/\n");
    }

    private static void shoot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    @Order(1)
    void homeShowsTheLatestArticlesTheLargestStoriesAndTheAttentionChart() throws IOException {
        browser.get(base + "/");
        shoot("1-home");
        assertThat(body()).contains("Latest articles", "Largest stories");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg rect"))).isNotEmpty();
    }

    @Test
    @Order(2)
    void searchThenNarrowByAFacet() throws IOException {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("gouvernement");
        box.submit();
        shoot("2-search");
        assertThat(browser.getCurrentUrl()).contains("/search?q=gouvernement");
        assertThat(browser.findElements(By.cssSelector("ol.hits li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("ol.hits mark"))).as("matched words highlighted").isNotEmpty();
        int all = count();
        WebElement label = browser.findElement(By.xpath("//aside//h3[.='label']/following-sibling::ul[1]//a"));
        assertThat(label.getText()).isEqualTo("no warning");
        label.click();
        shoot("3-search-facet");
        assertThat(browser.findElements(By.cssSelector("aside li.on"))).hasSize(1);
        assertThat(count()).isPositive().isLessThanOrEqualTo(all);
    }

    /** The number of articles a search page says it found. */
    private static int count() {
        String meta = browser.findElement(By.cssSelector("section > p.meta")).getText();
        return Integer.parseInt(meta.substring(0, meta.indexOf(' ')));
    }

    @Test
    @Order(3)
    void storyArticleEntityAndOutlet() throws IOException {
        browser.get(base + "/");
        browser.findElement(By.cssSelector("section a[href^='/stories/']")).click();
        shoot("4-story");
        assertThat(body()).contains("Articles per day by outlet", "Timeline");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg rect"))).isNotEmpty();
        browser.findElement(By.cssSelector("table a[href^='/articles/']")).click();
        shoot("5-article");
        assertThat(browser.findElements(By.tagName("article"))).hasSize(1);
        WebElement name = browser.findElement(By.cssSelector("article a.entity"));
        String canonical = name.findElement(By.tagName("mark")).getDomAttribute("title");
        name.click();
        shoot("6-entity");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(canonical);
        assertThat(body()).contains(" it · search them", "Named with it");
        browser.findElement(By.linkText("Outlets")).click();
        browser.findElement(By.cssSelector("table a[href^='/outlets/']")).click();
        shoot("7-outlet");
        assertThat(browser.findElements(By.cssSelector("ul.latest li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("figure.chart svg rect"))).isNotEmpty();
    }

    @Test
    @Order(4)
    void exportsTheSearchAsCsv() throws Exception {
        browser.get(base + "/search?q=gouvernement");
        browser.findElement(By.linkText("export CSV")).click();
        Path csv = downloads.resolve("veille-hits.csv");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.isRegularFile(csv) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(csv).exists();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("id,title,outlet,published,language,story,score,snippet");
        assertThat(lines).hasSizeGreaterThan(1);
    }

    @Test
    @Order(5)
    void capturedMarkupShowsAsTextAndRunsNothing() throws IOException {
        browser.get(base + "/search?q=" + "Kerbrennec+dragage");
        browser.findElement(By.cssSelector("ol.hits a")).click();
        shoot("8-hostile-article");
        assertThat(body()).contains("<script>document.title='pwned'</script>", "<img src=x onerror=");
        assertThat(browser.getTitle()).as("the captured title, as text, not replaced").startsWith("Le port de Kerbrennec ferme <img");
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return document.querySelectorAll('script, img, [onerror]').length")).isEqualTo(0L);
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(serverLog).isEmpty();
    }
}
