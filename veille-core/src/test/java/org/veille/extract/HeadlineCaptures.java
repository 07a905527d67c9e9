// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Invented captures for the headline rules' tests: every line headline-shaped unless said otherwise. */
final class HeadlineCaptures {

    static final HeadlineWords WORDS = new HeadlineWords(new LanguageGuesser());

    private HeadlineCaptures() {
    }

    /**
     * The evidence of {@code lines}, the text starting at {@code bodyStart}; lines at {@code notCandidates} are not
     * headline-shaped, lines at {@code marks} are bylines or dates (and not candidates).
     */
    static HeadlineEvidence capture(List<String> lines, int bodyStart, String url, Set<Integer> marks, Set<Integer> notCandidates) {
        return capture(lines, bodyStart, url, marks, notCandidates, Set.of());
    }

    /** As above, the lines at {@code shortLines} headline-shaped but for their length (and not candidates). */
    static HeadlineEvidence capture(List<String> lines, int bodyStart, String url, Set<Integer> marks, Set<Integer> notCandidates,
            Set<Integer> shortLines) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) if (!marks.contains(i) && !notCandidates.contains(i) && !shortLines.contains(i)) candidates.add(i);
        String lead = String.join("\n", lines.subList(bodyStart, lines.size()));
        int firstMark = marks.stream().min(Integer::compare).orElse(lines.size());
        return new HeadlineEvidence(lines, candidates, shortLines, Set.of(), bodyStart, firstMark, bodyStart, marks, lead, lead, url, WORDS);
    }

    static HeadlineEvidence capture(List<String> lines, int bodyStart) {
        return capture(lines, bodyStart, null, Set.of(), Set.of());
    }
}
