// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}) record by record, streaming it: a 2xx HTTP
 * {@code response} whose Content-Type is HTML becomes an {@link Capture.Format#HTML} capture (url from
 * WARC-Target-URI, captured from WARC-Date, charset from the HTTP header), and a {@code response} or
 * {@code resource} of {@code text/plain} a {@link Capture.Format#TEXT} one, robots.txt excepted; other records
 * are skipped.
 * Sources are {@code path#<1-based record index>}. A record that cannot be parsed fails, and the rest of
 * the file is abandoned since the reader cannot find the next record boundary. The size limit applies to
 * each record's payload. Thread-safe.
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
            for (int index = 1; ; index++) {
                String recordSource = source + "#" + index;
                try {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        return;
                    }
                    read(record.get(), recordSource, listener);
                } catch (ParsingException e) {
                    listener.failed(recordSource, "not a valid WARC record");
                    return;
                } catch (EOFException e) {
                    listener.failed(recordSource, "truncated record");
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
        } catch (ReadFailure f) {
            listener.failed(source, f.getMessage());
        }
        record.body().consume();
    }

    /** The record's capture, or null when it is not a capture of a text or HTML document. */
    private Capture capture(WarcRecord record, String source, ReadListener listener) throws IOException {
        Payload payload = switch (record) {
            case WarcResponse r when r.contentType().base().equals(MediaType.HTTP) -> Payload.of(r.http());
            case WarcResponse r -> new Payload(r.contentType(), r.body());
            case WarcResource r -> new Payload(r.contentType(), r.body());
            default -> null;
        };
        if (payload == null) {
            return null;
        }
        MediaType base = payload.type().base();
        boolean html = base.equals(MediaType.HTML) || base.equals(XHTML);
        if (!html && (!base.equals(MediaType.PLAIN_TEXT) || isRobotsTxt(record))) {
            return null;
        }
        // The body is not closed: that would close the whole file's channel.
        byte[] bytes = Inputs.readAll(payload.body().stream(), limit);
        String text = bytes.length == 0 ? "" : TextDecoder.decode(bytes, payload.type().parameters().get("charset"),
                html, message -> listener.warned(source, message));
        if (text.isBlank()) {
            throw new ReadFailure("empty record");
        }
        return new Capture(source, html ? Capture.Format.HTML : Capture.Format.TEXT, text,
                ((WarcTargetRecord) record).target(), null, null, record.date().toString());
    }

    private static boolean isRobotsTxt(WarcRecord record) {
        return ((WarcTargetRecord) record).target().endsWith(ROBOTS_TXT);
    }

    /**
     * A record's document: its media type and body; the body of an HTTP response is only kept for 2xx
     * statuses, as other statuses are not captures of the document asked for.
     */
    private record Payload(MediaType type, MessageBody body) {
        static Payload of(HttpResponse http) throws IOException {
            return http.status() / 100 == 2 ? new Payload(http.contentType(), http.bodyDecoded()) : null;
        }
    }
}
