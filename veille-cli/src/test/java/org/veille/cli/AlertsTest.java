// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.mail.internet.MimeMessage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Alerts end to end: {@code watch --once} twice against a loopback server whose feed first lists one outlet's article on
 * a dam's crack, then three other outlets' copies of it and a new statement of the watched mayor. The first run learns;
 * the second raises the new outlets, the surge of coverage and the statement, writes them to the topic's Atom feed (with
 * links to the evidence), posts each to the topic's webhook, which fails once and is retried, and e-mails each to the
 * topic's address through a loopback SMTP server (GreenMail).
 */
class AlertsTest {

    private static final List<String> OUTLETS = List.of("L'Écho de la Sarnelle", "Le Courrier de Kerbrennec", "Le Phare d'Isambert",
            "Radio Haute-Sarnelle");
    private static final String STORY = """
            <p>Une fissure de plusieurs mètres a été découverte lundi sur le barrage de la Sarnelle, en amont de Valbrune. \
            Les techniciens de l'exploitant ont donné l'alerte en fin d'après-midi, lors d'une inspection de routine.</p>
            <p>Par précaution, la préfecture a ordonné l'évacuation du hameau des Aubiers, situé en contrebas de l'ouvrage. \
            Une quarantaine d'habitants ont passé la nuit dans le gymnase municipal de Valbrune.</p>
            <p>« Nous ne prendrons aucun risque avec la vie des habitants », a déclaré Marie Dubreuil, la maire de Valbrune. \
            Des experts de l'État sont attendus mardi pour évaluer la solidité du barrage, construit en 1962.</p>
            <p>Le niveau du lac de retenue sera abaissé de deux mètres dans les prochains jours, selon l'exploitant. \
            La route départementale qui longe la rivière reste fermée à la circulation jusqu'à nouvel ordre.</p>""";
    private static final String RETURN = """
            <p>Les habitants du hameau des Aubiers, évacués après la découverte d'une fissure sur le barrage de la Sarnelle, \
            pourront regagner leurs maisons dès lundi, a annoncé la mairie de Valbrune vendredi soir.</p>
            <p>« Les experts nous ont confirmé que l'ouvrage ne présente plus aucun danger immédiat », a déclaré Marie \
            Dubreuil, la maire de Valbrune, lors d'une réunion publique au gymnase municipal.</p>
            <p>Les travaux de consolidation commenceront au printemps et dureront près d'un an, selon l'exploitant du barrage. \
            Le niveau du lac de retenue restera abaissé pendant toute la durée du chantier.</p>""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;
    private GreenMail smtp;
    private String base;
    private volatile int listed = 1;
    private final AtomicInteger hookCalls = new AtomicInteger();
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
        if (smtp != null) smtp.stop();
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        try (x) {
            if (path.equals("/hook")) {
                byte[] body = x.getRequestBody().readAllBytes();
                if (hookCalls.getAndIncrement() == 0) { // the receiver is down once: the alert is posted again
                    x.sendResponseHeaders(503, -1);
                    return;
                }
                delivered.add(new String(body, StandardCharsets.UTF_8));
                x.sendResponseHeaders(204, -1);
            } else if (path.equals("/feed.xml")) {
                StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
                for (int i = 0; i < listed; i++) rss.append("<item><link>").append(base).append("/a/").append(i).append("</link></item>");
                if (listed > 1) rss.append("<item><link>").append(base).append("/return</link></item>");
                send(x, "application/rss+xml", rss.append("</channel></rss>").toString());
            } else if (path.startsWith("/a/")) {
                send(x, "text/html; charset=utf-8", page(OUTLETS.get(Integer.parseInt(path.substring(3))),
                        "Valbrune : une fissure sur le barrage de la Sarnelle, le hameau des Aubiers évacué", STORY));
            } else if (path.equals("/return")) {
                send(x, "text/html; charset=utf-8", page(OUTLETS.getFirst(),
                        "Valbrune : les habitants des Aubiers pourront rentrer lundi", RETURN));
            } else {
                x.sendResponseHeaders(404, -1);
            }
        }
    }

    private static String page(String outlet, String title, String body) {
        return """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>TITLE | OUTLET</title>
                <meta property="og:site_name" content="OUTLET"><meta property="og:title" content="TITLE">
                <meta property="article:published_time" content="2026-12-06T07:00:00+01:00"></head>
                <body><article><h1>TITLE</h1>BODY</article></body></html>"""
                .replace("TITLE", title).replace("OUTLET", outlet.replace("'", "&#39;")).replace("BODY", body);
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private String watch(Path store, Path config) {
        String[] run = Cli.run("watch", "--once", "--data", store.toString(), "--config", config.toString(), "--threads", "2");
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[2]).doesNotContain("Exception", "\tat ");
        return run[2];
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void newOutletsASurgeAndAStatementAreDeliveredWithTheirEvidence() throws Exception {
        Path store = dir.resolve("store");
        Path config = Files.writeString(dir.resolve("watch.json"), """
                {"sources": [{"url": "BASE/feed.xml", "every": "1m"}],
                 "http": {"timeout_seconds": 5, "politeness_ms": 0, "retries": 1, "backoff_ms": 50},
                 "smtp": {"host": "127.0.0.1", "port": SMTP_PORT, "from": "veille@example.org", "security": "none"},
                 "topics": [{"name": "barrage", "query": "Valbrune", "speakers": ["Dubreuil"], "webhook": "BASE/hook",
                             "email": ["redaction@example.org"]}]}
                """.replace("BASE", base).replace("SMTP_PORT", String.valueOf(smtp.getSmtp().getPort())));

        assertThat(watch(store, config)).contains("1 new article", "; 0 alerts");
        Path feed = store.resolve("alerts/barrage.atom");
        assertThat(parse(feed).getElementsByTagName("entry").getLength()).as("the first run learns").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        listed = OUTLETS.size();
        String second = watch(store, config);
        assertThat(second).contains("4 new articles");
        assertThat(hookCalls.get()).as("one post failed, then each alert was delivered").isEqualTo(delivered.size() + 1);
        List<JsonNode> alerts = new ArrayList<>();
        for (String body : delivered) alerts.add(JSON.readTree(body));
        assertThat(alerts).extracting(a -> a.path("kind").asText())
                .contains("new_outlet", "surge", "statement")
                .filteredOn("new_outlet"::equals).hasSize(3);
        assertThat(second).contains("; " + alerts.size() + " alerts");

        JsonNode statement = alerts.stream().filter(a -> a.path("kind").asText().equals("statement")).findFirst().orElseThrow();
        assertThat(statement.path("title").asText()).contains("Marie Dubreuil", "aucun danger immédiat");
        assertThat(statement.path("evidence").get(0).path("url").asText()).isEqualTo(base + "/return");
        JsonNode surge = alerts.stream().filter(a -> a.path("kind").asText().equals("surge")).findFirst().orElseThrow();
        assertThat(surge.path("evidence")).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode e : surge.path("evidence")) assertThat(e.path("article").asText()).hasSize(32);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).as("one e-mail per alert").hasSize(alerts.size());
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).startsWith("[Veille] barrage: ");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("redaction@example.org");
            assertThat(mail.getContentType()).startsWith("text/plain");
        }
        MimeMessage said = java.util.Arrays.stream(mails).filter(m -> {
            try {
                return m.getSubject().contains("Marie Dubreuil");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(said.getContent().toString()).contains("Kind: statement", "- L'Écho de la Sarnelle (fr): " + base + "/return");

        Document atom = parse(feed);
        NodeList entries = atom.getElementsByTagName("entry");
        assertThat(entries.getLength()).isEqualTo(alerts.size());
        assertThat(Files.readString(feed)).contains("rel=\"related\" href=\"" + base + "/return\"", "(L'Écho de la Sarnelle)");

        assertThat(watch(store, config)).as("nothing new since").contains("; 0 alerts");
        assertThat(smtp.getReceivedMessages()).hasSize(mails.length);
        assertThat(parse(feed).getElementsByTagName("entry").getLength()).isEqualTo(alerts.size());
    }

    private static Document parse(Path feed) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(feed.toFile());
    }
}
