// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

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
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

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

    /** NFC, with every run of white space (line breaks, no-break spaces) as one space, and no space at either end. */
    public static String normalize(String s) {
        return WHITE_SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
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
