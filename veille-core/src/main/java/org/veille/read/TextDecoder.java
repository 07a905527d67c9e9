// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an input's bytes to text, choosing the charset the way browsers do, in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE), which is stripped;</li>
 *   <li>UTF-16 or UTF-32 without a mark, from where NUL bytes fall ({@link #wideEncoding}), with a warning;</li>
 *   <li>a charset declared by the transport (the HTTP {@code Content-Type} of a WARC record);</li>
 *   <li>for markup, a {@code <meta charset>}, {@code <meta http-equiv=Content-Type>} or
 *       {@code <?xml encoding>} declaration in the first 2048 bytes;</li>
 *   <li>UTF-8 if the bytes are valid UTF-8; else UTF-8 with replacement characters if they are mostly
 *       valid UTF-8 (valid multibyte sequences outnumber bad ones); else windows-1252.</li>
 * </ol>
 * A declaration is honoured unless the bytes contradict it: a declared legacy charset over bytes that are
 * valid UTF-8 with multibyte sequences is read as UTF-8, and bytes not valid in the declared charset fall
 * through to step 4. Whenever the choice is a guess, one warning says what was chosen. Line endings become
 * {@code \n}. Inputs that look binary are refused. Stateless.
 */
final class TextDecoder {

    /** How many leading bytes are checked for binary content. */
    static final int SNIFF_BYTES = 8192;
    private static final int PRESCAN_BYTES = 2048;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Pattern DECLARATION = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** The charset chosen and, when it was a guess, the warning that says so. */
    private record Decoded(String text, String warning) {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param transportCharset a charset named by the transport, or null
     * @param markup           whether the bytes are HTML or XML, whose declarations are then looked for
     * @param warn             receives the one warning when the charset was guessed
     * @throws ReadFailure when the bytes look binary
     */
    static String decode(byte[] bytes, String transportCharset, boolean markup, Consumer<String> warn)
            throws ReadFailure {
        Decoded decoded = wide(bytes);
        if (decoded == null) {
            if (looksBinary(bytes)) {
                throw new ReadFailure(ReadFailure.BINARY);
            }
            decoded = choose(bytes, transportCharset, markup);
        }
        if (decoded.warning() != null) {
            warn.accept(decoded.warning());
        }
        String text = decoded.text();
        return normalizeNewlines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Whether {@link #decode} would read the bytes as text: UTF-16 or UTF-32 text, or bytes that do not look binary. */
    static boolean isText(byte[] bytes) {
        return wide(bytes) != null || !looksBinary(bytes);
    }

    /**
     * Whether the first {@value #SNIFF_BYTES} bytes hold a NUL byte or more than 10% control characters
     * other than tab, line feed, form feed and carriage return. Check {@link #wideEncoding} first: UTF-16
     * and UTF-32 text is full of NUL bytes.
     */
    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return controls * 10 > length;
    }

    private static boolean isControl(int c) {
        return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }

    /**
     * UTF-32 or UTF-16 (LE or BE) named by a byte-order mark, or else told by where the first
     * {@value #SNIFF_BYTES} bytes hold NULs, as browsers and {@code file} do: text in Latin scripts has a
     * NUL in the high byte of nearly every code unit and hardly any in the low byte. UTF-32 has NULs in
     * three bytes of four (two of four beyond Latin-1), UTF-16 in one of two. Null for anything else.
     */
    static Charset wideEncoding(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0, 0)) {
            return UTF_32LE;
        }
        if (startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        int length = Math.min(bytes.length, SNIFF_BYTES) & ~3;
        if (length == 0) {
            return null;
        }
        int[] nuls = new int[4];
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                nuls[i & 3]++;
            }
        }
        int quarter = length / 4;
        if (mostly(nuls[2], quarter) && mostly(nuls[3], quarter) && rarely(nuls[0], quarter)) {
            return UTF_32LE;
        }
        if (mostly(nuls[0], quarter) && mostly(nuls[1], quarter) && rarely(nuls[3], quarter)) {
            return UTF_32BE;
        }
        if (mostly(nuls[1] + nuls[3], 2 * quarter) && rarely(nuls[0] + nuls[2], 2 * quarter)) {
            return StandardCharsets.UTF_16LE;
        }
        if (mostly(nuls[0] + nuls[2], 2 * quarter) && rarely(nuls[1] + nuls[3], 2 * quarter)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** At least half: a page in a Latin script has well over 90% of its characters below U+0100. */
    private static boolean mostly(int count, int of) {
        return count * 2 >= of;
    }

    /** Under one in twenty: a NUL character is rare in text, while a NUL byte is common in binary. */
    private static boolean rarely(int count, int of) {
        return count * 20 < of;
    }

    /**
     * The bytes read as UTF-16 or UTF-32, or null when they are not: a byte-order mark is believed (and
     * stripped by {@link #decode}), while NULs alone need the bytes to decode strictly to text that does
     * not look binary, and leave a warning.
     */
    private static Decoded wide(byte[] bytes) {
        Charset charset = wideEncoding(bytes);
        if (charset == null) {
            return null;
        }
        if (hasByteOrderMark(bytes, charset)) {
            return new Decoded(new String(bytes, charset), null);
        }
        String text = strict(bytes, charset);
        if (text == null) {
            return null;
        }
        int sniffed = Math.min(text.length(), SNIFF_BYTES);
        long controls = text.chars().limit(sniffed).filter(TextDecoder::isControl).count();
        return controls * 10 > sniffed || text.indexOf('\0') >= 0 ? null
                : new Decoded(text, "no byte-order mark; decoded as " + charset.name() + " from where its NUL bytes fall");
    }

    private static boolean hasByteOrderMark(byte[] bytes, Charset charset) {
        return charset == UTF_32LE || charset == UTF_32BE
                ? startsWith(bytes, 0xFF, 0xFE, 0, 0) || startsWith(bytes, 0, 0, 0xFE, 0xFF)
                : startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /** {@code text} with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
    static String normalizeNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Decoded choose(byte[] bytes, String transportCharset, boolean markup) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        }
        if (transportCharset != null) {
            return declared(bytes, transportCharset);
        }
        String inDocument = markup ? prescan(bytes) : null;
        return inDocument != null ? declared(bytes, inDocument) : undeclared(bytes);
    }

    private static Decoded declared(byte[] bytes, String label) {
        Charset charset = lookup(label);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (charset == null) {
            return utf8 != null
                    ? new Decoded(utf8, "unknown charset " + label + "; decoded as UTF-8")
                    : fallback(bytes, "unknown charset " + label + ", not valid UTF-8");
        }
        if (utf8 != null && (charset.equals(StandardCharsets.UTF_8) || isAscii(bytes))) {
            return new Decoded(utf8, null);
        }
        if (utf8 != null) {
            return new Decoded(utf8, "declared " + label + " but valid UTF-8; decoded as UTF-8");
        }
        if (charset.equals(WINDOWS_1252)) {
            return new Decoded(new String(bytes, WINDOWS_1252), null);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return fallback(bytes, "not valid UTF-8");
        }
        String text = strict(bytes, charset);
        return text != null ? new Decoded(text, null) : fallback(bytes, "not valid " + label + " nor UTF-8");
    }

    private static Decoded undeclared(byte[] bytes) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? new Decoded(utf8, null) : fallback(bytes, "not valid UTF-8");
    }

    /**
     * Decodes bytes that are not valid UTF-8 (nor in a declared charset): as UTF-8 with replacement
     * characters when valid multibyte sequences outnumber the bad ones (a UTF-8 page with a few stray
     * bytes), else as windows-1252.
     */
    private static Decoded fallback(byte[] bytes, String why) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        long bad = utf8.chars().filter(c -> c == REPLACEMENT).count();
        long good = utf8.chars().filter(c -> c > 0x7F && c != REPLACEMENT).count();
        if (good > bad) {
            return new Decoded(utf8, why + ": " + bad + (bad == 1 ? " bad sequence" : " bad sequences") + " replaced");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), why + "; decoded as windows-1252");
    }

    /** The charset a label names, or null; as in browsers, ISO-8859-1 and US-ASCII mean windows-1252. */
    private static Charset lookup(String label) {
        try {
            if (!Charset.isSupported(label)) {
                return null;
            }
            Charset charset = Charset.forName(label);
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /** The charset declared in markup's first bytes; UTF-16 and UTF-32 there mean UTF-8, as in browsers. */
    private static String prescan(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1) != null ? m.group(1) : m.group(2);
        String lower = label.toLowerCase(Locale.ROOT);
        return lower.startsWith("utf-16") || lower.startsWith("utf-32") ? "utf-8" : label;
    }

    /** The bytes decoded in {@code charset}, or null when they are not valid in it. */
    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
