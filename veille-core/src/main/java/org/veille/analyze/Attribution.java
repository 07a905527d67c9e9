// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/**
 * One quotation's speaker while the sieves work on it. A sieve that settles it calls {@link #decide}
 * (with an identity, or with none for a scare quote or an anonymous source); later sieves skip it.
 * Belongs to one {@link SpeakerContext}, hence to one thread.
 */
final class Attribution {

    final QuoteCandidate quote;
    /** The designation of the speaker in the text (venue cut off), or -1 when none. */
    int designationStart;
    int designationEnd;
    /** How the statement is reported; a sieve may find that a supposed scare quote is someone's words. */
    Quotation.Kind kind;
    /** Where the words were said ("au micro de France Inter"), or null. */
    String venue;
    private String speaker;
    private Entity.Type speakerType;
    private String decidedBy;

    Attribution(QuoteCandidate quote) {
        this.quote = quote;
        this.designationStart = quote.speakerStart();
        this.designationEnd = quote.speakerEnd();
        this.kind = quote.kind();
    }

    boolean hasDesignation() {
        return designationStart >= 0 && designationEnd > designationStart;
    }

    String designation(String text) {
        return hasDesignation() ? text.substring(designationStart, designationEnd) : null;
    }

    /** Settles the speaker: {@code speaker} null means no identity (anonymous, scare, implausible). */
    void decide(String speaker, Entity.Type type, String sieve) {
        this.speaker = speaker;
        this.speakerType = speaker == null ? null : type;
        this.decidedBy = sieve;
    }

    boolean decided() {
        return decidedBy != null;
    }

    String speaker() {
        return speaker;
    }

    Entity.Type speakerType() {
        return speakerType;
    }

    /** Which sieve settled this attribution, for tests and diagnostics. */
    String decidedBy() {
        return decidedBy;
    }

    Quotation toQuotation(String text) {
        return new Quotation(quote.text(), speaker, designation(text), kind, quote.start(), quote.end(), venue);
    }
}
