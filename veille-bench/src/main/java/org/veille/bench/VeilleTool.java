// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import org.veille.extract.Article;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.Extraction;
import org.veille.read.Capture;

/**
 * Veille's extract stage through its front door: a rejected page yields {@link Output#NOTHING}. Pages are
 * web pages, or, for a tool made {@link #onText}, text captures (see {@link BrowserText}).
 */
final class VeilleTool implements Tool {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final boolean text;

    VeilleTool() {
        this(false);
    }

    private VeilleTool(boolean text) {
        this.text = text;
    }

    /** A Veille that reads each page's content as a text capture. */
    static VeilleTool onText() {
        return new VeilleTool(true);
    }

    @Override
    public String name() {
        return text ? "veille-text" : "veille";
    }

    @Override
    public Output extract(Page page) {
        Capture capture = text ? Capture.text(page.source(), page.html()) : Capture.html(page.source(), page.html(), page.url());
        return switch (extractor.extract(capture)) {
            case Extraction.Extracted(Article a) -> new Output(a.text(), a.title(), a.published(), a.authors());
            case Extraction.Rejected r -> Output.NOTHING;
        };
    }
}
