// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny invented set in WCXB's layout: found by its folder, scored per page and per type. */
class WcxbSetTest {

    @TempDir
    Path dir;

    @Test
    void scoresTheMeanOfPagesPerTypeWithPageTypes() throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/b.html"), "<p>two</p>");
        Files.writeString(dir.resolve("pages/a.html"), "<p>one</p>");
        Files.writeString(dir.resolve(WcxbSet.GOLD), """
                {"id": "b", "page_type": "listing", "text": "first item second item", "with": ["first item"], "without": ["Login"]}
                {"id": "a", "page_type": "article", "title": "A title", "published": "2025-01-02", "text": "one two", "with": [], "without": ["Menu"]}
                """);
        assertThat(WcxbSet.holds(dir)).isTrue();
        WcxbSet set = WcxbSet.load(dir, 0, null, new PrintWriter(new StringWriter()));
        assertThat(set.pages()).extracting(Page::name).containsExactly("a", "b");
        assertThat(set.types()).containsExactly("article", "listing");
        Run run = new Run("veille", List.of(
                new Output("One two", "A title", "2025-01-02T10:00", List.of(), "article"),
                new Output("first item. Login", null, null, List.of(), "article")), List.of(), Double.NaN);
        List<WcxbSet.PageScore> scores = set.score(run);
        assertThat(scores.get(0).words()).isEqualTo(WordF1.PERFECT);
        assertThat(scores.get(1).words().precision()).isEqualTo(2 / 3.0); // first, item of first, item, login
        assertThat(scores.get(1).withoutRate()).isEqualTo(1.0);
        assertThat(set.typeTally(run, "all")).isEqualTo(new Tally(1, 2));
        StringWriter out = new StringWriter();
        set.print(List.of(run), new PrintWriter(out));
        assertThat(out.toString()).contains("veille type").contains("listing      1").contains("1/1 1.000")
                .contains("RESULT extraction f1=").contains("page_type=0.500");
    }
}
