// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline a chosen line prints, without what a text browser glued to it: a picture's one-word label in brackets
 * before or after it ("[6s8YFWciac] 8 Private Cloud Providers Compared", "话剧巡演结束 [xin_19306]"), and the steps of a
 * breadcrumb it ends ("Home / Essays / 2017 / Aggression Fotografie", "Forum>iPhone>Kein App Store über Mobile Daten").
 * A bracket holding words of its own ("[Tried 11 Services]") is the headline's. And without the site's name the line
 * ends with after a spaced bar or dash, when the page's address names the site so ("Best UK Exhibitions – Artlyst" at
 * artlyst.com, "The Car Checklist | Bridgestone Tires" at tires.bridgestone.com): the title line's suffix, never the
 * headline's. Thread-safe: stateless.
 */
final class HeadlineText {

    /** A label in brackets without a space, at either end: what w3m and lynx print for a picture without words. */
    private static final Pattern LABEL_AT_ENDS = Pattern.compile("^(?:\\[[^\\]\\s]*]\\s*)+|(?:\\s*\\[[^\\]\\s]*])+$");
    /** What parts a breadcrumb's steps: a slash, an angle or guillemet, an arrow. */
    private static final Pattern STEP = Pattern.compile("\\s*([/>»›→])\\s*");
    /** A spaced bar or dash before a title line's last part: "Headline | Site", "Headline – Site". */
    private static final Pattern SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—]+)$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A breadcrumb has a step before the page's own at least this many times: "Home / Essays / Headline". */
    private static final int MIN_STEPS_BEFORE = 2;
    /** A breadcrumb's steps before the page's own are sections: a few words each ("Online learning tips"). */
    private static final int MAX_STEP_WORDS = 4;

    private HeadlineText() {
    }

    /** The headline {@code line} prints, at the address {@code url} (or null); null for null. */
    static String of(String line, String url) {
        if (line == null) return null;
        String text = LABEL_AT_ENDS.matcher(line).replaceAll("").strip();
        if (text.isEmpty()) return line;
        return withoutSiteName(lastStep(text), url);
    }

    /** The text without a last part every word of which names the address's host ("Bridgestone Tires"), or itself. */
    private static String withoutSiteName(String text, String url) {
        Matcher m = SUFFIX.matcher(text);
        if (!m.find() || m.start() == 0) return text;
        Set<String> host = hostLabels(url);
        List<String> words = List.of(NOT_LETTERS.split(m.group(1).toLowerCase(Locale.ROOT).strip()));
        if (host.isEmpty() || words.isEmpty() || !(host.containsAll(words) || host.contains(String.join("", words)))) return text;
        return text.substring(0, m.start());
    }

    /** The lower-cased labels of an address's host ("tires", "bridgestone", "com"), none for no address. */
    private static Set<String> hostLabels(String url) {
        if (url == null) return Set.of();
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? Set.of() : new HashSet<>(List.of(NOT_LETTERS.split(host.toLowerCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    /** The last step of a breadcrumb, or the text itself when it is none: one separator parting short steps. */
    private static String lastStep(String text) {
        Matcher m = STEP.matcher(text);
        char separator = 0;
        int steps = 0;
        int previous = 0; // where the step after the last separator starts
        while (m.find()) {
            if (betweenDigits(text, m)) continue; // a date's or a fraction's slash: "Wrap-Up 12/19/2025", "24/7"
            char c = m.group(1).charAt(0);
            if (separator != 0 && c != separator) return text; // "Rödermark/ Hessen > ..." mixes: no breadcrumb
            String step = text.substring(previous, m.start());
            int words = TextCaptureExtractor.wordCount(step);
            if (words == 0 || words > MAX_STEP_WORDS) return text; // a headline's own slash after its words
            separator = c;
            steps++;
            previous = m.end();
        }
        if (steps < MIN_STEPS_BEFORE) return text;
        String last = text.substring(previous).strip();
        return TextCaptureExtractor.wordCount(last) > 0 ? last : text;
    }

    /** A separator with a digit right before and right after it, no space between. */
    private static boolean betweenDigits(String text, Matcher m) {
        return m.end() - m.start() == 1 && m.start() > 0 && m.end() < text.length()
                && Character.isDigit(text.charAt(m.start() - 1)) && Character.isDigit(text.charAt(m.end()));
    }
}
