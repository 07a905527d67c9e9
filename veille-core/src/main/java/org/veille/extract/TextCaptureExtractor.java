// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.extract.Provenance.Relation;

/**
 * Extraction from a browser's text of a page, where no markup is left to tell the article from the
 * furniture. Runs as a cascade of named steps:
 * <ol>
 *   <li>{@link #lines}: paragraphs a text browser wrapped are rejoined ({@link WrappedLines}), markdown left by
 *       capture tools is reduced to its text, blank lines dropped;</li>
 *   <li>{@link #classify}: each line once: furniture by vocabulary and shape ({@link Furniture}), lines
 *       learned as recurring across a batch ({@link CaptureBatch}), byline and date lines, credits;</li>
 *   <li>{@link #titleIndex}: the headline, by ordered rules over the head's headline-shaped lines ({@link Headlines});</li>
 *   <li>{@link #bodyBlock}: the longest run of prose lines, bridging short gaps (subheadings,
 *       pull-quote attributions, a stray "read also" link) and skipping furniture inside it;</li>
 *   <li>metadata from the lines around the body: the date ({@link #published}), the outlet ({@link #outlet}),
 *       bylines and a signature line ({@link #authors}), credits ({@link ProvenanceFinder});</li>
 *   <li>a headline rebuilt from a hashtag line when the capture has no headline line.</li>
 * </ol>
 * Thread-safe: holds only immutable helpers.
 */
final class TextCaptureExtractor {

