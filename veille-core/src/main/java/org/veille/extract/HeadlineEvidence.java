// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.List;
import java.util.Set;

/**
 * What a text capture offers the {@link HeadlineRule}s, decided once by {@link TextCaptureExtractor}.
 *
 * @param lines      the capture's non-blank lines
 * @param candidates the headline-shaped lines of the head, in order: not furniture, metadata, credits, captions,
 *                   links under a "read also" heading, listed articles with their dates, ticker entries; a headline's
 *                   length; not ending like a sentence's part; not the site's name
 * @param shortLines lines headline-shaped but for their length, one or two words ("Zeitphilosophie", "Nachhaltig leben"):
 *                   a headline only on evidence that names it (the slug spells it, the byline block touches it)
 * @param printsDate the candidates that print a full date (more often a caption's than a headline's)
 * @param firstProse the first line too long for a headline, where the article has started (lines.size() if none)
 * @param firstMark  the first byline or caption line (lines.size() if none): a headline comes before its article's
 * @param bodyStart  the first line of the article's text (lines.size() when none was found)
 * @param marks      the lines that carry a byline or a date
 * @param lead       the first words of the article's text
 * @param text       more of the article's text: the words a headline announces come back in it
 * @param url        the capture's address, or null
 * @param words      content words as the rules compare them
 */
record HeadlineEvidence(List<String> lines, List<Integer> candidates, Set<Integer> shortLines, Set<Integer> printsDate, int firstProse, int firstMark,
                        int bodyStart, Set<Integer> marks, String lead, String text, String url, HeadlineWords words) {

    HeadlineEvidence {
        lines = List.copyOf(lines);
        candidates = List.copyOf(candidates);
        shortLines = Set.copyOf(shortLines);
        printsDate = Set.copyOf(printsDate);
        marks = Set.copyOf(marks);
    }

    /** The candidates above the article's text that print no full date (a line that does is more likely a caption). */
    List<Integer> undated() {
        return candidates.stream().filter(i -> i < bodyStart && !printsDate.contains(i)).toList();
    }

    /** The short lines above the article's text that print no full date. */
    boolean isShortHeadline(int line) {
        return shortLines.contains(line) && line < bodyStart;
    }

    String text(int line) {
        return lines.get(line);
    }
}
