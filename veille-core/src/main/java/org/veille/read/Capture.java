// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.util.Objects;

/**
 * One captured document as read from disk, decoded to text, before any extraction.
 *
 * @param source    where it came from: the file path, plus {@code #record} inside an archive or feed
 * @param format    how {@link #content} is to be read
 * @param content   the decoded document: HTML markup, plain text, or the body of a structured record
 * @param url       the document's address when the input states one, else null
 * @param title     a title stated by a structured input (JSONL, RSS), else null
 * @param published a publication date stated by a structured input, as written there, else null
 * @param captured  when the capture was made (WARC date, HTTP date), ISO-8601, else null
 */
public record Capture(String source, Format format, String content, String url, String title,
                      String published, String captured) {

    /** How a capture's content is written. */
    public enum Format {
        /** A web page's markup. */
        HTML,
        /** A browser's text of a page (like copy-and-paste), page furniture included; may hold markdown links. */
        TEXT,
        /** The body of a structured record (JSONL, RSS) whose metadata fields are already separated. */
        RECORD
    }

    public Capture {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    /** A plain-text capture with nothing else known. */
    public static Capture text(String source, String content) {
        return new Capture(source, Format.TEXT, content, null, null, null, null);
    }

    /** An HTML capture with nothing else known. */
    public static Capture html(String source, String content, String url) {
        return new Capture(source, Format.HTML, content, url, null, null, null);
    }
}