    /** More lines of furniture, dates or bylines than this in a row end the body. */
    private static final int MAX_GAP = 3;
    /** "Lire aussi", "Plus d'articles": a heading over links, standing alone. */
    private static final int MAX_BOX_HEADING_WORDS = 4;
    /** "© AFP, Philippe Huguen": a photo credit is short. */
    private static final int MAX_CREDIT_WORDS = 8;
    /** "1/3" under a slideshow's picture. */
    private static final Pattern SLIDE_COUNTER = Pattern.compile("\\d{1,3}\\s*/\\s*\\d{1,3}");
    /** An inline "read also" box: its heading and a few links. */
    private static final int MAX_BOX_LINES = 6;
    /**
     * What a line of furniture, a date or a byline costs a span taking it in, in characters of prose: a short
     * sentence beyond it pays for it ("Read more: ..." inside the text, then its last sentence). A short line of
     * the article's own (a subheading, a list's entry, a table's row) costs its own length.
     */
    private static final int FURNITURE_LINE_COST = 40;
    /** Prose lines a run needs on each side of a box for the article to be going on across it. */
    private static final int MIN_RUN_AFTER_BOX = 2;
    private static final int MIN_PROSE_WORDS = 8;
    private static final int LONG_PROSE_WORDS = 25;
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 40;
    /** The lead the headline rules compare lines with: a news lead's first sentence or two. */
    private static final int LEAD_WORDS = 60;
    /** The article's opening the headline scorer reads: a few paragraphs, where a headline's words come back. */
    private static final int TEXT_WORDS = 400;
    /** "12:39 Le gouvernement démissionne": an entry of a news ticker starts with its time. */
    private static final Pattern CLOCK_FIRST = Pattern.compile("^\\d{1,2}[:h]\\d{2}\\s");
    /**
     * A list item as text browsers mark it (w3m's "•", "□", "☆", "○" by depth, lynx's "*", "+"): an entry of a menu, a
     * table of contents or a list of other articles. A headline is a heading, never marked so.
     */
    static final Pattern LIST_ITEM = Pattern.compile("^[•□☆○◦▪■*+]\\s");
    /**
     * What a text browser prints in brackets for a picture without words, a form's field or button ("[logo-726x408]",
     * "[icon_faceb][icon_twitt]", "Suchen: [Suche… ] [Los]"): a line whose words are in such brackets is no headline.
     */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]");
    /** "3. Social media certificates" beside "4. ...": an entry of a numbered list, a table of contents, a breadcrumb. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s");
    /** This many headlines each followed by its date make the head a list of other articles. */
    private static final int MIN_LIST_ITEMS = 3;
    /** A date line and nothing else: "03 juillet 2020", "jeudi 3 juillet 2020 à 12h00". */
    private static final int MAX_DATE_ONLY_WORDS = 6;
    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_METADATA_LINE_CHARS = 120;
    /** Outlet names are short: "The Continental Ledger", "L'Écho de la Vallée". */
    private static final int MAX_SITE_NAME_WORDS = 6;
    /** A shorter name is too likely to occur by chance in a notice. */
    private static final int MIN_SITE_NAME_CHARS = 4;

    /** Furniture in which a site names itself: its copyright, newsletter, social and consent lines. */
    private static final Set<Furniture.Kind> SELF_NAMING = EnumSet.of(
            Furniture.Kind.LEGAL, Furniture.Kind.PROMO, Furniture.Kind.SOCIAL, Furniture.Kind.CONSENT, Furniture.Kind.CONTACT);

    /** Words that are not numbers or time marks ("a.m."): what a metadata line has little of. */
    private static final Pattern WORD_OF_LETTERS = Pattern.compile("\\p{L}{3,}");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*{1,2}|_{2})(\\S(?:[^*\\n]*?\\S)?)\\1");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"”)\\]]\\s*$");
    /** How a sentence's part or a standfirst ends (no-break spaces after it included): a headline does not. */
    private static final Pattern HEADLINE_END = Pattern.compile("[.,:;][\\s\\u00a0\\u202f]*$");
    private static final Pattern PUBLISHED = Pattern.compile("^(publi[ée]|published|posted|mis en ligne|ver[öo]ffentlicht|publicado)", Pattern.CASE_INSENSITIVE);
    /** A line that says its date is the publication's, wherever the word stands ("AFP, publié le 3 mars"). */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?<!\\p{L})(publi[ée]e?|published|posted|mis en ligne|ver[öo]ffentlicht|publicado)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPDATED = Pattern.compile("mis à jour|actualis|updated|modifi|aktualisiert|actualizado", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOW_OUTLET = Pattern.compile(
            "^(?:suivez|retrouvez|follow|folgen sie)\\s+(.+?)\\s*(?:sur|on|auf)\\s*\\p{Lu}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COOKIE_OUTLET = Pattern.compile(
            "^(.{2,40}?)\\s+(?:utilise des cookies|uses cookies|verwendet cookies|utiliza cookies)", Pattern.CASE_INSENSITIVE);
    /** "Le Journal, 3 mars 2025": a name, a comma, then the date. */
    private static final Pattern DATELINE = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N} .&'’-]{1,60}?),\\s*\\d");
    /** "Mondialisation.ca": a name shaped like a web address is a site's, never a town's. */
    private static final Pattern DOMAIN_NAME = Pattern.compile("\\.\\p{Ll}{2,4}$");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile("(?:copyright\\s*©?|©)\\s*(?:(?:19|20)\\d{2}\\s+)?(\\p{Lu}.*)", Pattern.CASE_INSENSITIVE);
    /** Where a copyright holder's name ends: a comma, a full stop, a year, the rights notice. */
    private static final Pattern HOLDER_END = Pattern.compile(
            "\\s*(?:[,|]|\\.\\s|\\.$|\\s[–—-]\\s|\\b(?:19|20)\\d{2}\\b|(?i:all rights|tous droits|alle rechte|todos los)).*$");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("\\s+(?:Ltd|Limited|Inc|LLC|plc|SAS|SARL|SA|GmbH|AG)\\.?$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|le|la|les|l['’]|die|der|das|el|los|las|il)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}]");
    /** A news site's section names, in every language known ({@code sections-<code>.txt}): "#monde" tags no subject. */
    private static final Set<String> SECTION_TAGS = Furniture.phrases("sections");

    private final DateFinder dates = new DateFinder();
    private final ProvenanceFinder provenance = new ProvenanceFinder();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final HeadlineWords headlineWords = new HeadlineWords(languages);

    /** What the text of a capture yields before the article's id and language are set. */
    record Result(String title, String published, List<String> authors, String outlet, String text, List<Provenance> provenance) {
    }

    /**
     * One line and what it is, decided once: the steps below only read these facts. {@code kind} is what
     * the line's words or shape say; {@code recurring} that the batch saw it in other captures.
     */
    private record Line(String text, Furniture.Kind kind, boolean recurring, boolean metadata, boolean byline, boolean credit, int words,
            boolean continued) {
        boolean furniture() {
            return kind != null || recurring;
        }

        boolean selfNaming() {
            return recurring || (kind != null && SELF_NAMING.contains(kind));
        }
    }

    Result extract(String content) {
        return extract(content, Set.of(), null);
    }

    /**
     * Extracts a capture whose batch taught which lines recur across captures ({@link CaptureBatch#recurringLines}):
     * those are the site's furniture, whatever their words; {@code url}, the capture's address or null, is
     * evidence of its headline ({@link SlugHeadline}).
     */
    Result extract(String content, Set<String> recurringLines, String url) {
        List<Line> lines = classify(lines(content), recurringLines);
        int title = titleIndex(lines, url);
        String titleText = title >= 0 ? lines.get(title).text() : null;
        int[] block = bodyBlock(lines, titleText);
        List<String> body = new ArrayList<>();
        List<String> around = new ArrayList<>();
        boolean inBox = false; // between a "read also" heading inside the body and the next prose: links
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean inside = i >= block[0] && i <= block[1];
            if (inside && isBoxHeading(line)) inBox = true;
            else if (isProse(line, titleText)) inBox = false;
            if (inside && !inBox && keepInBody(line, titleText)) {
                body.add(line.text());
            } else if (i != title) {
                around.add(line.text());
            }
        }
        String text = String.join("\n\n", body);
        List<Provenance> credits = new ArrayList<>(provenance.fromCreditLines(around));
        if (!body.isEmpty()) {
            credits.addAll(provenance.agencyCredits(body.get(0)));
            credits.addAll(provenance.agencyCredits(body.get(body.size() - 1)));
        }
        credits.addAll(provenance.citations(text));
        credits.addAll(provenance.untranslatedOriginal(credits, text));
        credits = translatedInto(dedupe(credits), text);
        List<String> bylined = bylineNames(lines);
        String outlet = outlet(lines, block[0] < 0 ? lines.size() : block[0], title, credits, bylined);
        List<String> authors = authors(bylined, lines, block, credits, outlet);
        if (titleText == null) titleText = titleFromHashtags(lines(content), text);
        List<Line> head = block[0] < 0 ? lines : lines.subList(0, block[0]);
        List<Line> inside = block[0] < 0 ? List.of() : lines.subList(block[0], block[1] + 1);
        List<Line> footer = block[0] < 0 ? List.of() : lines.subList(block[1] + 1, lines.size());
        return new Result(HeadlineText.of(titleText, url), published(head, inside, footer, listedDates(lines, block[0])).orElse(null), authors, outlet, text, credits);
    }

    /** The simple name of the {@link HeadlineRule} that decides a capture's headline, or null when none answers. */
    String headlineRule(String content, Set<String> recurringLines, String url) {
        HeadlineRule rule = Headlines.decide(headlineEvidence(classify(lines(content), recurringLines), url)).rule();
        return rule == null ? null : rule.getClass().getSimpleName();
    }

    /** Step 1: non-blank lines, wrapped paragraphs rejoined, markdown links and emphasis reduced to their text. */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(WrappedLines.rejoin(content))) {
            String line = raw.indexOf('[') >= 0 ? MARKDOWN_LINK.matcher(raw).replaceAll("$1") : raw;
            if (line.indexOf('*') >= 0 || line.contains("__")) line = MARKDOWN_EMPHASIS.matcher(line).replaceAll("$2");
            line = line.strip();
            if (!line.isEmpty()) lines.add(line);
        }
        return lines;
    }

    /** Step 2: what each line is. A byline or date line is metadata even when its shape is a menu row's. */
    private List<Line> classify(List<String> texts, Set<String> recurringLines) {
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean metadata = isMetadataLine(text);
            Furniture.Kind kind = metadata ? null : Furniture.kindOf(text);
            boolean recurring = !metadata && !recurringLines.isEmpty() && recurringLines.contains(CaptureBatch.normalise(text));
            boolean byline = metadata && Bylines.BYLINE.matcher(text).matches();
            boolean continued = i + 1 < texts.size() && startsInLowerCase(texts.get(i + 1));
            lines.add(new Line(text, kind, recurring, metadata, byline, ProvenanceFinder.isCreditLine(text), wordCount(text), continued));
        }
        return lines;
    }

    /**
     * Step 3: the headline, by {@link Headlines}' ordered rules over the headline-shaped lines of the page's head
     * ({@link #headlineEvidence}). -1 when none.
     */
    int titleIndex(List<Line> lines, String url) {
        return Headlines.find(headlineEvidence(lines, url));
    }

    /**
     * What the headline rules read: the head's headline-shaped lines, gathered up to the article's text (found here
     * without a headline) or its first long line, whichever comes later. The head also holds the site's name, its
     * sections and menus, lists of other articles. Never a headline: a listed article with its date, a ticker entry,
     * a link under a "read also" heading, a photo's caption, furniture, a byline or date line, a short line the
     * site's own notices repeat ("© 2025 The Daily Example": the site's name).
     */
    private HeadlineEvidence headlineEvidence(List<Line> lines, String url) {
        int block = bodyBlock(lines, null)[0];
        int bodyStart = block < 0 ? lines.size() : block;
        List<Integer> candidates = new ArrayList<>();
        Set<Integer> shortLines = new HashSet<>();
        Set<Integer> printsDate = new HashSet<>();
        Set<Integer> marks = new HashSet<>();
        int firstProse = lines.size();
        int firstMark = lines.size();
        boolean inRelated = false;
        boolean list = datedItems(lines) >= MIN_LIST_ITEMS;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.metadata()) marks.add(i);
            if ((line.byline() || line.kind() == Furniture.Kind.CAPTION) && firstMark == lines.size()) firstMark = i;
            if (i >= firstProse && i > bodyStart) break;
            // a "read also" heading introduces links to other articles, up to the next byline, date or caption
            if (line.kind() == Furniture.Kind.RELATED) inRelated = true;
            else if (line.metadata() || line.byline() || line.kind() == Furniture.Kind.CAPTION) inRelated = false;
            if (line.metadata() || (line.kind() != null && !isSpacedTitle(line)) || line.credit() || inRelated) continue; // a recurring line may be this article's headline, listed on other pages
            if (list && isDatedItem(lines, i)) continue; // a headline in a list of other articles, each with its date
            if (CLOCK_FIRST.matcher(line.text()).find()) continue;
            if (isCaptionAbove(lines, i)) continue;
            if (line.words() > MAX_TITLE_WORDS || line.text().length() > MAX_TITLE_CHARS
                    || (line.words() >= LONG_PROSE_WORDS && SENTENCE_END.matcher(line.text()).find())) {
                firstProse = Math.min(firstProse, i); // the article has started
                continue;
            }
            if (line.words() == 0 || HEADLINE_END.matcher(line.text()).find() || isSiteName(line, lines)) continue;
            if (startsInLowerCase(line.text())) continue; // the rest of a wrapped line, never a headline's start
            if (LIST_ITEM.matcher(line.text()).find() || isNumberedEntry(lines, i)) continue;
            int unbracketed = wordCount(BRACKETED.matcher(line.text()).replaceAll(" "));
            if (line.words() < MIN_TITLE_WORDS) {
                if (unbracketed == line.words() && dates.find(line.text()).isEmpty()) shortLines.add(i);
                continue;
            }
            if (unbracketed < MIN_TITLE_WORDS) continue;
            candidates.add(i);
            if (dates.find(line.text()).isPresent()) printsDate.add(i);
        }
        if (candidates.contains(bodyStart)) bodyStart++; // a headline the prose test took for the text's first line
        return new HeadlineEvidence(lines.stream().map(Line::text).toList(), candidates, shortLines, printsDate, firstProse, firstMark,
                bodyStart, marks, lead(lines, bodyStart, LEAD_WORDS), lead(lines, bodyStart, TEXT_WORDS), url, headlineWords);
    }

    /** A line numbered as the next one goes on from it, or as it goes on from the line before ("2. ..." after "1. ..."). */
    private static boolean isNumberedEntry(List<Line> lines, int i) {
        int number = listNumber(lines.get(i));
        if (number < 0) return false;
        return i > 0 && listNumber(lines.get(i - 1)) == number - 1 || i + 1 < lines.size() && listNumber(lines.get(i + 1)) == number + 1;
    }

    /** The number a line opens with as a list's entry ("3. "), or -1. */
    private static int listNumber(Line line) {
        Matcher m = NUMBERED.matcher(line.text());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A line furniture only for its shape, which title case shares: a headline when the rules' evidence says so. */
    private static boolean isSpacedTitle(Line line) {
        return line.kind() == Furniture.Kind.NAVIGATION && !line.recurring() && Furniture.isSpacedRowOnly(line.text());
    }

    private static boolean startsInLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }

    /** The first words of the article's text: its prose lines from {@code start}, metadata and furniture aside. */
    private static String lead(List<Line> lines, int start, int maxWords) {
        StringBuilder lead = new StringBuilder();
        int words = 0;
        for (int i = start; i < lines.size() && words < maxWords; i++) {
            Line line = lines.get(i);
            if (line.furniture() || line.metadata() || line.credit()) continue;
            lead.append(line.text()).append('\n');
            words += line.words();
        }
        return lead.toString();
    }

    /**
     * A photo's caption, above its credit line; not when the credit repeats the line ("Headline© Name
     * Source: Agency"): the picture then carries the headline as its text.
     */
    private static boolean isCaptionAbove(List<Line> lines, int i) {
        int next = i + 1;
        if (next < lines.size() && SLIDE_COUNTER.matcher(lines.get(next).text()).matches()) next++; // "1/3" in a slideshow
        if (next >= lines.size() || !isPhotoCredit(lines.get(next))) return false;
        return !lines.get(next).text().startsWith(lines.get(i).text());
    }

    /** "© Jean Morel / Agence du Val", "©AFP": a caption line, or a short one that starts with the sign. */
    private static boolean isPhotoCredit(Line line) {
        return line.kind() == Furniture.Kind.CAPTION || line.text().startsWith("©") && line.words() <= MAX_CREDIT_WORDS;
    }

    /**
     * The date lines of a list of other articles ({@link #isDatedItem}): their dates are not this
     * article's. The headline and date right above the body have the same shape, and are the article's.
     */
    private static Set<Line> listedDates(List<Line> lines, int bodyStart) {
        Set<Line> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        if (datedItems(lines) < MIN_LIST_ITEMS) return listed;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (bodyStart >= 0 && i + 1 >= bodyStart - 2 && i < bodyStart) continue; // at most a counter line before the text
            if (isDatedItem(lines, i)) listed.add(lines.get(i + 1));
        }
        return listed;
    }

    /** How many headline-shaped lines of the head have a date of their own on the next line. */
    private static int datedItems(List<Line> lines) {
        int items = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.words() >= LONG_PROSE_WORDS && SENTENCE_END.matcher(line.text()).find()) break;
            if (isDatedItem(lines, i)) items++;
        }
        return items;
    }

    /**
     * A line followed by a line that is a date and nothing else ("03 juillet 2020"), as in a list of
     * articles; not when the article's text starts right after the date: that is the headline's own.
     */
    private static boolean isDatedItem(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).metadata()) return false;
        Line next = lines.get(i + 1);
        if (!next.metadata() || next.byline() || next.words() > MAX_DATE_ONLY_WORDS) return false;
        return i + 2 >= lines.size() || lines.get(i + 2).words() < LONG_PROSE_WORDS;
    }

    /** A short line whose name another line of the site's own furniture repeats. */
    private static boolean isSiteName(Line line, List<Line> lines) {
        return line.words() <= MAX_SITE_NAME_WORDS && isNamedBySite(line.text(), line, lines);
    }

    /** Whether a self-naming furniture line other than {@code except} mentions {@code name} (articles aside). */
    private static boolean isNamedBySite(String name, Line except, List<Line> lines) {
        String key = nameKey(name);
        if (key.length() < MIN_SITE_NAME_CHARS) return false;
        for (Line other : lines) {
            if (other != except && other.selfNaming() && nameKey(other.text()).contains(key)) return true;
        }
        return false;
    }

    /** Lower case, one kind of apostrophe, no leading article: "The Ledger" and "the Ledger’s" share "ledger". */
    private static String nameKey(String name) {
        String n = name.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
        return LEADING_ARTICLE.matcher(n).replaceFirst("");
    }

    /**
     * Step 4: first and last line index of the body: the span of lines whose prose outweighs most the other lines it
     * takes in ({@link #span}), joined with the spans before and after it that only an inline box separates
     * ({@link #isInlineBox}). Spans never cross a line that closes an article ({@link #breaksBody}) nor more than
     * {@link #MAX_GAP} lines of furniture, dates or bylines in a row; the short lines of the article's own
     * (subheadings, a list's entries, a table's rows) only cost what they are worth.
     */
    int[] bodyBlock(List<Line> lines, String title) {
        List<int[]> spans = new ArrayList<>(); // the best span of each stretch between breaks: {start, end, score}
        int from = 0;
        int heavyGap = 0;
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            heavyGap = line != null && !isProse(line, title) && isHeavy(line) ? heavyGap + 1 : 0;
            if (line == null || breaksBody(line) || heavyGap > MAX_GAP) {
                int[] span = span(lines, from, i, title);
                if (span != null) spans.add(span);
                from = i + 1;
                heavyGap = 0;
            }
        }
        int best = -1;
        for (int r = 0; r < spans.size(); r++) {
            if (best < 0 || spans.get(r)[2] > spans.get(best)[2]) best = r;
        }
        if (best < 0) return new int[] {-1, -2};
        int first = best;
        int last = best;
        while (first > 0 && isInlineBox(lines, spans.get(first - 1), spans.get(first))) first--;
        while (last + 1 < spans.size() && isInlineBox(lines, spans.get(last), spans.get(last + 1))) last++;
        return new int[] {spans.get(first)[0], spans.get(last)[1]};
    }

    /**
     * The span of lines {@code from} (inclusive) to {@code to} (exclusive) that starts and ends with prose and whose
     * prose characters, less what its other lines cost (their length; {@link #FURNITURE_LINE_COST} for furniture),
     * are most: {start, end, score}, or null when the stretch has no prose.
     */
    private static int[] span(List<Line> lines, int from, int to, String title) {
        int[] best = null;
        int start = -1;
        int score = 0;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            boolean prose = isProse(line, title);
            if (start < 0 && !prose) continue;
            if (start < 0) start = i;
            score += prose ? line.text().length() : isHeavy(line) ? -FURNITURE_LINE_COST : -line.text().length();
            if (score <= 0) {
                start = -1;
                score = 0;
            } else if (prose && (best == null || score > best[2])) {
                best = new int[] {start, i, score};
            }
        }
        return best;
    }

    /**
     * Furniture, a date or byline line, a credit: what an article's text holds little of. Not a line furniture only
     * for its shape ({@link #isSpacedTitle}): a subheading in title case has it.
     */
    private static boolean isHeavy(Line line) {
        return (line.furniture() && !isSpacedTitle(line)) || line.metadata() || line.credit();
    }

    /**
     * Whether only an inline box parts two runs of prose: a "read also" heading and a few links to other
     * articles, with the article going on after it (a run with several prose lines, not one teaser).
     */
    private static boolean isInlineBox(List<Line> lines, int[] before, int[] after) {
        int from = before[1] + 1;
        int to = after[0];
        if (to - from > MAX_BOX_LINES || proseLines(lines, after) < MIN_RUN_AFTER_BOX || proseLines(lines, before) < MIN_RUN_AFTER_BOX) {
            return false;
        }
        boolean related = false;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            Furniture.Kind kind = line.kind();
            if (kind == Furniture.Kind.LEGAL || kind == Furniture.Kind.CONSENT || kind == Furniture.Kind.TAGS || line.credit()) return false;
            related |= kind == Furniture.Kind.RELATED;
        }
        return related;
    }

    private static int proseLines(List<Line> lines, int[] run) {
        int n = 0;
        for (int i = run[0]; i <= run[1]; i++) if (lines.get(i).words() >= MIN_PROSE_WORDS) n++;
        return n;
    }

    /**
     * A line of the article's sentences: a long one, or one ending a sentence, or one a sentence goes on from (the next
     * line starts in lower case: a wrapped paragraph the capture left broken).
     */
    private static boolean isProse(Line line, String title) {
        if (line.furniture() || line.metadata() || line.text().equals(title)) return false;
        return line.words() >= LONG_PROSE_WORDS
                || (line.words() >= MIN_PROSE_WORDS && (line.continued() || SENTENCE_END.matcher(line.text()).find()));
    }

    /**
     * Credits, legal notices and list headings ("Plus d'articles" standing alone) close an article: what
     * follows them is the site's, not the author's. A "read also" link with its target on the same line
     * is an inline link: the article may go on after it.
     */
    private static boolean breaksBody(Line line) {
        Furniture.Kind kind = line.kind();
        return kind == Furniture.Kind.LEGAL || kind == Furniture.Kind.CONSENT || kind == Furniture.Kind.TAGS
                || isBoxHeading(line)
                || line.credit();
    }

    /** "Lire aussi" standing alone: the heading of a box of links. */
    private static boolean isBoxHeading(Line line) {
        return line.kind() == Furniture.Kind.RELATED && line.words() <= MAX_BOX_HEADING_WORDS;
    }

    /**
     * Not furniture, and not the headline printed again ("Headline© Photographer"); a sentence that opens with the
     * headline's words and goes on in lower case ("The Agency is the students' club") is the text's.
     */
    private static boolean keepInBody(Line line, String title) {
        if (isHeavy(line)) return false;
        if (title == null || !line.text().startsWith(title)) return true;
        String rest = line.text().substring(title.length());
        return !rest.isBlank() && Character.isWhitespace(rest.charAt(0)) && startsInLowerCase(rest.strip());
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

    /**
     * Step 5a: the date printed on a metadata line around the body; publication before update; never from
     * prose. A line that says it gives the publication date ("publié le …") comes first; then the dated
     * line nearest above the body, since lists of other articles with their dates sit further up the page;
     * then the metadata lines among the body's (a byline between the lead and the text), then those after
     * it. "Published March 4 | Updated March 5" gives the date before the update mark. A Unix timestamp
     * counts only in the head: at the end it is the capture tool's stamp. Last, a publication line without a
     * year ({@link #yearlessPublication}).
     */
    private Optional<String> published(List<Line> head, List<Line> inside, List<Line> footer, Set<Line> listed) {
        List<Line> nearestFirst = new ArrayList<>(head.reversed());
        nearestFirst.addAll(inside);
        nearestFirst.addAll(footer);
        List<Line> dated = nearestFirst.stream().filter(l -> l.metadata() && !listed.contains(l)).toList();
        for (Line line : dated) {
            if (PUBLISHED_CUE.matcher(line.text()).find()) {
                Optional<String> date = publicationOn(line);
                if (date.isPresent()) return date;
            }
        }
        for (Line line : dated) {
            Optional<String> date = publicationOn(line);
            if (date.isPresent()) return date;
        }
        for (Line line : dated) {
            Optional<String> date = dates.find(line.text()).map(DateFinder.Found::iso);
            if (date.isPresent()) return date;
        }
        Optional<String> stamp = head.stream().map(l -> dates.unixTimestamp(l.text())).flatMap(Optional::stream).findFirst()
                .map(DateFinder.Found::iso);
        return stamp.isPresent() ? stamp : yearlessPublication(nearestFirst);
    }

    /**
     * Step 5a's last resort: a short line that says it gives the publication date but prints no year ("publié le 29
     * janvier"), dated by the newest full date the capture prints ({@link DateFinder#yearless}).
     */
    private Optional<String> yearlessPublication(List<Line> nearestFirst) {
        LocalDate newest = null;
        for (Line line : nearestFirst) {
            Optional<DateFinder.Found> date = dates.find(line.text());
            if (date.isPresent() && (newest == null || date.get().date().isAfter(newest))) newest = date.get().date();
        }
        if (newest == null) return Optional.empty();
        for (Line line : nearestFirst) {
            if (line.text().length() > MAX_METADATA_LINE_CHARS || line.kind() != null) continue; // recurring is fine: "publié le 00 janvier"
            Matcher cue = PUBLISHED_CUE.matcher(line.text());
            if (!cue.find()) continue;
            Optional<DateFinder.Found> date = dates.yearless(line.text().substring(cue.end()), newest);
            if (date.isPresent()) return Optional.of(date.get().iso());
        }
        return Optional.empty();
    }

    /** The date a metadata line gives before any update mark on it. */
    private Optional<String> publicationOn(Line line) {
        Matcher update = UPDATED.matcher(line.text());
        String beforeUpdate = update.find() ? line.text().substring(0, update.start()) : line.text();
        return dates.find(beforeUpdate).map(DateFinder.Found::iso);
    }

    /**
     * Step 5b: the outlet as the page names itself: "follow X on", "X uses cookies"; else a name in the
     * page's head (a dateline's "X, 3 March 2025", a short line, a menu row's first item) that the site's
     * own notices repeat; else the holder of the copyright notice. Photo credits never count: they name a
     * photographer's agency. Names credited as sources or printed in bylines are not the outlet.
     */
    private String outlet(List<Line> lines, int bodyStart, int title, List<Provenance> credits, List<String> bylined) {
        Set<String> excluded = new LinkedHashSet<>();
        credits.forEach(p -> { if (p.name() != null) excluded.add(squash(p.name())); });
        bylined.forEach(n -> excluded.add(squash(n)));
        for (Pattern rule : List.of(FOLLOW_OUTLET, COOKIE_OUTLET)) {
            for (Line line : lines) {
                Matcher m = rule.matcher(line.text());
                if (m.find()) return m.group(1).strip();
            }
        }
        for (int i = 0; i < bodyStart; i++) {
            String name = headName(lines.get(i), i == title);
            if (name == null || excluded.contains(squash(name))) continue;
            if (isNamedBySite(name, lines.get(i), lines) || (lines.get(i).metadata() && DOMAIN_NAME.matcher(name).find())) return name;
        }
        for (Line line : lines) {
            if (line.kind() != Furniture.Kind.LEGAL) continue;
            Matcher m = COPYRIGHT_HOLDER.matcher(line.text());
            if (!m.find()) continue;
            String holder = COMPANY_SUFFIX.matcher(HOLDER_END.matcher(m.group(1)).replaceFirst("")).replaceFirst("").strip();
            if (!holder.isEmpty() && wordCount(holder) <= MAX_SITE_NAME_WORDS && !excluded.contains(squash(holder))) return holder;
        }
        return null;
    }

    /** The name a head line may give: a dateline's name, a short line, the first item of a menu row. */
    private String headName(Line line, boolean isTitle) {
        String text = line.text();
        if (line.metadata()) {
            Matcher m = DATELINE.matcher(text);
            if (!m.find() || line.byline() || PUBLISHED.matcher(text).find() || UPDATED.matcher(text).find()) return null;
            Optional<DateFinder.Found> date = dates.find(text);
            return date.isPresent() && date.get().start() >= m.end(1) ? m.group(1).strip() : null;
        }
        String name = line.kind() == Furniture.Kind.NAVIGATION ? Furniture.items(text).get(0) : line.kind() != null || isTitle ? null : text;
        if (name == null || wordCount(name) > MAX_SITE_NAME_WORDS || !Character.isUpperCase(name.codePointAt(0))) return null;
        return Furniture.kindOf(name) == null && !SENTENCE_END.matcher(name).find() ? name : null;
    }

    /** Person names printed in byline lines. */
    private static List<String> bylineNames(List<Line> lines) {
        Set<String> names = new LinkedHashSet<>();
        for (Line line : lines) {
            if (line.text().length() <= MAX_METADATA_LINE_CHARS && (line.metadata() || !line.furniture())) names.addAll(Bylines.fromByline(line.text()));
        }
        return List.copyOf(names);
    }

    /** Step 5c: bylines, then a signature line right after the body; names credited as outlets are not authors. */
    private static List<String> authors(List<String> bylined, List<Line> lines, int[] block, List<Provenance> credits, String outlet) {
        Set<String> outlets = new LinkedHashSet<>();
        credits.forEach(p -> { if (p.name() != null) outlets.add(squash(p.name())); });
        if (outlet != null) outlets.add(squash(outlet));
        Set<String> authors = new LinkedHashSet<>(bylined);
        Line next = block[1] >= 0 && block[1] + 1 < lines.size() ? lines.get(block[1] + 1) : null;
        if (next != null && next.kind() == null) {
            Bylines.fromSignature(next.text()).ifPresent(authors::add);
        }
        authors.removeIf(a -> outlets.contains(squash(a)));
        return List.copyOf(authors);
    }

    /** A translator's credit is in the language of the translation: the body's. */
    private List<Provenance> translatedInto(List<Provenance> credits, String body) {
        if (credits.stream().noneMatch(p -> p.relation() == Relation.TRANSLATED_BY && p.language() == null)) return credits;
        String language = languages.guess(body, null);
        List<Provenance> withLanguage = new ArrayList<>(credits.size());
        for (Provenance p : credits) {
            boolean translator = p.relation() == Relation.TRANSLATED_BY && p.language() == null;
            withLanguage.add(translator ? new Provenance(p.relation(), p.name(), p.title(), language) : p);
        }
        return withLanguage;
    }

    /** Step 6: "#secrétaire #général #lOTAN …" → "Secrétaire général l’OTAN …", restoring words as the body prints them. */
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

    /** A tag drops hyphens and apostrophes ("lOTAN", "ValdOrsel"): find the body's spelling with them ("l’OTAN", "Val-d'Orsel"). */
    private static String asPrinted(String tag, String body) {
        if (tag.length() <= 2) return tag;
        int[] letters = tag.codePoints().toArray();
        StringBuilder spelling = new StringBuilder("(?<![\\p{L}'’-])").append(Pattern.quote(Character.toString(letters[0])));
        for (int i = 1; i < letters.length; i++) spelling.append("[-'’]?").append(Pattern.quote(Character.toString(letters[i])));
        Matcher m = Pattern.compile(spelling.append("(?![\\p{L}'’-])").toString()).matcher(body);
        return m.find() ? m.group() : tag;
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
        return NON_NAME_CHARACTERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
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
