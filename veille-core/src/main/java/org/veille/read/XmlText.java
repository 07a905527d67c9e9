// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

/**
 * Text written into XML that Veille makes (an alert feed, a benchmark's feeds): captured text is data, and some of
 * it holds characters XML 1.0 forbids (control characters pasted from other pages), which would make the whole
 * document unreadable to a feed reader, so they are dropped. The XML readers of this stage parse; this is the
 * inverse, for the stages that write.
 */
public final class XmlText {

    private XmlText() {}

    /** Text as XML character data or an attribute value: markup characters escaped, characters XML forbids dropped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(c)) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
