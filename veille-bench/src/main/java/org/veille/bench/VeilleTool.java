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
 * web pages, or, for a tool made {@link #onCaptures}, a browser's text captures of them ({@link Captures}), read
 * with the page's address as a capture saved with its URL (a WARC record of text) gives it.
 */
final class VeilleTool implements Tool {

    private final ArticleExtractor extractor = new ArticleExtractor();
    /** The browser whose captures the pages are, or null for web pages. */
    private final String browser;
    private final Set<String> recurringLines;
    /** Whether a capture is read with its page's address. */
    private final boolean withUrl;

    VeilleTool() {
        this(null, Set.of(), true);
    }

    private VeilleTool(String browser, Set<String> recurringLines, boolean withUrl) {
        this.browser = browser;
        this.withUrl = withUrl;
        this.recurringLines = recurringLines;
    }

    /**
     * A Veille that reads each page's content as a text capture, the pages being one batch as the command
     * line reads a folder: lines recurring across them are furniture ({@link CaptureBatch}).
     */
    static VeilleTool onCaptures(String browser, List<Page> batch, boolean withUrl) {
        return new VeilleTool(browser, CaptureBatch.recurringLines(batch.stream().map(Page::html).toList()), withUrl);
    }

    @Override
    public String name() {
        return browser == null ? "veille" : "veille-" + browser;
    }

    @Override
    public Output extract(Page page) {
        return switch (extractor.extract(capture(page), recurringLines)) {
            case Extraction.Extracted(Article a) -> new Output(a.text(), a.title(), a.published(), a.authors(), a.pageType().jsonName());
            case Extraction.Rejected r -> Output.NOTHING;
        };
    }

    /** The name of the rule that decided a text capture's headline, or null (web pages; no rule answered). */
    String headlineRule(Page page) {
        return extractor.headlineRule(capture(page), recurringLines);
    }

    private Capture capture(Page page) {
        return browser != null ? new Capture(page.source(), Capture.Format.TEXT, page.html(), withUrl ? page.url() : null, null, null, null)
                : Capture.html(page.source(), page.html(), page.url());
    }
}
