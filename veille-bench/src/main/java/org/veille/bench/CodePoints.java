// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/**
 * Python string indices (code points), which the sets' offsets count, turned into Java's UTF-16 indices;
 * they differ after any character outside the Basic Multilingual Plane (an emoji). Immutable.
 */
final class CodePoints {

    /** char index of each code point index, or null when the text has no surrogate pair (they are equal). */
    private final int[] chars;
    private final int length;

    CodePoints(String text) {
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            this.chars = null;
        } else {
            this.chars = new int[length + 1];
            int c = 0;
            for (int cp = 0; cp < length; cp++) {
                chars[cp] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            chars[length] = c;
        }
    }

    /** The UTF-16 index of code point index {@code codePoint} (clamped to the text). */
    int chars(int codePoint) {
        int cp = Math.clamp(codePoint, 0, length);
        return chars == null ? cp : chars[cp];
    }
}
