// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.veille.read.XmlText;

/**
 * A topic's alerts as an Atom feed file ({@code alerts/NAME.atom} in the store's folder), written whole and atomically
 * so a feed reader never reads half of it. Each entry's content lists its evidence: article ids and addresses. Every
 * captured string is escaped; characters XML forbids are dropped.
 */
final class AlertFeed {

    static final String FOLDER = "alerts";

    private AlertFeed() {}

    /** Where the topic's feed is written. */
    static Path of(Path storeDir, String topic) {
        return storeDir.resolve(FOLDER).resolve(topic + ".atom");
    }

    /** Writes the topic's feed with these alerts, the newest first. */
    static void write(Path storeDir, String topic, List<Alert> newestFirst, Instant now) throws IOException {
        Path file = of(storeDir, topic);
        Files.createDirectories(file.getParent());
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<id>urn:veille:topic:").append(XmlText.escape(urn(topic))).append("</id>\n<title>Veille alerts: ").append(XmlText.escape(topic))
                .append("</title>\n<updated>").append(newestFirst.isEmpty() ? now : newestFirst.getFirst().at()).append("</updated>\n")
                .append("<author><name>Veille</name></author>\n");
        for (Alert a : newestFirst) {
            x.append("<entry>\n<id>urn:veille:alert:").append(XmlText.escape(urn(topic + ":" + a.id()))).append("</id>\n<title>[")
                    .append(a.kind().jsonName).append("] ").append(XmlText.escape(a.title())).append("</title>\n<updated>").append(a.at())
                    .append("</updated>\n<category term=\"").append(a.kind().jsonName).append("\"/>\n");
            for (Alert.Evidence e : a.evidence()) {
                if (e.url() != null) x.append("<link rel=\"related\" href=\"").append(XmlText.escape(e.url())).append("\"/>\n");
            }
            StringBuilder content = new StringBuilder(a.story() == null ? "" : "story " + a.story() + "\n");
            for (Alert.Evidence e : a.evidence()) {
                content.append("article ").append(e.article()).append(e.url() == null ? "" : " " + e.url())
                        .append(e.outlet() == null ? "" : " (" + e.outlet() + ")").append('\n');
            }
            x.append("<content type=\"text\">").append(XmlText.escape(content.toString())).append("</content>\n</entry>\n");
        }
        AtomicFile.write(file, x.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String urn(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
