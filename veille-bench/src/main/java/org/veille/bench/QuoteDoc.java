// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.List;
import java.util.Objects;
import org.veille.extract.Article;

/**
 * One text of a quotation set, as Veille is given it.
 *
 * @param id        the document's name in its set
 * @param text      the text the gold offsets point into, unchanged
 * @param language  ISO 639-1 code
 * @param published the document's date (YYYY-MM-DD) when the set states it, else null: roles are resolved
 *                  to their holder at that date
 */
record QuoteDoc(String id, String text, String language, String published) {

    QuoteDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The article the analyze stage reads, its body laid out in paragraphs as the extract stage lays out a
     * plain text or a record ({@link Paragraphs}). Built here rather than by the extractor, which also drops
     * lines it takes for furniture and rewrites markdown: only a layout whose every character maps back to
     * the set's text keeps the gold offsets usable.
     */
    Article article(Paragraphs paragraphs) {
        return new Article(id, id, null, null, null, published, List.of(), language, paragraphs.body(), List.of());
    }

    /** Whitespace-separated tokens, the unit of the speed figure. */
    long tokens() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
