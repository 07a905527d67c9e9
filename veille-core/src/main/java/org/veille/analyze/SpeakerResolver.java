// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns each found quotation's speaker designation into a canonical identity, using the article's
 * entities: the first person named in the designation (a role description counts, so "le porte-parole
 * de Poutine" is the spokesman, not Putin), else the organisation or place; a pronoun is resolved
 * through its antecedent; an anonymous designation ("un diplomate", "a source") has no speaker.
 * Thread-safe: stateless.
 */
final class SpeakerResolver {

    private static final Pattern ANONYMOUS = Pattern.compile(
            "^(?:un|une|des|ce|cet|cette|ces|beaucoup|plusieurs|certains|certaines|d'autres|nombre|la plupart|"
            + "a|an|one|some|several|many|other|another|sources?|officials|analysts|experts)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may separate a title from the name it introduces: "la maire, Marie Dubreuil". */
    private static final Pattern APPOSITION_GAP = Pattern.compile("[\\s,]{1,3}");

    private final EntityResolver entities;

    SpeakerResolver(EntityResolver entities) {
        this.entities = entities;
    }

    List<Quotation> resolve(String text, List<QuoteCandidate> candidates, List<Entity> found) {
        List<Quotation> quotes = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            String speaker = c.kind() == Quotation.Kind.SCARE ? null : speakerOf(text, c, found);
            quotes.add(new Quotation(c.text(), speaker, c.speakerText(), c.kind(), c.start(), c.end()));
        }
        return quotes;
    }

    private String speakerOf(String text, QuoteCandidate c, List<Entity> found) {
        int start = c.antecedentStart() >= 0 ? c.antecedentStart() : c.speakerStart();
        int end = c.antecedentStart() >= 0 ? c.antecedentEnd() : c.speakerEnd();
        if (start < 0 || end <= start) return null;
        String designation = text.substring(start, end).strip();
        if (ANONYMOUS.matcher(designation).find()) return null;
        Entity person = null;
        Entity other = null;
        for (Entity e : found) {
            if (e.start() < start || e.end() > end) continue;
            if (e.type() == Entity.Type.PER && (person == null || e.start() < person.start())) person = e;
            if (e.type() != Entity.Type.PER && other == null) other = e;
        }
        if (person == null) person = apposition(text, end, found);
        if (person != null) return person.canonical();
        if (other != null) return other.canonical();
        if (Character.isUpperCase(designation.codePointAt(0)) && designation.split("\\s+").length <= 4) {
            return entities.canonicalOf(designation, Entity.Type.PER, Map.of());
        }
        return null;
    }

    /** A person named right after a title-only designation: "la maire, Marie Dubreuil". */
    private static Entity apposition(String text, int designationEnd, List<Entity> found) {
        for (Entity e : found) {
            if (e.type() == Entity.Type.PER && e.start() >= designationEnd && e.start() - designationEnd <= 3
                    && APPOSITION_GAP.matcher(text.substring(designationEnd, e.start())).matches()) {
                return e;
            }
        }
        return null;
    }
}
