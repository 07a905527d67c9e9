// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;


import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}) record by record, streaming it: a 2xx HTTP
 * {@code response} whose Content-Type is HTML becomes an {@link Capture.Format#HTML} capture (url from
 * WARC-Target-URI, captured from WARC-Date, charset from the HTTP header), and a {@code response} or
 * {@code resource} of {@code text/plain} a {@link Capture.Format#TEXT} one, robots.txt excepted; other
 * records are skipped. Sources are {@code path#<1-based record index>}. A record that cannot be parsed fails, and the rest of
 * the file is abandoned since the reader cannot find the next record boundary. So does a record whose
 * declared length, before anything is read, is not a number, runs past the end of the file, or (gzipped)
 * makes the records unpack over {@link Inputs#MAX_INFLATION} times the file's size, and a WARC header over
 * {@value #MAX_HEADER_BYTES} bytes; an HTTP header that long fails its record only. The size limit applies
 * to each record's payload. Thread-safe.
 */
final class WarcInput {

    private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");
    private static final String ROBOTS_TXT = "/robots.txt";
    /** WARC and HTTP headers are a few hundred bytes; jwarc holds a header whole while parsing it. */
    static final int MAX_HEADER_BYTES = 256 * 1024;
    private static final String CONTENT_LENGTH_RANGE = "Content-Length is not a number from 0 to " + Long.MAX_VALUE;

    private final long limit;

    WarcInput(long limit) {
        this.limit = limit;
    }

    /** Reads {@code file}; each record's capture or failure goes to the listener. */
    void read(Path file, String source, ReadListener listener) throws IOException {
        long size = Files.size(file);
        boolean gzipped = Inputs.isGzip(file);
        // Unpacked here rather than by jwarc, so that every byte jwarc reads is counted.
        try (Counted counted = new Counted(Inputs.open(file, gzipped), gzipped ? Inputs.inflationBudget(size) : size);
             WarcReader reader = new WarcReader(counted)) {
            long declared = 0;
            for (int index = 1; ; index++) {
                String recordSource = source + "#" + index;
                boolean failed = false;
                try {
                    counted.headerStarts("WARC");
                    Optional<WarcRecord> record = reader.next();
                    counted.headerEnds();
                    if (record.isEmpty()) {
                        return;
                    }
                    long length = record.get().body().size();
                    declared += length;
                    if (length < 0) {
                        listener.failed(recordSource, CONTENT_LENGTH_RANGE);
                        return;
                    }
                    if (declared > counted.budget) {
                        listener.failed(recordSource, gzipped
                                ? "Content-Length " + length + " unpacks over " + Inputs.MAX_INFLATION + " times the file's size"
                                : "truncated record: Content-Length " + length + " runs past the end of the file");
                        return;
                    }
                    failed = !read(record.get(), recordSource, listener, counted);
                    record.get().body().consume();
                } catch (ParsingException e) {
                    listener.failed(recordSource, "not a valid WARC record");
                    return;
                } catch (EOFException e) {
                    if (!failed) {
                        listener.failed(recordSource, "truncated record");
                    }
                    return;
                } catch (ReadFailure e) {
                    if (!failed) {
                        listener.failed(recordSource, e.getMessage());
                    }
                    return;
                } catch (NumberFormatException e) {
                    // jwarc parses Content-Length with Long.parseLong, unchecked
                    listener.failed(recordSource, CONTENT_LENGTH_RANGE);
                    return;
                } catch (IllegalArgumentException | IllegalStateException e) {
                    // jwarc's other unchecked parsing failures (a date, a URI or a number of a header field)
                    listener.failed(recordSource, "not a valid WARC record");
                    return;
                }
            }
        }
    }

    /**
     * The file's bytes as jwarc reads them, counted: a record's WARC or HTTP header may not run over
     * {@value #MAX_HEADER_BYTES} bytes (jwarc holds it whole), nor the whole file over its budget.
     */
    private static final class Counted extends InputStream {
        private final InputStream in;
        final long budget;
        private long count;
        private long headerEnd = Long.MAX_VALUE;
        private String headerKind = "";
        /** Set once the budget is spent: the rest of the file is not read. */
        boolean overBudget;

        Counted(InputStream in, long budget) {
            this.in = in;
            this.budget = budget;
        }

        /** The next bytes are a header, of WARC or HTTP as {@code kind} says. */
        void headerStarts(String kind) {
            headerEnd = count + MAX_HEADER_BYTES;
            headerKind = kind;
        }

        void headerEnds() {
            headerEnd = Long.MAX_VALUE;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (count > headerEnd) {
                // refused before reading, so that jwarc has counted every byte it was given and can skip the record
                throw new ReadFailure(headerKind + " header over " + MAX_HEADER_BYTES / 1024 + " kB");
            }
            int n = in.read(buffer, offset, length);
            count += Math.max(n, 0);
            if (count > budget) {
                overBudget = true;
                throw new ReadFailure("unpacks over " + Inputs.MAX_INFLATION + " times the file's size");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Reads one record, telling the listener its capture if any; false when it told a failure. */
    private boolean read(WarcRecord record, String source, ReadListener listener, Counted counted) throws IOException {
        try {
            Capture capture = capture(record, source, listener, counted);
            if (capture != null) {
                listener.captured(capture);
            }
            return true;
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            if (counted.overBudget) {
                throw e;
            }
            listener.failed(source, ReadFailure.reason(e));
        } catch (RuntimeException e) {
            // jwarc throws unchecked exceptions for missing mandatory headers (WARC-Date, WARC-Record-ID)
            listener.failed(source, "not a valid WARC record: " + e.getMessage());
        }
        return false;
    }

    /** The record's capture, or null when it is not a capture of a text or HTML document. */
    private Capture capture(WarcRecord record, String source, ReadListener listener, Counted counted) throws IOException {
        if (!(record instanceof WarcCaptureRecord target) || !(target instanceof WarcResponse || target instanceof WarcResource)) {
            return null;
        }
        Payload payload = target instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)
                ? Payload.of(response, counted)
                : new Payload(target.contentType(), target.body());
        if (payload == null) {
            return null;
        }
        MediaType base = payload.type().base();
        boolean html = base.equals(MediaType.HTML) || base.equals(XHTML);
        if (!html && (!base.equals(MediaType.PLAIN_TEXT) || target.target().endsWith(ROBOTS_TXT))) {
            return null;
        }
        // The body is not closed: that would close the whole file's channel.
        byte[] bytes = Inputs.readAll(payload.body().stream(), limit);
        String text = bytes.length == 0 ? "" : TextDecoder.decode(bytes, payload.type().parameters().get("charset"),
                html, message -> listener.warned(source, message));
        if (text.isBlank()) {
            throw new ReadFailure("empty record");
        }
        if (html) {
            TagNames.check(text);
        }
        return new Capture(source, html ? Capture.Format.HTML : Capture.Format.TEXT, text, target.target(),
                null, null, record.date().toString());
    }

    /**
     * A record's document: its media type and body. The body of an HTTP response is only kept for 2xx
     * statuses, as other statuses are not captures of the document asked for.
     */
    private record Payload(MediaType type, MessageBody body) {
        static Payload of(WarcResponse response, Counted counted) throws IOException {
            HttpResponse http;
            counted.headerStarts("HTTP");
            try {
                http = response.http();
            } catch (ParsingException e) {
                throw new ReadFailure("not a valid HTTP response");
            } finally {
                counted.headerEnds();
            }
            return http.status() / 100 == 2 ? new Payload(http.contentType(), http.bodyDecoded()) : null;
        }
    }
}
