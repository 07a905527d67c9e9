// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.veille.read.Collected.Note;

/** Tag names too long to be names, which jsoup parses in quadratic time, are refused before parsing. */
class TagNamesTest {

    @TempDir
    Path dir;

    @Test
    void acceptsRealMarkupAndLongTextOrAttributes() {
        String a = "a".repeat(100_000);
        assertThatCode(() -> TagNames.check("<my-custom-element data-x=\"" + a + "\">" + a + "</my-custom-element> 3 < 4"))
                .doesNotThrowAnyException();
    }

    /** Real pages (trafilatura-eval's finanztreff.de and pcgamer.com) carry minified code with '<' and no spaces. */
    @Test
    void acceptsCodeInScriptsAndALessThanSignBeforeNoLetter() {
        String code = "for(i=0;i<n;i++){x+=\"" + "b".repeat(5_000) + "\";}";
        String json = "{\"LT\":\"<\",\"lt\":\"" + "&#8810;".repeat(1_000) + "\"}";
        assertThatCode(() -> TagNames.check("<html><SCRIPT>" + code + "</script><p>" + json + "</p></html>"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesALongNameRightAfterAScript() {
        String name = "x".repeat(TagNames.MAX_LENGTH + 1);
        assertThatThrownBy(() -> TagNames.check("<script>a<b</script><" + name + ">")).isInstanceOf(ReadFailure.class);
        assertThatThrownBy(() -> TagNames.check("<script>a<b</script" + name + ">")).isInstanceOf(ReadFailure.class);
    }

    @Test
    void refusesAnOpeningOrClosingTagNameOverTheLimit() {
        String name = "x".repeat(TagNames.MAX_LENGTH + 1);
        assertThatThrownBy(() -> TagNames.check("<p>ok</p><" + name + ">")).hasMessage("a tag name over 1024 characters");
        assertThatThrownBy(() -> TagNames.check("</" + name)).isInstanceOf(ReadFailure.class);
    }

    @Test
    void refusesSuchPagesAndFeedItemsInSecondsNotHours() throws IOException {
        String name = "it" + "a".repeat(4 << 20) + "em";
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><" + name + ">texte</" + name + "></body></html>");
        Path feed = Files.writeString(dir.resolve("feed.rss"), "<rss><channel><item><title>Un</title><description>&lt;"
                + name + "&gt;texte</description></item><item><title>Deux</title><description>Bon texte.</description></item></channel></rss>");

        Collected read = Collected.read(page, feed);

        assertThat(read.failures).containsExactly(new Note(page.toString(), "a tag name over 1024 characters"),
                new Note(feed + "#1", "item 1: a tag name over 1024 characters"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("Bon texte.");
    }
}
