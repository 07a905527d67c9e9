// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.regex.Pattern;

/**
 * The line the page prints again as the last step of its breadcrumb ("Accueil > Blog > Le pont de Valbrune rouvre",
 * "Newsroom/Online tips/Le pont ...") or as the first part of its title line ("Le pont de Valbrune rouvre | Ville |
 * Le Courrier"): a site names the page it shows there, never another article. Of the lines so repeated, the one
 * nearest above the article's text.
 */
final class BreadcrumbHeadline implements HeadlineRule {

    /**
     * What parts a breadcrumb's steps: a slash, an angle or guillemet, an arrow. Not a pipe: what follows one at a line's
     * end is the site's name ("Pingback: Another article | The Blog").
     */
    private static final Pattern STEP_BEFORE = Pattern.compile("(?:^|.*[^\\s])\\s*[/>»›→]\\s*$");
    /** What parts a title from the section or site named after it: a pipe. A dash may part a headline from its own rest. */
    private static final Pattern PART_AFTER = Pattern.compile("^\\s+\\|\\s+\\S.*");

    @Override
    public int headline(HeadlineEvidence capture) {
        int best = -1;
        for (int i : capture.undated()) {
            String text = capture.text(i);
            for (int j = 0; j < capture.lines().size(); j++) {
                if (j != i && repeats(capture.text(j), text)) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    /** Whether {@code line} ends a breadcrumb with {@code text} or opens a title with it. */
    static boolean repeats(String line, String text) {
        // a list's entry ("□ Spain -> Rioja -> A winery") is the breadcrumb of a page the list links to
        if (line.length() <= text.length() || TextCaptureExtractor.LIST_ITEM.matcher(line).find()) return false;
        if (line.endsWith(text)) return STEP_BEFORE.matcher(line.substring(0, line.length() - text.length())).matches();
        return line.startsWith(text) && PART_AFTER.matcher(line.substring(text.length())).matches();
    }
}
