// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dictd index ({@code NAME.index}): one line per headword, {@code headword TAB offset TAB length}, the two
 * numbers in dictd's base 64 (digits {@code A-Za-z0-9+/}, most significant first), pointing into the
 * uncompressed text of {@code NAME.dict.dz}. dictd writes headwords lower-cased with punctuation left out
 * ("abat-jour" is {@code abatjour}); entries whose headword starts with {@code 00database} describe the file.
 */
final class DictdIndex {

    /** One headword and where its definition lies in the uncompressed text. */
    record Headword(String word, long offset, int length) {
        Headword {
            if (offset < 0 || length < 0) throw new IllegalArgumentException("bad place " + offset + "+" + length);
        }
    }

    /** dictd's base-64 digits, in order of value. */
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** dictd's own entries (name, URL, info) start with this. */
    private static final String HEADER_PREFIX = "00database";
    /** Definitions longer than this are no dictionary entry: the index is damaged. */
    static final int MAX_DEFINITION = 1 << 20;

    private DictdIndex() {
    }

    /** The headwords of an index file, ordered by offset (so the text can be read in one pass), header entries left out. */
    static List<Headword> read(Path index) throws IOException {
        List<Headword> headwords = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isEmpty()) continue;
                String[] fields = line.split("\t");
                if (fields.length != 3) throw new IOException(index + " line " + number + ": not headword, offset, length");
                if (fields[0].startsWith(HEADER_PREFIX)) continue;
                long offset = number(fields[1]);
                long length = number(fields[2]);
                if (offset < 0 || length < 0 || length > MAX_DEFINITION) {
                    throw new IOException(index + " line " + number + ": no place in the text (" + fields[1] + ", " + fields[2] + ")");
                }
                headwords.add(new Headword(fields[0], offset, (int) length));
            }
        }
        headwords.sort(Comparator.comparingLong(Headword::offset));
        return headwords;
    }

    /** A number in dictd's base 64; -1 when it holds another character or does not fit a long. */
    static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 10) return -1; // 10 digits are 60 bits
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = DIGITS.indexOf(digits.charAt(i));
            if (digit < 0) return -1;
            value = value * 64 + digit;
        }
        return value;
    }
}
