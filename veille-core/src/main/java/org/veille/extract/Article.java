// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.List;
import java.util.Objects;

/**
 * What an article says and where it came from, as extracted from one capture.
 *
 * @param id         digest of the capture's content and its URL, else its source ({@link ArticleIdentity}): the same
 *                   capture from the same place always gets the same id
 * @param source     the capture's source (path, plus record)
 * @param url        the article's address, or null
 * @param outlet     the publishing outlet, or null when the capture does not name it
 * @param title      the headline
 * @param published  ISO-8601 date or date-time as precise as the capture states it, or null when it states none
 * @param authors    person names only (no agencies, no outlets)
 * @param language   ISO 639-1 code
 * @param text       the clean body, paragraphs separated by a blank line
 * @param provenance credits: translations, sources, cited outlets
 * @param pageType   what kind of page it came from, by the page's structure ({@link PageType}); text captures and
 *                   records, which keep no structure, are articles
 */
public record Article(String id, String source, String url, String outlet, String title, String published,
                      List<String> authors, String language, String text, List<Provenance> provenance, PageType pageType) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pageType, "pageType");
        authors = List.copyOf(authors);
        provenance = List.copyOf(provenance);
    }

    /** An article read from an article page, a text capture or a record. */
    public Article(String id, String source, String url, String outlet, String title, String published,
                   List<String> authors, String language, String text, List<Provenance> provenance) {
        this(id, source, url, outlet, title, published, authors, language, text, provenance, PageType.ARTICLE);
    }

    /** This article without its text, for a stage that reads only what was found in it (a run's quotations). */
    public Article withoutText() {
        return new Article(id, source, url, outlet, title, published, authors, language, "", provenance, pageType);
    }

    /** The calendar day of {@link #published}, or null when the date is unknown. */
    public java.time.LocalDate publishedDay() {
        return dayOf(published);
    }

    /** The day of a publication date as {@link #published} writes it, or null when it holds none. */
    public static java.time.LocalDate dayOf(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return java.time.LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The paragraphs of {@link #text}, in order. */
    public List<String> paragraphs() {
        return List.of(text.split("\n\n"));
    }
}
