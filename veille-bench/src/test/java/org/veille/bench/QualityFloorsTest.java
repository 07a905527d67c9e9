// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veille.analyze.ArticleAnalyzer;

/**
 * The quality gate (trafilatura's eval_gate idea): Veille's extraction, dates and quotations on the shared
 * sets (and the project's French news dev set), scored by the benchmarks' own code, must stay at or above
 * the committed floors in {@code floors.properties}. Prints the tables; runs no peer and times nothing.
 * Skipped when ../shared (or the dev set's annotations) is absent.
 */
class QualityFloorsTest {

    private static final Path SHARED = Path.of(System.getProperty("veille.shared", "../../shared"));
    /** The project's own dev sets, from this module's folder. */
    private static final Path DEVSETS = Path.of(System.getProperty("veille.devsets", "../devsets"));
    private static final PrintWriter OUT = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private static Properties floors;
    /** The quotation tests' analyzer, built by the first of them (the NER model takes seconds to load), shared after. */
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void readFloors() throws IOException {
        floors = new Properties();
        try (InputStream in = QualityFloorsTest.class.getResourceAsStream("floors.properties")) {
            assertThat(in).as("floors.properties").isNotNull();
            floors.load(in);
        }
    }

    @Test
    void trafilaturaEval() {
        Path dir = data("extraction/trafilatura-eval");
        TrafilaturaEval eval = TrafilaturaEval.load(dir, 0, OUT);
        Run run = Passes.once().run(new VeilleTool(), eval.pages());
        eval.print(List.of(run), OUT);
        TrafilaturaEval.Result r = eval.score(run);
        TrafilaturaEval.Metadata m = eval.metadata(run);
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "extraction.trafilatura.f1", r.all().f1());
        hold(floor, "extraction.trafilatura.precision", r.all().precision());
        hold(floor, "extraction.trafilatura.recall", r.all().recall());
        hold(floor, "extraction.trafilatura.fr.f1", r.byLanguage().get("fr").f1());
        hold(floor, "extraction.trafilatura.title", m.title().accuracy());
        hold(floor, "extraction.trafilatura.author", m.author().accuracy());
        hold(floor, "extraction.trafilatura.date", m.date().accuracy());
        floor.assertAll();
    }

    @Test
    void orangeSum() {
        OrangeSumEval eval = OrangeSumEval.load(data("french-news/orangesum"), 0, OUT);
        Run run = Passes.once().run(new VeilleTool(), eval.pages());
        eval.print(List.of(run), OUT);
        OrangeSumEval.Result r = eval.score(run);
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "extraction.orangesum.f1", r.body().f1());
        hold(floor, "extraction.orangesum.precision", r.body().precision());
        hold(floor, "extraction.orangesum.recall", r.body().recall());
        hold(floor, "extraction.orangesum.title", r.title().accuracy());
        hold(floor, "extraction.orangesum.date", r.date().accuracy());
        floor.assertAll();
    }

    /** WCXB's development set: mean per-page F1 overall and per page type, and the page-type accuracy. */
    @Test
    void wcxbDev() {
        WcxbSet set = WcxbSet.load(data("extraction/wcxb-dev"), 0, null, OUT);
        Run run = Passes.once().run(new VeilleTool(), set.pages());
        set.print(List.of(run), OUT);
        List<WcxbSet.PageScore> scores = set.score(run);
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "extraction.wcxb.f1", set.meanOfType(scores, "all"));
        hold(floor, "extraction.wcxb.page_type", set.typeTally(run, "all").accuracy());
        for (String type : WcxbSet.TYPE_ORDER) hold(floor, "extraction.wcxb." + type + ".f1", set.meanOfType(scores, type));
        floor.assertAll();
    }

    /**
     * The same pages as text captures made by each browser (the seeds' kind of input), rendered once and then read
     * from the captures' cache ({@link Captures}); skipped for a browser that is not installed.
     */
    @ParameterizedTest
    @EnumSource(Browser.class)
    void orangeSumCaptures(Browser browser) {
        assumeTrue(browser.executable() != null, browser.key() + " is not installed");
        OrangeSumEval eval = OrangeSumEval.load(data("french-news/orangesum"), 0, OUT);
        List<Page> pages = new Captures(browser, Captures.DEFAULT_CACHE).of(eval.pages(), OUT);
        Run run = Passes.once().run(VeilleTool.onCaptures(browser.key(), pages, true), pages);
        eval.print(List.of(run), OUT);
        OrangeSumEval.Result r = eval.score(run);
        String floors = "capture." + browser.key() + ".orangesum";
        SoftAssertions floor = new SoftAssertions();
        hold(floor, floors + ".body", r.body().f1());
        hold(floor, floors + ".title", r.title().accuracy());
        hold(floor, floors + ".date", r.date().accuracy());
        floor.assertAll();
    }

    /**
     * trafilatura-eval's pages as w3m's and lynx's captures: body F1 and title. Not Chromium's: rendering its 740 pages
     * on an empty cache takes about 7 minutes on a loaded 2-core machine, w3m and lynx about 3 together.
     */
    @ParameterizedTest
    @EnumSource(value = Browser.class, names = {"W3M", "LYNX"})
    void trafilaturaCaptures(Browser browser) {
        assumeTrue(browser.executable() != null, browser.key() + " is not installed");
        TrafilaturaEval eval = TrafilaturaEval.load(data("extraction/trafilatura-eval"), 0, OUT);
        List<Page> pages = new Captures(browser, Captures.DEFAULT_CACHE).of(eval.pages(), OUT);
        Run run = Passes.once().run(VeilleTool.onCaptures(browser.key(), pages, true), pages);
        eval.print(List.of(run), OUT);
        String floors = "capture." + browser.key() + ".trafilatura";
        SoftAssertions floor = new SoftAssertions();
        hold(floor, floors + ".f1", eval.score(run).all().f1());
        hold(floor, floors + ".title", eval.metadata(run).title().accuracy());
        floor.assertAll();
    }

    @Test
    void htmlDateEval() {
        Path dir = data("dates/htmldate-eval");
        HtmlDateEval eval = HtmlDateEval.load(dir, 0, OUT);
        Run run = Passes.once().run(new VeilleTool(), eval.pages());
        eval.print(run, OUT);
        HtmlDateEval.Result r = eval.score(run);
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "dates.htmldate.accuracy", r.overall().variant().accuracy());
        hold(floor, "dates.htmldate.f1", r.overall().upstream().f1());
        floor.assertAll();
    }

    @Test
    void quotesPolnear() {
        PolNearSet set = PolNearSet.load(data("quotes/polnear/dev"), 0);
        QuoteRun run = QuoteRun.onAllCores(analyzer(), set.docs());
        set.print(run, false, OUT);
        PolNearSet.Row all = set.score(run.quotes()).getFirst();
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "quotes.polnear.f1", all.f1());
        hold(floor, "quotes.polnear.speakers", all.speakers().accuracy());
        floor.assertAll();
    }

    @Test
    void quotesLitbank() {
        LitBankSet set = LitBankSet.load(data("quotes/fr-litbank/citations"), 0);
        QuoteRun run = QuoteRun.onAllCores(analyzer(), set.docs());
        set.print(run, false, OUT);
        SoftAssertions floor = new SoftAssertions();
        LitBankSet.Counts total = LitBankSet.total(set.score(run.quotes()));
        hold(floor, "quotes.litbank.found", total.foundRate());
        hold(floor, "quotes.litbank.speakers", total.speakersOfFound());
        floor.assertAll();
    }

    @Test
    void quotesAads() {
        AadsSet set = AadsSet.load(data("quotes/aads-french"), 0);
        QuoteRun run = QuoteRun.onAllCores(analyzer(), set.docs());
        set.print(run, false, OUT);
        Confusion ds = set.score(run.quotes()).stream().map(AadsSet.Row::ds).reduce(Confusion.ZERO, Confusion::plus);
        SoftAssertions floor = new SoftAssertions();
        hold(floor, "quotes.aads.f1", ds.f1());
        floor.assertAll();
    }

    /** The French news quotation sets (five dev sets and the check set), each skipped until its annotations are committed. */
    @Test
    void quotesFrenchNews() {
        SoftAssertions floor = new SoftAssertions();
        for (String set : List.of("quotes-fr-news", "quotes-fr-news-dev2", "quotes-fr-news-dev3", "quotes-fr-news-dev4", "quotes-fr-news-dev5", "quotes-fr-news-check")) {
            Path dir = DEVSETS.resolve(set);
            assumeTrue(FrNewsSet.holds(dir), dir + " holds no annotations-*.jsonl yet");
            Path texts = FrNewsSet.findTexts(dir);
            assumeTrue(texts != null, "the OrangeSum records are not beside the project");
            FrNewsSet frNews = FrNewsSet.load(dir, texts, 0, OUT);
            QuoteRun run = QuoteRun.onAllCores(analyzer(), frNews.docs());
            frNews.print(run, false, OUT);
            FrNewsSet.Counts headline = frNews.score(run.quotes()).get(FrNewsSet.Row.DIRECT_PARTIAL);
            String key = "quotes." + set.replace("quotes-fr-news", "frnews");
            hold(floor, key + ".found", headline.foundRate());
            hold(floor, key + ".speakers", headline.speakersOfFound());
        }
        floor.assertAll();
    }

    /** Stories and threads of the two hand-labelled windows of French news, through the real pipeline. */
    @Test
    void storiesFrenchNews() {
        SoftAssertions floor = new SoftAssertions();
        for (String set : List.of("week", "check")) {
            Path labels = DEVSETS.resolve("stories-fr-" + set).resolve("labels.jsonl");
            assumeTrue(Files.isRegularFile(labels), labels + " is not here");
            Path texts = FrNewsSet.findTexts(labels.getParent());
            assumeTrue(texts != null, "the OrangeSum records are not beside the project");
            java.io.StringWriter result = new java.io.StringWriter();
            int code = BenchMain.run(new PrintWriter(result), OUT, "stories", "--data", labels.toString(), "--texts", texts.toString());
            assertThat(code).as("bench stories exit code").isZero();
            OUT.print(result);
            java.util.Map<String, Double> scores = resultFields(result.toString());
            hold(floor, "stories." + set + ".f1", scores.get("bcubed_f1"));
            hold(floor, "stories." + set + ".precision", scores.get("precision"));
            hold(floor, "stories." + set + ".threads_f1", scores.get("threads_f1"));
        }
        floor.assertAll();
    }

    /** The numbers of a bench's RESULT line by name. */
    private static java.util.Map<String, Double> resultFields(String output) {
        java.util.Map<String, Double> fields = new java.util.HashMap<>();
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) fields.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        }
        return fields;
    }

    private static synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) analyzer = QuotesCommand.analyzer();
        return analyzer;
    }

    private static Path data(String set) {
        Path dir = SHARED.resolve("data").resolve(set);
        assumeTrue(Files.isDirectory(dir), dir + " is not here");
        return dir;
    }

    private static void hold(SoftAssertions floor, String key, double value) {
        String stated = floors.getProperty(key);
        assertThat(stated).as("floor %s in floors.properties", key).isNotNull();
        OUT.printf("floor %s = %s, now %.3f%n", key, stated, value);
        floor.assertThat(value).as(key).isGreaterThanOrEqualTo(Double.parseDouble(stated));
    }
}
