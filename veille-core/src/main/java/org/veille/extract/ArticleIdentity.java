// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Who an article is: SHA-256 digests that nobody can make collide on purpose. An article's id covers its
 * capture's content and the place it was published (URL, else source), so the same text from another outlet
 * is another article, and only an identical capture from the same place is a duplicate. The text digest
 * covers the extracted text alone: equal digests from two places mark a republication.
 *
 * <p>Both normalize first (Unicode NFC, runs of white space as one space), so that a re-encoded or re-wrapped
 * copy keeps its identity; look-alike letters from other scripts are different characters and change it.
 * Stateless and thread-safe.
 */
public final class ArticleIdentity {
    /** 128 of SHA-256's bits, in hex: collisions stay out of reach of anyone, by chance or on purpose. */
    static final int KEPT_BYTES = 16;

    private ArticleIdentity() {
    }

    /**
     * The id of the article a capture of {@code content} published at {@code place} holds.
     *
     * @param place the capture's URL, or its source when it states none
     */
    public static String id(String content, String place) {
        byte[] where = place.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = sha256();
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(where.length).array()); // so no place can end where content begins
        sha.update(where);
        return digestOfNormalized(sha, content);
    }

    /** The digest of an article's text alone: equal for two copies of one text, wherever they were published. */
    public static String textDigest(String text) {
        return digestOfNormalized(sha256(), text);
    }

    /**
     * NFC, with every run of white space (line breaks, no-break spaces) as one space, and no space at either end.
     * White space is Unicode's White_Space property (what {@code \\s} means with {@code UNICODE_CHARACTER_CLASS});
     * the ends are stripped as {@link String#strip} does.
     */
    public static String normalize(String s) {
        Collapsed c = collapse(s);
        return new String(c.chars, c.from, c.to - c.from);
    }

    /**
     * Feeds the normalized text to {@code sha} as UTF-8 (lone surrogates as '?', as {@link String#getBytes} writes
     * them) a buffer at a time: every capture is digested, whole pages included, and building the normalized string
     * and then its bytes made a sixth of extraction's time.
     */
    private static String digestOfNormalized(MessageDigest sha, String s) {
        Collapsed c = collapse(s);
        CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(c.chars, c.from, c.to - c.from);
        ByteBuffer out = ByteBuffer.allocate(DIGEST_BUFFER_BYTES);
        while (true) {
            CoderResult result = utf8.encode(in, out, true);
            out.flip();
            sha.update(out);
            out.clear();
            if (result.isUnderflow()) break;
        }
        utf8.flush(out); // UTF-8 keeps no state: nothing is left to write
        out.flip();
        sha.update(out);
        return hex(sha.digest());
    }

    /** Bytes encoded at a time for the digest: large enough that the loop costs nothing, small enough to stay in cache. */
    private static final int DIGEST_BUFFER_BYTES = 16 * 1024;

    /** The normalized text as {@code chars[from, to)}. */
    private record Collapsed(char[] chars, int from, int to) {
    }

    /** NFC, then white-space runs collapsed in place in one pass, then the ends stripped. */
    private static Collapsed collapse(String s) {
        char[] chars = Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray();
        int n = 0;
        for (int i = 0; i < chars.length; ) {
            char ch = chars[i++];
            if (!isWhiteSpace(ch)) {
                chars[n++] = ch;
                continue;
            }
            chars[n++] = ' ';
            while (i < chars.length && isWhiteSpace(chars[i])) i++;
        }
        int from = 0, to = n; // String.strip's ends: Character.isWhitespace, which also takes the separators U+001C..U+001F
        while (from < to && Character.isWhitespace(chars[from])) from++;
        while (to > from && Character.isWhitespace(chars[to - 1])) to--;
        return new Collapsed(chars, from, to);
    }

    /** Unicode's White_Space characters, all in the Basic Multilingual Plane. */
    static boolean isWhiteSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                 '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(Arrays.copyOf(digest, KEPT_BYTES));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
