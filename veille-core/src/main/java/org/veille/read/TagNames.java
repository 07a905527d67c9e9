// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

/**
 * Refuses markup holding a tag name too long to be one: jsoup (1.24) takes time in the square of a tag
 * name's length (a 4 MB name costs 30 s, 20 MB would cost hours), in its HTML and XML parsers alike, so
 * such a page is refused before it is parsed here or by the extract stage. Stateless.
 */
final class TagNames {

    /** Far above real names: HTML's longest is 10 characters, custom elements and XML names a few dozen. */
    static final int MAX_LENGTH = 1024;

    private TagNames() {
    }

    /** Fails when a {@code <} or {@code </} is followed by more than {@value #MAX_LENGTH} name characters. */
    static void check(String markup) throws ReadFailure {
        int run = -1; // name characters since the last '<' or "</", or -1 outside a name
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '<') {
                run = 0;
            } else if (run >= 0) {
                if (c == '/' && run == 0) {
                    continue;
                }
                if (Character.isWhitespace(c) || c == '>' || c == '/') {
                    run = -1;
                } else if (++run > MAX_LENGTH) {
                    throw new ReadFailure("a tag name over " + MAX_LENGTH + " characters");
                }
            }
        }
    }
}
