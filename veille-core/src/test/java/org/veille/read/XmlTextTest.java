// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void markupIsEscapedAndForbiddenCharactersDropped() {
        assertThat(XmlText.escape("<b>\"R&D\"</b>")).isEqualTo("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;");
        assertThat(XmlText.escape("a\u0000b\u0007c\uFFFEd\te\n")).isEqualTo("abcd\te\n");
        assertThat(XmlText.escape("é 😀 \uD7FF")).isEqualTo("é 😀 \uD7FF");
    }

    /** What a feed reader does with it: a strict parser reads the text back, attribute and content alike. */
    @Test
    void aParserReadsTheTextBack() throws Exception {
        String captured = "Titre \"<script>\" & co\u0001 – l'été";
        String xml = "<feed title=\"" + XmlText.escape(captured) + "\">" + XmlText.escape(captured) + "</feed>";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String without = captured.replace("\u0001", "");
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo(without);
        assertThat(doc.getDocumentElement().getAttribute("title")).isEqualTo(without);
    }
}
