// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction from a browser's text of a page, where no markup is left to tell the article from the
 * furniture. Runs as a cascade of named steps:
 * <ol>
 *   <li>{@link #lines}: markdown left by capture tools is reduced to its text, blank lines dropped;</li>
 *   <li>{@link #titleIndex}: the first headline-shaped line before the article;</li>
 *   <li>{@link #bodyBlock}: the longest run of prose lines, bridging short gaps (subheadings,
 *       pull-quote attributions, a stray "read also" link) and skipping furniture inside it;</li>
 *   <li>metadata from the lines around the body: the date ({@link #published}), bylines and a
 *       signature line ({@link #authors}), credits ({@link ProvenanceFinder}), the outlet ({@link #outlet});</li>
 *   <li>a headline rebuilt from a hashtag line when the capture has no headline line.</li>
 * </ol>
 * Thread-safe: holds only immutable helpers.
 */
final class TextCaptureExtractor {

    /** More non-prose lines than this in a row end the body. */
    private static final int MAX_GAP = 3;
    private static final int MIN_PROSE_WORDS = 8;
    private static final int LONG_PROSE_WORDS = 25;
    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_METADATA_LINE_CHARS = 120;

    /** Words that are not numbers or time marks ("a.m."): what a metadata line has little of. */
    private static final Pattern WORD_OF_LETTERS = Pattern.compile("\\p{L}{3,}");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*{1,2}|_{2})(\\S(?:[^*\\n]*?\\S)?)\\1");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"”)\\]]\\s*$");
    private static final Pattern PUBLISHED = Pattern.compile("^(publi[ée]|published|posted|mis en ligne|ver[öo]ffentlicht|publicado)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile("mis à jour|actualis|updated|modifi|aktualisiert|actualizado", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_OUTLET = Pattern.compile(
            "^(?:suivez|retrouvez|follow|folgen sie)\\s+(.+?)\\s*(?:sur|on|auf)\\s*\\p{Lu}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COOKIE_OUTLET = Pattern.compile(
            "^(.{2,40}?)\\s+(?:utilise des cookies|uses cookies|verwendet cookies|utiliza cookies)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_OUTLET = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N} .&'-]{1,40}?),\\s*\\d");
    private static final Pattern COPYRIGHT_OUTLET = Pattern.compile("(?:copyright\\s*©?|©)\\s*(?:\\d{4}\\s+)?([^,\\d|]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SECTION_TAGS = Set.of(
            "international", "monde", "world", "politique", "politics", "économie", "economie", "economy", "business",
            "société", "societe", "society", "culture", "sport", "sports", "france", "europe", "actualité", "actualités",
            "news", "opinion", "tech", "science", "santé", "health", "international news");

    private final DateFinder dates = new DateFinder();
    private final ProvenanceFinder provenance = new ProvenanceFinder();

    /** What the text of a capture yields before the article's id and language are set. */
    record Result(String title, String published, List<String> authors, String outlet, String text, List<Provenance> provenance) {
    }

    Result extract(String content) {
        List<String> lines = lines(content);
        int title = titleIndex(lines);
        String titleText = title >= 0 ? lines.get(title) : null;
        int[] block = bodyBlock(lines, titleText);
        List<String> body = new ArrayList<>();
        List<String> around = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean inside = i >= block[0] && i <= block[1];
            if (inside && keepInBody(line, titleText)) {
                body.add(line);
            } else if (i != title) {
                around.add(line);
            }
        }
        String text = String.join("\n\n", body);
        List<Provenance> credits = new ArrayList<>(provenance.fromCreditLines(around));
        if (!body.isEmpty()) {
            credits.addAll(provenance.agencyCredits(body.get(0)));
            credits.addAll(provenance.agencyCredits(body.get(body.size() - 1)));
        }
        credits.addAll(provenance.citations(text));
        List<String> headerAndFooter = new ArrayList<>(block[0] < 0 ? lines : lines.subList(0, block[0]));
        if (block[0] >= 0 && block[1] + 1 < lines.size()) headerAndFooter.addAll(lines.subList(block[1] + 1, lines.size()));
        String outlet = outlet(lines, credits);
        List<String> authors = authors(lines, block, credits, outlet);
        if (titleText == null) titleText = titleFromHashtags(lines, text);
        return new Result(titleText, published(headerAndFooter, body).orElse(null), authors, outlet, text, dedupe(credits));
    }

    /** Step 1: non-blank lines, with markdown links and emphasis reduced to their text. */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        for (String raw : content.split("\\R")) {
            String line = MARKDOWN_LINK.matcher(raw).replaceAll("$1");
            line = MARKDOWN_EMPHASIS.matcher(line).replaceAll("$2").strip();
            if (!line.isEmpty()) lines.add(line);
        }
        return lines;
    }

    /** Step 2: the first headline-shaped line before the article starts, or -1. */
    int titleIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isMetadataLine(line) || Furniture.kindOf(line) != null) continue;
            int words = wordCount(line);
            if (words > 40 || line.length() > MAX_TITLE_CHARS) return -1; // the article started without a headline
            if (words >= 3 && !line.matches(".*[.,:;]$") && !isMenu(line)) return i;
        }
        return -1;
    }

    /** "Accueil Actualité Sports Culture Agenda": a row of capitalised words without a sentence in it. */
    private static boolean isMenu(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 4) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&")) return false;
        }
        return true;
    }

    /** Step 3: first and last line index of the body: the run of lines richest in prose. */
    int[] bodyBlock(List<String> lines, String title) {
        int bestStart = -1;
        int bestEnd = -2;
        int bestChars = 0;
        int start = -1;
        int lastProse = -1;
        int chars = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean prose = i < lines.size() && isProse(lines.get(i), title);
            boolean breaksRun = i == lines.size() || breaksBody(lines.get(i));
            if (prose) {
                if (start < 0) start = i;
                lastProse = i;
                chars += lines.get(i).length();
            } else if (start >= 0 && (breaksRun || i - lastProse > MAX_GAP)) {
                if (chars > bestChars) {
                    bestStart = start;
                    bestEnd = lastProse;
                    bestChars = chars;
                }
                start = -1;
                chars = 0;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    private boolean isProse(String line, String title) {
        if (line.equals(title) || Furniture.kindOf(line) != null || isMetadataLine(line)) return false;
        int words = wordCount(line);
        return words >= LONG_PROSE_WORDS || (words >= MIN_PROSE_WORDS && SENTENCE_END.matcher(line).find());
    }

    /**
     * Credits, legal notices and list headings ("Plus d'articles" standing alone) close an article: what
     * follows them is the site's, not the author's. A "read also" link with its target on the same line
     * is an inline link: the article may go on after it.
     */
    private static boolean breaksBody(String line) {
        Furniture.Kind kind = Furniture.kindOf(line);
        return kind == Furniture.Kind.LEGAL || kind == Furniture.Kind.CONSENT || kind == Furniture.Kind.TAGS
                || (kind == Furniture.Kind.RELATED && wordCount(line) <= 4)
                || ProvenanceFinder.isCreditLine(line);
    }

    private boolean keepInBody(String line, String title) {
        if (Furniture.kindOf(line) != null || isMetadataLine(line) || ProvenanceFinder.isCreditLine(line)) return false;
        return title == null || !line.startsWith(title);
    }

    /** Short lines that carry a byline or a date, not text. */
    private boolean isMetadataLine(String line) {
        if (line.length() > MAX_METADATA_LINE_CHARS) return false;
        if (Bylines.BYLINE.matcher(line).matches() && !SENTENCE_END.matcher(line).find()) return true;
        Optional<DateFinder.Found> date = dates.find(line);
        if (date.isPresent()) {
            String rest = (line.substring(0, date.get().start()) + line.substring(date.get().end())).strip();
            return WORD_OF_LETTERS.matcher(rest).results().count() <= 6;
        }
        return dates.unixTimestamp(line).isPresent();
    }

    /** Step 4a: the date printed on a metadata line around the body; publication before update; never from prose. */
    private Optional<String> published(List<String> headerAndFooter, List<String> body) {
        List<String> candidates = new ArrayList<>(headerAndFooter);
        candidates.addAll(body);
        Optional<String> updated = Optional.empty();
        for (String line : candidates) {
            if (!isMetadataLine(line)) continue;
            Optional<DateFinder.Found> date = dates.find(line);
            if (date.isEmpty()) continue;
            if (!UPDATED.matcher(line).find()) return Optional.of(date.get().iso());
            if (updated.isEmpty()) updated = Optional.of(date.get().iso());
        }
        if (updated.isPresent()) return updated;
        return headerAndFooter.stream().map(dates::unixTimestamp).flatMap(Optional::stream).findFirst().map(DateFinder.Found::iso);
    }

    /** Step 4b: bylines, then a signature line right after the body; names credited as outlets are not authors. */
    private static List<String> authors(List<String> lines, int[] block, List<Provenance> credits, String outlet) {
        Set<String> outlets = new LinkedHashSet<>();
        credits.forEach(p -> { if (p.name() != null) outlets.add(squash(p.name())); });
        if (outlet != null) outlets.add(squash(outlet));
        for (String line : lines) {
            Matcher m = COPYRIGHT_OUTLET.matcher(line);
            while (m.find()) outlets.add(squash(m.group(1)));
        }
        Set<String> authors = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.length() <= MAX_METADATA_LINE_CHARS && Furniture.kindOf(line) == null) authors.addAll(Bylines.fromByline(line));
        }
        if (block[1] >= 0 && block[1] + 1 < lines.size()) {
            String next = lines.get(block[1] + 1);
            if (Bylines.isPersonName(next) && Furniture.kindOf(next) == null) authors.add(next.strip());
        }
        authors.removeIf(a -> outlets.contains(squash(a)));
        return List.copyOf(authors);
    }

    /** Step 4c: the outlet as the page names itself: "follow X on", "X uses cookies", a dateline, a copyright line. */
    private static String outlet(List<String> lines, List<Provenance> credits) {
        Set<String> credited = new LinkedHashSet<>();
        credits.forEach(p -> { if (p.name() != null) credited.add(squash(p.name())); });
        for (Pattern rule : List.of(FOLLOW_OUTLET, COOKIE_OUTLET)) {
            for (String line : lines) {
                Matcher m = rule.matcher(line);
                if (m.find()) return m.group(1).strip();
            }
        }
        for (String line : lines) {
            Matcher m = DATELINE_OUTLET.matcher(line);
            if (line.length() <= MAX_METADATA_LINE_CHARS && m.find() && !Bylines.BYLINE.matcher(line).matches() && !UPDATED.matcher(line).find()
                    && !PUBLISHED.matcher(line).find()
                    && wordCount(m.group(1)) <= 4 && !credited.contains(squash(m.group(1)))) {
                return m.group(1).strip();
            }
        }
        for (String line : lines) {
            if (!line.toLowerCase(Locale.ROOT).contains("copyright")) continue;
            Matcher m = COPYRIGHT_OUTLET.matcher(line);
            if (m.find() && !credited.contains(squash(m.group(1)))) return m.group(1).strip();
        }
        return null;
    }

    /** Step 5: "#secrétaire #général #lOTAN …" → "Secrétaire général l’OTAN …", restoring words as the body prints them. */
    static String titleFromHashtags(List<String> lines, String body) {
        for (String line : lines) {
            if (!Furniture.isHashtagLine(line)) continue;
            List<String> words = new ArrayList<>();
            Matcher m = Furniture.HASHTAG.matcher(line);
            while (m.find()) words.add(m.group().substring(1));
            if (words.size() > 2 && SECTION_TAGS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
            if (words.size() < 3) continue;
            List<String> restored = new ArrayList<>();
            for (String w : words) restored.add(asPrinted(w, body));
            String title = String.join(" ", restored);
            return Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        return null;
    }

    /** A tag drops apostrophes ("lOTAN"): find the body's spelling with them ("l’OTAN"). */
    private static String asPrinted(String tag, String body) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(tag.substring(0, 1)) + "['’]" + Pattern.quote(tag.substring(1)) + "(?![\\p{L}])")
                .matcher(body);
        return tag.length() > 2 && m.find() ? m.group() : tag;
    }

    private static List<Provenance> dedupe(List<Provenance> credits) {
        Set<String> seen = new LinkedHashSet<>();
        List<Provenance> unique = new ArrayList<>();
        for (Provenance p : credits) {
            if (seen.add(p.relation() + "|" + (p.name() == null ? "" : squash(p.name())))) unique.add(p);
        }
        return unique;
    }

    static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
