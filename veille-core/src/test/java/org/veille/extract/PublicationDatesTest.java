// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final PublicationDates dates = new PublicationDates(TODAY);

    private String find(String html, String url) {
        return dates.find(Jsoup.parse(html), url).orElse(null);
    }

    private String find(String html) {
        return find(html, null);
    }

    // ---- step 1: JSON-LD

    @Test
    void readsJsonLdInsideGraphPreferringTheArticle() {
        String html = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","datePublished":"2001-01-01"},
                  {"@type":"NewsArticle","datePublished":"2016-11-21T09:20:00+01:00","dateModified":"2016-11-22T10:00:00+01:00"}]}
                </script>""";
        assertThat(find(html)).isEqualTo("2016-11-21T09:20");
    }

    @Test
    void readsJsonLdArraysAndTypeLists() {
        String html = """
                <script type="application/ld+json">[{"@type":"Organization","name":"X"},
                  {"@type":["BlogPosting"],"dateCreated":"2019-03-04"}]</script>""";
        assertThat(find(html)).isEqualTo("2019-03-04");
    }

    @Test
    void takesModificationDateOnlyWhenNothingElse() {
        String html = """
                <script type="application/ld+json">{"@type":"Article","dateModified":"2020-05-06T08:00:00Z"}</script>""";
        assertThat(find(html)).isEqualTo("2020-05-06T08:00");
        String withText = html + "<article><h1>Titre</h1><p>Publié le 3 mai 2020</p></article>";
        assertThat(find(withText)).isEqualTo("2020-05-03");
    }

    @Test
    void readsJsonLdWithSyntaxErrors() {
        String html = """
                <script type="application/ld+json">{"@type":"NewsArticle", "headline":"a "quoted" word",
                  "datePublished":"2022-01-28T06:00:00+01:00"}</script>""";
        assertThat(find(html)).isEqualTo("2022-01-28T06:00");
    }

    // ---- step 2: meta tags

    @Test
    void metaTagsComeBeforeTimeElementsOnATie() {
        String html = """
                <head><meta property="article:published_time" content="2018-02-03T10:11:00+01:00"></head>
                <body><article><time datetime="2018-02-05">Lundi</time></article></body>""";
        assertThat(find(html)).isEqualTo("2018-02-03T10:11");
    }

    @Test
    void theDayMostSourcesGiveWins() {
        String html = """
                <head><meta property="article:published_time" content="2018-02-03T10:11:00+01:00"></head>
                <body><article><h1>Titre</h1><p class="date">Publié le 5 février 2018</p>
                <time datetime="2018-02-05T08:00:00+01:00">8 h</time></article></body>""";
        assertThat(find(html)).isEqualTo("2018-02-05T08:00");
    }

    @Test
    void timesInUtcAreReadInThePageZone() {
        String html = """
                <meta property="article:published_time" content="2023-11-09T06:35:00+00:00">
                <article><time datetime="2023-11-08T22:35:00-08:00">November 8, 2023</time></article>""";
        assertThat(find(html)).isEqualTo("2023-11-08T22:35");
    }

    @Test
    void theAddressDayWinsOverADayOneOff() {
        String html = "<meta property=\"article:published_time\" content=\"2019-01-01T00:11:00+01:00\">";
        assertThat(find(html, "https://example.org/2018/12/31/titre")).isEqualTo("2018-12-31");
    }

    @Test
    void publicationMetaBeforeModificationMeta() {
        String html = """
                <meta property="article:modified_time" content="2021-06-07T10:00:00Z">
                <meta name="dc.date" content="2021-06-01">""";
        assertThat(find(html)).isEqualTo("2021-06-01");
        assertThat(find("<meta property=\"og:updated_time\" content=\"2021-06-07\">")).isEqualTo("2021-06-07");
    }

    // ---- step 3: markup

    @Test
    void timeElementMarkedPublishedBeatsUpdated() {
        String html = """
                <article><p>Mis à jour le <time class="updated" datetime="2017-04-02T12:00">2 avril</time></p>
                <p>Publié le <time class="published" datetime="2017-04-01T08:30">1er avril</time></p></article>""";
        assertThat(find(html)).isEqualTo("2017-04-01T08:30");
    }

    @Test
    void timeInArticleBeatsTimeInComments() {
        String html = """
                <div class="comments"><time datetime="2015-01-09">9 janvier</time></div>
                <article><time datetime="2015-01-08">8 janvier</time></article>""";
        assertThat(find(html)).isEqualTo("2015-01-08");
    }

    // ---- step 4: the address

    @ParameterizedTest
    @CsvSource({
            "https://example.org/2016/11/21/titre, 2016-11-21",
            "https://example.org/politique/20161121-titre, 2016-11-21",
            "https://example.org/titre-2016-11-21.html, 2016-11-21",
            "https://example.org/titre-21-11-2016-ABC.php, 2016-11-21"})
    void readsFullDatesInAddresses(String url, String iso) {
        assertThat(find("<p>Rien</p>", url)).isEqualTo(iso);
    }

    @Test
    void yearAndMonthInAddressAreNotEnough() {
        assertThat(find("<p>Rien</p>", "https://example.org/2016/11/titre")).isNull();
    }

    @Test
    void archiveCaptureTimeIsNotThePublicationDate() {
        assertThat(find("<p>Rien</p>", "https://web.archive.org/web/20160218174457/http://example.org/post")).isNull();
        assertThat(find("<p>Rien</p>", "https://web.archive.org/web/20160218174457/http://example.org/2015/03/02/post"))
                .isEqualTo("2015-03-02");
    }

    // ---- step 5: printed dates

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "<h1>Titre</h1><div class='meta'>Publié le 21 novembre 2016 à 09h20</div> # 2016-11-21",
            "<h1>Title</h1><p class='byline'>By Jane Doe, November 21, 2016</p> # 2016-11-21",
            "<h1>Titel</h1><p>Veröffentlicht am 21. November 2016</p> # 2016-11-21",
            "<h1>Titel</h1><span class='datum'>21.11.2016, 09:20 Uhr</span> # 2016-11-21",
            "<h1>Título</h1><p>Publicado el 21 de noviembre de 2016</p> # 2016-11-21",
            "<h1>Podcast</h1><ul><li><p>Mise en ligne</p><p>21 novembre 2016</p></li></ul> # 2016-11-21",
            "<h1>登山の記録</h1><span class='entry-time'>2016年11月21日</span> # 2016-11-21",
            "<h1>산행</h1><span>2016년 11월 21일</span> # 2016-11-21"})
    void readsPrintedDatesInFourLanguages(String html, String iso) {
        assertThat(find(html)).isEqualTo(iso);
    }

    @Test
    void markedDateNearTheHeadlineBeatsOneInAList() {
        String html = """
                <head><title>Un titre assez long | Journal</title></head>
                <body><h1><img alt="Journal"></h1><div class="info">Hier, 3 mars 2021</div><p>%s</p>
                <article><h1>Un titre assez long</h1><p class="date">4 mars 2021</p><p>Texte.</p></article></body>"""
                .formatted("Une brève sans date. ".repeat(20));
        assertThat(find(html)).isEqualTo("2021-03-04");
    }

    @Test
    void labelAndValueInSeparateElements() {
        assertThat(find("<h1>Titel</h1><div><h5>Datum:</h5>03.02.2022</div>")).isEqualTo("2022-02-03");
        assertThat(find("<h1>Titel</h1><p class='meta'>Bonn, 11.10.21</p>")).isEqualTo("2021-10-11");
    }

    @Test
    void copyrightYearAloneIsNoDate() {
        assertThat(find("<h1>Titre</h1><p>Un texte.</p><footer>© 2019 Le Journal</footer>")).isNull();
    }

    @Test
    void futureAndAncientDatesAreRejected() {
        assertThat(find("<meta name=\"date\" content=\"2031-01-01\">")).isNull();
        assertThat(find("<meta name=\"date\" content=\"1990-01-01\">")).isNull();
    }

    // ---- the shared data sets

    private record Score(int right, int all) {
        double accuracy() {
            return all == 0 ? 0 : right / (double) all;
        }
    }

    @Test
    void htmldateEvaluationAndOrangeSum() throws IOException {
        String root = System.getProperty("veille.shared");
        assumeThat(root).as("system property veille.shared").isNotNull();
        Path eval = Path.of(root, "data/dates/htmldate-eval");
        Path orange = Path.of(root, "data/french-news/orangesum");
        assumeThat(Files.isRegularFile(eval.resolve("eval.json")) && Files.isDirectory(orange.resolve("pages"))).isTrue();

        Map<String, int[]> scores = new HashMap<>();
        JsonNode entries = new ObjectMapper().readTree(eval.resolve("eval.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.properties().iterator(); it.hasNext(); ) {
            JsonNode e = it.next().getValue();
            String gold = e.get("date").isNull() ? null : e.get("date").asText();
            String found = day(e.get("url").asText(), gunzip(eval.resolve(e.get("path").asText())));
            boolean right = Objects.equals(gold, found);
            count(scores, "all", right);
            count(scores, e.get("subset").asText(), right);
            if (e.path("lang").asText("").equals("fr")) count(scores, "fr", right);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> records = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(orange.resolve("orangesum_parsed.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                records.put(n.get("id").asText(), n);
            }
        }
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(orange.resolve("pages"), "*.html")) {
            for (Path page : pages) {
                JsonNode rec = records.get(page.getFileName().toString().replace(".html", ""));
                if (rec == null) continue;
                count(scores, "orangesum", rec.get("date").asText().equals(day(rec.get("url").asText(), Files.readAllBytes(page))));
            }
        }
        Map<String, Score> s = new HashMap<>();
        scores.forEach((k, v) -> s.put(k, new Score(v[0], v[1])));
        s.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(
                "PublicationDates %-16s %4d/%4d = %.3f%n", e.getKey(), e.getValue().right(), e.getValue().all(), e.getValue().accuracy()));
        assertThat(s.get("all").accuracy()).isGreaterThanOrEqualTo(FLOOR_ALL);
        assertThat(s.get("fr").accuracy()).isGreaterThanOrEqualTo(FLOOR_FR);
        assertThat(s.get("orangesum").accuracy()).isGreaterThanOrEqualTo(FLOOR_ORANGESUM);
    }

    /** Floors 0.01 below the accuracies reached; raise them with the code, never lower them silently. */
    private static final double FLOOR_ALL = 0.91;
    private static final double FLOOR_FR = 0.95;
    private static final double FLOOR_ORANGESUM = 0.99;

    private String day(String url, byte[] bytes) {
        String found = dates.find(Jsoup.parse(decode(bytes), url), url).orElse(null);
        return found == null ? null : found.substring(0, 10);
    }

    private static void count(Map<String, int[]> scores, String key, boolean right) {
        int[] c = scores.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (right) c[0]++;
    }

    private static byte[] gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile("charset=[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    /** UTF-8 when the bytes are valid UTF-8, else the charset the page declares, else windows-1252. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            Charset charset = Charset.forName("windows-1252");
            if (m.find() && Charset.isSupported(m.group(1)) && !m.group(1).equalsIgnoreCase("utf-8")) charset = Charset.forName(m.group(1));
            return new String(bytes, charset);
        }
    }
}
