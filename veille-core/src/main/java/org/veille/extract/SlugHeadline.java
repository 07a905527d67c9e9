// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line whose words the address's slug spells ("/orages-20-departements-en-vigilance-orange-CNT0001.html" for
 * "Orages: 20 départements en vigilance orange"): publishers write the slug from the headline. Only when the
 * capture has an address with a slug of several words; of the lines that match it, the one nearest above the
 * article's text.
 */
final class SlugHeadline implements HeadlineRule {

    /** A slug of fewer content words ("/news/12345", "/index") says nothing of the headline. */
    static final int MIN_SLUG_WORDS = 3;
    /**
     * Shares of the line's words in the slug and of the slug's words in the line: a slug may drop words of a long
     * headline or add a section's, but a teaser of another article shares far fewer.
     */
    static final double MIN_LINE_SHARE = 0.6;
    static final double MIN_SLUG_SHARE = 0.5;
    /** Slug parts that mix letters and digits or run long are ids ("CNT000001r8XNP", "a1b2c3"), not words. */
    private static final Pattern ID = Pattern.compile(".*\\p{L}.*\\p{N}.*|.*\\p{N}.*\\p{L}.*|\\p{N}{5,}");
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[-_+.,]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:s?html?|php|aspx?|jsp|cms)$");

    @Override
    public int headline(HeadlineEvidence capture) {
        List<String> slug = slugWords(capture.url(), capture.words());
        if (slug.size() < MIN_SLUG_WORDS) return spelledShortLine(capture, slug, lastSegmentWords(capture.url(), capture.words()));
        Set<String> inSlug = new HashSet<>(slug);
        int best = -1;
        double bestScore = 0;
        for (int i : capture.undated()) {
            List<String> words = capture.words().of(capture.text(i));
            double lineShare = HeadlineWords.share(words, inSlug);
            double slugShare = HeadlineWords.share(slug, new HashSet<>(words));
            if (lineShare < MIN_LINE_SHARE || slugShare < MIN_SLUG_SHARE) continue;
            double score = lineShare + slugShare;
            if (score >= bestScore) { // ties: the later line, nearer the text
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A short slug ("/zeitphilosophie/", "/nachhaltig-leben") names a short headline: the nearest short line above the
     * text whose words are the slug's, no more, no fewer; only when the slug is the address's last segment (the page's
     * own name, not its section's: "/angenehmes-raumklima/kondenswasser.html"), and none when a longer headline-shaped
     * line holds them all ("Mesh WiFi explained" for "/guides/mesh-wifi", over the subheading "Mesh WiFi").
     */
    private static int spelledShortLine(HeadlineEvidence capture, List<String> slug, List<String> lastSegment) {
        if (slug.isEmpty() || !slug.equals(lastSegment)) return -1;
        Set<String> inSlug = new HashSet<>(slug);
        for (int i : capture.undated()) if (capture.words().of(capture.text(i)).containsAll(inSlug)) return -1;
        int best = -1;
        for (int i = 0; i < capture.bodyStart(); i++) {
            if (capture.isShortHeadline(i) && new HashSet<>(capture.words().of(capture.text(i))).equals(inSlug)) best = i;
        }
        return best;
    }

    /** The content words of the address's wordiest path segment (the last of equals), ids left out. */
    static List<String> slugWords(String url, HeadlineWords words) {
        List<String> best = List.of();
        for (String segment : segments(url)) {
            List<String> content = segmentWords(segment, words);
            if (content.size() >= best.size()) best = content; // ties: the later, the article's own after its section's
        }
        return best;
    }

    /** The content words of all the address's path segments, ids left out. */
    static List<String> addressWords(String url, HeadlineWords words) {
        List<String> all = new ArrayList<>();
        for (String segment : segments(url)) all.addAll(segmentWords(segment, words));
        return all;
    }

    /** The content words of the address's last non-empty path segment. */
    static List<String> lastSegmentWords(String url, HeadlineWords words) {
        List<String> segments = segments(url).stream().filter(s -> !s.isEmpty()).toList();
        return segments.isEmpty() ? List.of() : segmentWords(segments.getLast(), words);
    }

    private static List<String> segments(String url) {
        if (url == null) return List.of();
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return path == null ? List.of() : List.of(path.split("/"));
    }

    private static List<String> segmentWords(String segment, HeadlineWords words) {
        String plain = EXTENSION.matcher(java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8)).replaceFirst("");
        List<String> parts = new ArrayList<>();
        for (String part : SLUG_SEPARATORS.split(plain)) if (!part.isEmpty() && !ID.matcher(part).matches()) parts.add(part);
        return words.of(String.join(" ", parts));
    }
}
