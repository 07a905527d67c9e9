// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A topic's Atom feed stays well-formed whatever the captured text holds, and is replaced whole. */
class AlertFeedTest {

    @TempDir
    Path dir;

    @Test
    void capturedMarkupAndForbiddenCharactersCannotBreakTheFeed() throws Exception {
        String hostile = "<script>alert(1)</script> & \"quoted\" \u0001\u001b[31m</title></entry>";
        Alert alert = new Alert("statement:x", Alert.Kind.STATEMENT, "t", Instant.parse("2026-12-06T08:00:00Z"), hostile, "s",
                List.of(new Alert.Evidence("0123", "https://example.org/a?x=1&y=\"2\"", "O<utlet>", "fr")));
        AlertFeed.write(dir, "t", List.of(alert), Instant.now());
        Path feed = AlertFeed.of(dir, "t");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document atom = f.newDocumentBuilder().parse(feed.toFile());
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
        assertThat(atom.getElementsByTagName("title").item(1).getTextContent())
                .isEqualTo("[statement] <script>alert(1)</script> & \"quoted\" [31m</title></entry>");
        assertThat(atom.getElementsByTagName("link").item(0).getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo("https://example.org/a?x=1&y=\"2\"");
        assertThat(atom.getElementsByTagName("content").item(0).getTextContent()).contains("article 0123", "(O<utlet>)");
        assertThat(Files.list(dir.resolve(AlertFeed.FOLDER))).as("no temporary file left").hasSize(1);
    }
}
