// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.util.Locale;
import java.util.Optional;

/**
 * How a file is read, from its name's extension (case-insensitive); a {@code .gz} suffix wraps any of them.
 * Immutable.
 *
 * @param kind    the format inside
 * @param gzipped whether the file is gzip-compressed around that format
 */
record FileType(Kind kind, boolean gzipped) {

    /** The formats {@link CaptureReader} reads. */
    enum Kind {
        /** {@code .txt}: a browser's text of a page. */
        TEXT,
        /** {@code .html}, {@code .htm}, {@code .xhtml}. */
        HTML,
        /** {@code .warc}: a web archive, read record by record. */
        WARC,
        /** {@code .jsonl}: one JSON record a line. */
        JSONL,
        /** {@code .xml}, {@code .rss}, {@code .atom}: an RSS or Atom feed. */
        FEED
    }

    private static final String GZ = ".gz";

    /** The type of a file named {@code fileName}, or empty when Veille does not read it. */
    static Optional<FileType> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean gzipped = name.endsWith(GZ);
        String inner = gzipped ? name.substring(0, name.length() - GZ.length()) : name;
        Kind kind = switch (lastExtension(inner)) {
            case ".txt" -> Kind.TEXT;
            case ".html", ".htm", ".xhtml" -> Kind.HTML;
            case ".warc" -> Kind.WARC;
            case ".jsonl" -> Kind.JSONL;
            case ".xml", ".rss", ".atom" -> Kind.FEED;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> new FileType(k, gzipped));
    }

    /** The extension as shown to users: {@code .xyz}, {@code .xyz.gz}, or {@code (none)}. */
    static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String ext = name.endsWith(GZ)
                ? lastExtension(name.substring(0, name.length() - GZ.length())) + GZ
                : lastExtension(name);
        return ext.isEmpty() ? "(none)" : ext;
    }

    private static String lastExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot);
    }
}
