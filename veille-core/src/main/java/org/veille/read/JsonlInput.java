// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON Lines file, streaming it, into one capture per line: a {@link Capture.Format#RECORD} from
 * its {@code text} (or {@code body}, or {@code content}) field, else a {@link Capture.Format#HTML} capture
 * from its {@code html} field; with {@code title}, {@code url} and {@code date} (or {@code published}, or
 * {@code datePublished}), a string or a Unix timestamp). Blank lines are skipped. The size limit applies to
 * each line, and Jackson's read constraints bound nesting and number length, so a hostile line fails alone.
 * A gzipped file that unpacks over {@link Inputs#MAX_INFLATION} times its size is refused whole, before
 * any line is read. Thread-safe.
 */
final class JsonlInput {

    private static final List<String> TEXT = List.of("text", "body", "content");
    private static final List<String> HTML = List.of("html");
    private static final List<String> TITLE = List.of("title");
    private static final List<String> URL = List.of("url");
    private static final List<String> DATE = List.of("date", "published", "datePublished");

    /** Articles are flat records; deeper nesting only costs stack and memory. */
    private static final int MAX_NESTING = 32;
    /** Longer than any number an article record holds (a timestamp in nanoseconds has 19 digits). */
    private static final int MAX_NUMBER_DIGITS = 40;
    /** A stated date is at most a timestamp with zone and fraction; longer is not a date. */
    private static final int MAX_DATE_CHARS = 64;

    /** Timestamps before the web's first news sites or far in the future are not publication dates. */
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final ObjectMapper mapper;
    private final long limit;

    JsonlInput(long limit) {
        this.limit = limit;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .maxStringLength((int) Math.min(limit, Integer.MAX_VALUE))
                .maxDocumentLength(limit)
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Reads {@code file}, each line's capture or failure going to the listener as {@code source#<line>}. */
    void read(Path file, boolean gzipped, String source, ReadListener listener) throws IOException {
        if (gzipped) {
            Inputs.checkInflation(file);
        }
        try (InputStream in = new BufferedInputStream(Inputs.open(file, gzipped))) {
            in.mark(TextDecoder.SNIFF_BYTES);
            byte[] head = in.readNBytes(TextDecoder.SNIFF_BYTES);
            Charset wide = TextDecoder.wideEncoding(head);
            if (wide != null) {
                throw new ReadFailure(wide.name() + ", while JSON Lines are UTF-8");
            }
            if (TextDecoder.looksBinary(head)) {
                throw new ReadFailure(ReadFailure.BINARY);
            }
            in.reset();
            LineReader lines = new LineReader(in, limit);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String lineSource = source + "#" + line.number();
                try {
                    Capture capture = capture(line, lineSource, listener);
                    if (capture != null) {
                        listener.captured(capture);
                    }
                } catch (ReadFailure f) {
                    listener.failed(lineSource, f.getMessage()); // the source names the line: "file.jsonl#12"
                }
            }
        }
    }

    private Capture capture(LineReader.Line line, String source, ReadListener listener) throws ReadFailure {
        if (line.bytes() == null) {
            throw ReadFailure.tooLarge(line.size(), limit);
        }
        String json = TextDecoder.decode(line.bytes(), null, false, message -> listener.warned(source, message));
        if (json.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new ReadFailure("refused JSON: " + constraint(e));
        } catch (JacksonException e) {
            throw new ReadFailure("not valid JSON");
        }
        if (!node.isObject()) {
            throw new ReadFailure("not a JSON object");
        }
        String text = field(node, TEXT);
        String html = text == null ? field(node, HTML) : null;
        if (text == null && html == null) {
            throw new ReadFailure("no text");
        }
        if (html != null) {
            TagNames.check(html);
        }
        String date = date(node, source, listener);
        return new Capture(source, text != null ? Capture.Format.RECORD : Capture.Format.HTML,
                TextDecoder.normalizeNewlines(text != null ? text : html),
                field(node, URL), field(node, TITLE), date, null);
    }

    /**
     * The first date field: a string of at most {@value #MAX_DATE_CHARS} characters as written, or a
     * whole number of seconds or milliseconds since 1970 within {@link #EARLIEST}..{@link #LATEST} as an
     * ISO instant; anything else is ignored with a warning.
     */
    private static String date(JsonNode node, String source, ReadListener listener) {
        for (String name : DATE) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
                continue;
            }
            if (value.isTextual() && value.textValue().length() <= MAX_DATE_CHARS) {
                return value.textValue();
            }
            if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
                long n = value.longValue();
                for (long seconds : new long[] {n, Math.floorDiv(n, 1000)}) {
                    if (seconds >= EARLIEST.getEpochSecond() && seconds <= LATEST.getEpochSecond()) {
                        return Instant.ofEpochSecond(seconds).toString();
                    }
                }
            }
            listener.warned(source, name + " ignored: not a date string nor a timestamp from "
                    + EARLIEST.atOffset(ZoneOffset.UTC).getYear() + " to " + LATEST.atOffset(ZoneOffset.UTC).getYear());
            return null;
        }
        return null;
    }

    /** Which limit a record broke, in a few words (Jackson's own message quotes the input). */
    private static String constraint(StreamConstraintsException e) {
        String message = e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (message.contains("nesting")) {
            return "nested deeper than " + MAX_NESTING + " levels";
        }
        if (message.contains("number")) {
            return "a number longer than " + MAX_NUMBER_DIGITS + " digits";
        }
        return "over a size limit";
    }

    /** The first of the named fields that holds a non-blank string, or null. */
    private static String field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue();
            }
        }
        return null;
    }
}
