// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;


import java.io.EOFException;
import java.io.IOException;
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
 * makes the records unpack over {@link Inputs#MAX_INFLATION} times the file's size. The size limit applies
 * to each record's payload. Thread-safe.
 */
final class WarcInput {

    private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");
    private static final String ROBOTS_TXT = "/robots.txt";

    private final long limit;

    WarcInput(long limit) {
        this.limit = limit;
    }

    /** Reads {@code file}; each record's capture or failure goes to the listener. */
    void read(Path file, String source, ReadListener listener) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            long size = Files.size(file);
            long budget = reader.compression() == WarcCompression.NONE ? size : Inputs.inflationBudget(size);
            long declared = 0;
            for (int index = 1; ; index++) {
                String recordSource = source + "#" + index;
                try {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        return;
                    }
                    long length = record.get().body().size();
                    declared += length;
                    if (length < 0 || declared > budget) {
                        listener.failed(recordSource, reader.compression() == WarcCompression.NONE
                                ? "truncated record: Content-Length " + length + " runs past the end of the file"
                                : "Content-Length " + length + " unpacks over " + Inputs.MAX_INFLATION
                                        + " times the file's size");
                        return;
                    }
                    read(record.get(), recordSource, listener);
                } catch (ParsingException e) {
                    listener.failed(recordSource, "not a valid WARC record");
                    return;
                } catch (EOFException e) {
                    listener.failed(recordSource, "truncated record");
                    return;
                } catch (NumberFormatException e) {
                    // jwarc parses Content-Length with Long.parseLong, unchecked
                    listener.failed(recordSource, "Content-Length is not a number from 0 to " + Long.MAX_VALUE);
                    return;
                }
            }
        }
    }

    private void read(WarcRecord record, String source, ReadListener listener) throws IOException {
        try {
            Capture capture = capture(record, source, listener);
            if (capture != null) {
                listener.captured(capture);
            }
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            listener.failed(source, ReadFailure.reason(e));
        } catch (RuntimeException e) {
            // jwarc throws unchecked exceptions for missing mandatory headers (WARC-Date, WARC-Record-ID)
            listener.failed(source, "not a valid WARC record: " + e.getMessage());
        }
        record.body().consume();
    }

    /** The record's capture, or null when it is not a capture of a text or HTML document. */
    private Capture capture(WarcRecord record, String source, ReadListener listener) throws IOException {
        if (!(record instanceof WarcCaptureRecord target) || !(target instanceof WarcResponse || target instanceof WarcResource)) {
            return null;
        }
        Payload payload = target instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)
                ? Payload.of(response)
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
        return new Capture(source, html ? Capture.Format.HTML : Capture.Format.TEXT, text, target.target(),
                null, null, record.date().toString());
    }

    /**
     * A record's document: its media type and body. The body of an HTTP response is only kept for 2xx
     * statuses, as other statuses are not captures of the document asked for.
     */
    private record Payload(MediaType type, MessageBody body) {
        static Payload of(WarcResponse response) throws IOException {
            HttpResponse http;
            try {
                http = response.http();
            } catch (ParsingException e) {
                throw new ReadFailure("not a valid HTTP response");
            }
            return http.status() / 100 == 2 ? new Payload(http.contentType(), http.bodyDecoded()) : null;
        }
    }
}
