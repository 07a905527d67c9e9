// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import org.veille.extract.Article;
import java.util.List;
import java.util.Set;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.CaptureBatch;
import org.veille.extract.Extraction;
import org.veille.read.Capture;

/**
 * Veille's extract stage through its front door: a rejected page yields {@link Output#NOTHING}. Pages are
 * web pages, or, for a tool made {@link #onText}, text captures (see {@link BrowserText}).
 */
final class VeilleTool implements Tool {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final boolean text;
    private final Set<String> recurringLines;

    VeilleTool() {
        this(false, Set.of());
    }

    private VeilleTool(boolean text, Set<String> recurringLines) {
        this.text = text;
        this.recurringLines = recurringLines;
    }

    /**
     * A Veille that reads each page's content as a text capture, the pages being one batch as the command
     * line reads a folder: lines recurring across them are furniture ({@link CaptureBatch}).
     */
    static VeilleTool onText(List<Page> batch) {
        return new VeilleTool(true, CaptureBatch.recurringLines(batch.stream().map(Page::html).toList()));
    }

    @Override
    public String name() {
        return text ? "veille-text" : "veille";
    }

    @Override
    public Output extract(Page page) {
        Capture capture = text ? Capture.text(page.source(), page.html()) : Capture.html(page.source(), page.html(), page.url());
        return switch (extractor.extract(capture, recurringLines)) {
            case Extraction.Extracted(Article a) -> new Output(a.text(), a.title(), a.published(), a.authors(), a.pageType().jsonName());
            case Extraction.Rejected r -> Output.NOTHING;
        };
    }
}
