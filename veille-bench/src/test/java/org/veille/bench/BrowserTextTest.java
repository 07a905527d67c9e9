// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserTextTest {

    @Test
    void eachBlockOnItsLineWithoutScriptsOrHead() {
        String html = """
                <html><head><title>Titre de la page</title><style>p{}</style></head><body>
                <nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
                <h1>Le pont rouvre</h1><p>Après dix-huit mois de <b>travaux</b>, le pont a rouvert.</p>
                <script>var x = 1;</script><ul><li>Lire aussi</li><li>Les crues</li></ul></body></html>""";
        assertThat(BrowserText.render(html)).isEqualTo("""
                Accueil Sport
                Le pont rouvre
                Après dix-huit mois de travaux, le pont a rouvert.
                Lire aussi
                Les crues
                """);
    }
}
