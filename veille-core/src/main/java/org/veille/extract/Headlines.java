// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.List;

/**
 * A text capture's headline from evidence inside the capture, by named rules tried in order, the first that
 * answers deciding (CoreNLP's sieves): {@link SlugHeadline} (the address's slug spells it), {@link BreadcrumbHeadline} (the
 * page's breadcrumb or title line ends or opens with it), {@link LeadWordsHeadline}
 * (the lead restates it), {@link MarkedHeadline} (it stands right above the byline and date), {@link ScoredHeadline}
 * (the line most evidence points to when no single evidence named one: its words in the text and the address, its
 * place, length and repeat), and {@link LongestHeadline} only as the last resort (no undated line above the text). No rule
 * knows a site. Thread-safe: the rules are stateless.
 */
final class Headlines {

    static final List<HeadlineRule> RULES = List.of(new SlugHeadline(), new BreadcrumbHeadline(), new LeadWordsHeadline(), new MarkedHeadline(),
            new ScoredHeadline(), new LongestHeadline());

    private Headlines() {
    }

    /** The headline's line index and the rule that found it; line -1 and no rule when none answers. */
    record Decision(int line, HeadlineRule rule) {
        static final Decision NONE = new Decision(-1, null);
    }

    /** The headline's line index, or -1. */
    static int find(HeadlineEvidence capture) {
        return decide(capture).line();
    }

    /** The first rule's answer, with the rule (what the bench reports per page to score each rule). */
    static Decision decide(HeadlineEvidence capture) {
        for (HeadlineRule rule : RULES) {
            int line = rule.headline(capture);
            if (line >= 0) return new Decision(line, rule);
        }
        return Decision.NONE;
    }
}
