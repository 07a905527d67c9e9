// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each installed browser's capture of an invented page, made once and then read from the cache. */
class CapturesTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="iso-8859-1"><title>Le pont rouvre - Le Journal du Val</title>
            <style>.cache{display:none}</style><link rel="stylesheet" href="http://example.invalid/style.css"></head><body>
            <nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
            <h1>Le pont rouvre après dix-huit mois</h1><div class="cache">Texte caché</div>
            <p>Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues : « Enfin », dit le maire.</p>
            <script>document.write("écrit par un script");</script><img src="http://example.invalid/photo.jpg" alt="">
            </body></html>""";

    @TempDir
    Path cache;

    @ParameterizedTest
    @EnumSource(Browser.class)
    void rendersTheTextAndKeepsIt(Browser browser) throws Exception {
        assumeTrue(browser.executable() != null, browser.key() + " is not installed");
        StringWriter said = new StringWriter();
        List<Page> pages = List.of(new Page("pont", "pont.html", "https://journal.example/val/le-pont-rouvre", PAGE));
        Page capture = new Captures(browser, cache).of(pages, new PrintWriter(said)).getFirst();

        assertThat(capture.html()).contains("Le pont rouvre après dix-huit mois")
                .contains("Les habitants du Val") // decoded as UTF-8 whatever the page declares
                .contains("Enfin")
                .doesNotContain("écrit par un script") // scripts do not run
                .doesNotContain("<p>");
        if (browser == Browser.CHROMIUM) assertThat(capture.html()).doesNotContain("Texte caché"); // innerText obeys the style
        assertThat(said.toString()).contains("rendered 1 pages").contains("0 failed");
        Path kept = cache.resolve(browser.key()).resolve(Captures.digest(PAGE));
        assertThat(Files.readString(kept)).isEqualTo(capture.html());

        Files.writeString(kept, "from the cache");
        assertThat(new Captures(browser, cache).of(pages, new PrintWriter(new StringWriter())).getFirst().html()).isEqualTo("from the cache");
    }
}
