// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veille.read.Capture;

/**
 * The extract stage's front door: one {@link Capture} in, one {@link Extraction} out. A capture with
 * no article text is {@link Extraction.Rejected}, never an exception. Thread-safe: build once, share
 * across threads.
 */
public final class ArticleExtractor {

    /** Bodies shorter than this are not articles (error pages, empty shells). */
    static final int MIN_BODY_CHARS = 80;
    /** Translation and source credits are one short line; longer paragraphs are not searched for them. */
    private static final int MAX_CREDIT_CHARS = 250;

    private final TextCaptureExtractor textCaptures = new TextCaptureExtractor();
    private final HtmlExtractor pages = new HtmlExtractor();
    private final ProvenanceFinder provenance = new ProvenanceFinder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final DateFinder dates = new DateFinder();

    /** Extracts the article a capture holds. */
    public Extraction extract(Capture capture) {
        return extract(capture, Set.of());
    }

    /**
     * Extracts the article a capture holds, knowing the lines that recur across the batch it came in
     * ({@link CaptureBatch#recurringLines}): in text captures they are the site's furniture.
     */
    public Extraction extract(Capture capture, Set<String> recurringLines) {
        String id = idOf(capture);
        Article article = switch (capture.format()) {
            case TEXT -> fromText(id, capture, recurringLines);
            case HTML -> fromHtml(id, capture);
            case RECORD -> fromRecord(id, capture);
        };
        // a page that states when it was published is an item even with little text (a video, a photo story); an undated scrap is not
        if (article.text().length() < MIN_BODY_CHARS && article.published() == null) {
            return new Extraction.Rejected(capture.source(), Extraction.Reason.NO_ARTICLE_TEXT);
        }
        return new Extraction.Extracted(article);
    }

    /**
     * The name of the headline rule that decides a text capture's headline ({@code SlugHeadline}, ...), or null when
     * none answers or the capture is no text: what the bench scores each rule by.
     */
    public String headlineRule(Capture capture, Set<String> recurringLines) {
        return capture.format() == Capture.Format.TEXT ? textCaptures.headlineRule(capture.content(), recurringLines, capture.url()) : null;
    }

    private Article fromText(String id, Capture c, Set<String> recurringLines) {
        TextCaptureExtractor.Result r = textCaptures.extract(c.content(), recurringLines, c.url());
        String published = r.published() != null ? r.published() : iso(c.published());
        return new Article(id, c.source(), c.url(), r.outlet(), firstNonBlank(c.title(), r.title()), published, r.authors(),
                languages.guess(r.text(), null), r.text(), r.provenance());
    }

    private Article fromHtml(String id, Capture c) {
        HtmlExtractor.Result r = pages.extract(c.content(), c.url());
        List<String> shortParagraphs = new ArrayList<>();
        for (String paragraph : r.text().split("\n\n")) {
            if (paragraph.length() <= MAX_CREDIT_CHARS) shortParagraphs.add(paragraph); // credit lines are short
        }
        List<Provenance> credits = new ArrayList<>(provenance.fromCreditLines(shortParagraphs));
        credits.addAll(provenance.citations(r.text()));
        credits.addAll(provenance.untranslatedOriginal(credits, r.text()));
        String language = languages.guess(r.text(), r.language());
        String url = c.url() != null ? c.url() : r.url();
        String published = r.published() != null ? r.published() : iso(c.published());
        return new Article(id, c.source(), url, r.outlet(), firstNonBlank(r.title(), c.title()), published, r.authors(), language,
                r.text(), credits, r.pageType());
    }

    /** A structured record's fields are already separated: its body only loses the feed's own lines ("Read more:", "first appeared on"). */
    private Article fromRecord(String id, Capture c) {
        List<String> lines = new ArrayList<>(TextCaptureExtractor.lines(c.content()));
        lines.removeIf(line -> Furniture.kindOf(line) != null);
        String text = String.join("\n\n", lines);
        List<Provenance> credits = new ArrayList<>(provenance.citations(text));
        credits.addAll(provenance.untranslatedOriginal(credits, text));
        return new Article(id, c.source(), c.url(), null, c.title(), iso(c.published()), List.of(),
                languages.guess(text, null), text, credits);
    }

    private String iso(String stated) {
        if (stated == null || stated.isBlank()) return null;
        return dates.parseIso(stated).or(() -> dates.find(stated)).map(DateFinder.Found::iso).orElse(null);
    }

    /** The same capture from the same place always gets the same id; see {@link ArticleIdentity}. */
    static String idOf(Capture capture) {
        return ArticleIdentity.id(capture.content(), capture.url() != null ? capture.url() : capture.source());
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
