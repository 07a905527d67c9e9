// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/**
 * Half of a set by its pages' ids, so rules can be developed on one half and checked on the other: a page is in
 * the half its id's last digit's parity says ("0042": even, "0043": odd).
 */
enum IdHalf {
    EVEN, ODD;

    /** Whether the page of this id is in this half; an id not ending in a digit is in neither. */
    boolean keeps(String id) {
        int digit = id.isEmpty() ? -1 : Character.digit(id.charAt(id.length() - 1), 10);
        return digit >= 0 && (digit % 2 == 0) == (this == EVEN);
    }
}
