// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stage 1's front door: reads files and folders into {@link Capture}s, decoding their text.
 *
 * <p>Folders are walked recursively in name order, skipping hidden entries and files of other types.
 * Files are read by extension (case-insensitive; a {@code .gz} suffix is gunzipped first):
 * {@code .txt} as {@link Capture.Format#TEXT}; {@code .html}, {@code .htm}, {@code .xhtml} as
 * {@link Capture.Format#HTML}; {@code .warc} per record; {@code .jsonl} per line; {@code .xml},
 * {@code .rss}, {@code .atom} as feeds, per item. Archives, JSON Lines and feeds name each record
 * {@code path#n}.
 *
 * <p>Bad input never throws: each bad file or record is reported once to {@link ReadListener#failed}
 * with a short reason, and reading goes on. Documents are held in memory only up to a size limit, checked
 * before reading; archives and JSON Lines are streamed and the limit applies to each record. Every other
 * size an input states or implies is bounded before it costs memory or time: WARC lengths and headers,
 * JSON nesting and numbers, tag names, entity declarations (refused), and what a gzipped input unpacks to
 * ({@value Inputs#MAX_INFLATION} times its size at most).
 *
 * <p>Thread-safe: an instance holds only its configuration, and listeners are called on the reading thread.
 */
public final class CaptureReader {

    /** The default limit on one document's bytes, decompressed: 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    private final long maxBytes;
    private final WarcInput warc;
    private final JsonlInput jsonl;

    /** A reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}. */
    public CaptureReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * A reader that refuses documents of more than {@code maxBytes} bytes once decompressed.
     *
     * @throws IllegalArgumentException unless 0 &lt; maxBytes &lt;= 2 GiB - 9
     */
    public CaptureReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_ARRAY_BYTES + ": " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.warc = new WarcInput(maxBytes);
        this.jsonl = new JsonlInput(maxBytes);
    }

    /**
     * Reads {@code inputs}, files or folders, in order, telling {@code listener} each capture, failure and
     * warning. A file given here whose type is not read fails; in a folder it is skipped.
     */
    public void read(List<Path> inputs, ReadListener listener) {
        files(inputs, listener, file -> readFile(file, typeOf(file.getFileName().toString()), file.toString(), listener));
    }

    /**
     * Reads one file as if it were named {@code source}: its type comes from that name, and the captures and
     * messages carry it. For a file received under another name (a capture sent to a server, kept in a
     * temporary file).
     */
    public void readAs(Path file, String source, ReadListener listener) {
        Objects.requireNonNull(listener, "listener");
        String name = source.substring(source.lastIndexOf('/') + 1);
        if (FileType.of(name).isEmpty()) {
            listener.failed(source, "unsupported file type " + FileType.extension(name));
            return;
        }
        readFile(file, typeOf(name), source, listener);
    }

    /**
     * Reads a page fetched over HTTP as an HTML capture: its source is {@code source} (the address asked for), its
     * URL {@code url} (where the page was found, after redirects), its capture time {@code captured} (ISO-8601, or
     * null). The body is decoded as a file's would be, {@code charset} (the Content-Type's, or null) taking the
     * place of the file's; a body over the size limit, binary or blank is told to {@code listener} as a failure.
     */
    public void readPage(String source, String url, String captured, byte[] body, String charset, ReadListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            String text = decoded(body, charset, source, listener);
            TagNames.check(text);
            listener.captured(new Capture(source, Capture.Format.HTML, text, url, null, null, captured));
        } catch (ReadFailure f) {
            listener.failed(source, f.getMessage());
        }
    }

    /**
     * The items an RSS or Atom feed or a sitemap (news sitemaps included) lists, addresses and dates as written there,
     * in document order; read with the feeds' parser setup (no DTD loaded, no entity expanded, a document that
     * declares entities refused). An HTML page is a section page: its items are the articles it links to
     * ({@link SectionPage}; {@code source} is its address). A document that cannot be read, or is neither a feed nor a
     * sitemap nor a page, is told to {@code listener} as a failure and lists nothing.
     */
    public List<FeedItem> items(String source, byte[] body, String charset, ReadListener listener) {
        Objects.requireNonNull(listener, "listener");
        try {
            String text = decoded(body, charset, source, listener);
            TagNames.check(text);
            if (!SectionPage.isHtml(text)) return FeedInput.items(text);
            List<FeedItem> linked = SectionPage.items(text, source);
            if (linked.isEmpty()) throw new ReadFailure(SectionPage.NO_ARTICLE_LINKS); // an error page, a moved feed
            return linked;
        } catch (ReadFailure f) {
            listener.failed(source, f.getMessage());
            return List.of();
        }
    }

    /**
     * Whether a received body is text the readers can decode, as against binary bytes: a fetcher asks again soon for a
     * page or feed whose bytes were garbled on the way.
     */
    public static boolean holdsText(byte[] body) {
        return TextDecoder.isText(body);
    }

    /** A received body decoded, refused when it is over the size limit, binary or blank. */
    private String decoded(byte[] body, String charset, String source, ReadListener listener) throws ReadFailure {
        if (body.length > maxBytes) throw ReadFailure.tooLarge(body.length, maxBytes);
        String text = TextDecoder.decode(body, charset, true, message -> listener.warned(source, message));
        if (text.isBlank()) throw new ReadFailure(ReadFailure.EMPTY);
        return text;
    }

    /**
     * The files {@link #read} would read from {@code inputs}, in the same order, each given to {@code file}: the
     * files given that Veille reads, and those it reads in the folders given (walked in name order, hidden entries
     * skipped). A file given that cannot be read is told to {@code listener} as a failure.
     */
    public static void files(List<Path> inputs, ReadListener listener, Consumer<Path> file) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(listener, "listener");
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, listener, file);
            } else {
                String name = input.getFileName() == null ? "" : input.getFileName().toString();
                if (FileType.of(name).isPresent()) {
                    file.accept(input);
                } else {
                    listener.failed(input.toString(), Files.exists(input)
                            ? "unsupported file type " + FileType.extension(name) : "no such file");
                }
            }
        }
    }

    private static void walk(Path folder, ReadListener listener, Consumer<Path> file) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            listener.failed(folder.toString(), ReadFailure.reason(e));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, listener, file);
            } else if (FileType.of(entry.getFileName().toString()).isPresent()) {
                file.accept(entry);
            }
        }
    }

    /** The type of a file whose name {@link #files} or {@link #readAs} accepted. */
    private static FileType typeOf(String name) {
        return FileType.of(name).orElseThrow();
    }

    /** Reads a file of a type Veille reads, its captures and messages naming {@code source}. */
    private void readFile(Path file, FileType type, String source, ReadListener listener) {
        try {
            if (Files.size(file) == 0) {
                throw new ReadFailure(ReadFailure.EMPTY);
            }
            switch (type.kind()) {
                case WARC -> warc.read(file, source, listener);
                case JSONL -> jsonl.read(file, type.gzipped(), source, listener);
                case TEXT, HTML, FEED -> readDocument(file, type, source, listener);
            }
        } catch (IOException e) {
            listener.failed(source, ReadFailure.reason(e));
        } catch (RuntimeException e) {
            // a parser's unchecked exception on input no test foresaw: the file is lost, never the batch
            listener.failed(source, "cannot read: unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + " (a bug in Veille)");
        }
    }

    private void readDocument(Path file, FileType type, String source, ReadListener listener) throws IOException {
        byte[] bytes = Inputs.readAll(file, type.gzipped(), maxBytes);
        String text = TextDecoder.decode(bytes, null, type.kind() != FileType.Kind.TEXT,
                message -> listener.warned(source, message));
        if (text.isBlank()) {
            throw new ReadFailure(ReadFailure.EMPTY);
        }
        if (type.kind() != FileType.Kind.TEXT) {
            TagNames.check(text);
        }
        switch (type.kind()) {
            case TEXT -> listener.captured(Capture.text(source, text));
            case HTML -> listener.captured(Capture.html(source, text, null));
            default -> FeedInput.read(source, text, listener);
        }
    }
}
