// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a JSON Lines file, streaming it, into one capture per line: a {@link Capture.Format#RECORD} from
 * its {@code text} (or {@code body}, or {@code content}) field, else a {@link Capture.Format#HTML} capture
 * from its {@code html} field; with {@code title}, {@code url} and {@code date} (or {@code published}, or
 * {@code datePublished}). Blank lines are skipped. The size limit applies to each line. Thread-safe.
 */
final class JsonlInput {

    private static final List<String> TEXT = List.of("text", "body", "content");
    private static final List<String> HTML = List.of("html");
    private static final List<String> TITLE = List.of("title");
    private static final List<String> URL = List.of("url");
    private static final List<String> DATE = List.of("date", "published", "datePublished");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final long limit;

    JsonlInput(long limit) {
        this.limit = limit;
    }

    /** Reads {@code file}, each line's capture or failure going to the listener as {@code source#<line>}. */
    void read(Path file, boolean gzipped, String source, ReadListener listener) throws IOException {
        try (InputStream in = new BufferedInputStream(Inputs.open(file, gzipped))) {
            in.mark(TextDecoder.SNIFF_BYTES);
            if (TextDecoder.looksBinary(in.readNBytes(TextDecoder.SNIFF_BYTES))) {
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
                    listener.failed(lineSource, "line " + line.number() + ": " + f.getMessage());
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
        return new Capture(source, text != null ? Capture.Format.RECORD : Capture.Format.HTML,
                TextDecoder.normalizeNewlines(text != null ? text : html),
                field(node, URL), field(node, TITLE), field(node, DATE), null);
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
