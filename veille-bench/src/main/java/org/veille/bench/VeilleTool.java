// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import org.veille.extract.Article;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.Extraction;
import org.veille.read.Capture;

/** Veille's extract stage through its front door: a rejected page yields {@link Output#NOTHING}. */
final class VeilleTool implements Tool {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public String name() {
        return "veille";
    }

    @Override
    public Output extract(Page page) {
        return switch (extractor.extract(Capture.html(page.source(), page.html(), page.url()))) {
            case Extraction.Extracted(Article a) -> new Output(a.text(), a.title(), a.published(), a.authors());
            case Extraction.Rejected r -> Output.NOTHING;
        };
    }
}
