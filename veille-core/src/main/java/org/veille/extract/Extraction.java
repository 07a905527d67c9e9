// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/** What extraction made of a capture: an article, or a reason why there is none. */
public sealed interface Extraction permits Extraction.Extracted, Extraction.Rejected {

    /** Why a capture yields no article. */
    enum Reason {
        NO_ARTICLE_TEXT("no article text found");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The capture held an article. */
    record Extracted(Article article) implements Extraction {
    }

    /** The capture held no article. */
    record Rejected(String source, Reason reason) implements Extraction {
    }
}
