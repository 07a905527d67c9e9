// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The Java extractors Veille is compared with in the same run (see ../shared/PEERS.md): Readability4J,
 * a port of Mozilla's Readability, and boilerpipe's ArticleExtractor. Both get the same decoded page.
 */
final class Peers {

    private Peers() {
    }

    /** Every peer, in table order. */
    static List<Tool> all() {
        return List.of(new Readability(), new Boilerpipe());
    }

    /** Readability4J: its text content, title and byline. */
    private static final class Readability implements Tool {
        @Override
        public String name() {
            return "readability4j";
        }

        @Override
        public Output extract(Page page) {
            Article a = new Readability4J(page.url() == null ? "" : page.url(), page.html()).parse();
            String byline = a.getByline();
            return new Output(a.getTextContent() == null ? "" : a.getTextContent(), a.getTitle(), null,
                    byline == null || byline.isBlank() ? List.of() : List.of(byline), null);
        }
    }

    /** boilerpipe's ArticleExtractor (text only); its shared instance is stateless. */
    private static final class Boilerpipe implements Tool {
        @Override
        public String name() {
            return "boilerpipe";
        }

        @Override
        public Output extract(Page page) throws Exception {
            return Output.text(ArticleExtractor.INSTANCE.getText(page.html()));
        }
    }
}
