// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.nio.ByteBuffer;
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
        return hex(sha.digest(normalize(content).getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of an article's text alone: equal for two copies of one text, wherever they were published. */
    public static String textDigest(String text) {
        return hex(sha256().digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * NFC, with every run of white space (line breaks, no-break spaces) as one space, and no space at either end.
     * White space is Unicode's White_Space property (what {@code \\s} means with {@code UNICODE_CHARACTER_CLASS}),
     * collapsed in one pass: every capture is normalized, whole pages included, and a regular expression made that
     * a quarter of extraction's time.
     */
    public static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int n = nfc.length();
        for (int i = 0; i < n; ) {
            int word = i; // copied as a run up to the next white space, which goes as one space with those after it
            while (i < n && !isWhiteSpace(nfc.charAt(i))) i++;
            out.append(nfc, word, i);
            if (i == n) break;
            out.append(' ');
            while (i < n && isWhiteSpace(nfc.charAt(i))) i++;
        }
        return out.toString().strip();
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
