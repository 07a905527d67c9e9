// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Step 5 of {@link PublicationDates}: dates printed for readers, found in one pass over the body.
 * In order of preference:
 * <ol>
 *   <li>near the first headline ({@code h1}), a short element whose class or id says date, time, byline
 *       or publication, or the text that follows a word announcing publication ("publié le", "published",
 *       "veröffentlicht", "publicado", "mise en ligne", "Datum:"); one outside comments and footers, not
 *       saying "updated", first;</li>
 *   <li>the first date in the text that follows the headline;</li>
 *   <li>the last date shortly before the headline;</li>
 *   <li>such a marked element far from the headline;</li>
 *   <li>the first date outside comments, menus and footers, else the first date at all.</li>
 * </ol>
 * Only text nodes with digits are parsed. Thread-safe: the state of a pass lives in {@link Pass}.
 */
final class PublicationDateText {

    /** Class or id of an element holding a printed date (lower case). */
    static final List<String> DATE_CLASS = List.of("date", "time", "publi", "posted", "byline", "dateline", "datum", "fecha",
            "meta", "info", "header", "submitted", "zeit", "author", "autor");
    /** Words announcing a publication date, in fr, en, de, es (lower case). */
    static final List<String> PUBLISHED_WORDS = List.of("publié", "mis en ligne", "mise en ligne", "published", "posted",
            "veröffentlicht", "erschienen", "publicado", "publicada", "publiziert", "date de publication", "erstellt",
            "created on", "publicación", "datum:", "date:", "fecha:", "written", "stand:");
    /** Elements whose text is never a printed date. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "select", "option", "textarea");
    /** Longest text of a date element, and longest text after a publication word. */
    private static final int MAX_DATE_TEXT = 300;
    private static final int LABEL_WINDOW = 120;
    /** Shortest headline compared with the title. */
    private static final int MIN_HEADLINE = 10;
    /** Longest text node read for the dates near the headline. */
    private static final int MAX_TEXT_NODE = 400;
    /** How much text after the headline may hold its date. */
    private static final int AFTER_HEADLINE = 1500;
    /** How much text may separate a date from the headline below it. */
    private static final int BEFORE_HEADLINE = 300;

    private final Function<String, Optional<LocalDate>> parse;

    /** @param parse finds the first credible date in a piece of text */
    PublicationDateText(Function<String, Optional<LocalDate>> parse) {
        this.parse = parse;
    }

    /** A printed date and how it was found: its {@link #rank}, lower is surer. */
    record Printed(LocalDate day, int rank) {
        /** Added to the rank (0 to 7) of a marked element far from the headline. */
        static final int FAR = 10;
        /** Ranks of the fallbacks by position. */
        static final int AFTER_HEADLINE = 8;
        static final int BEFORE_HEADLINE = 9;
        static final int FIRST_CLEAN = 20;
        static final int FIRST = 21;
    }

    /** @param title the page's title, to tell the article's headline from a logo in an {@code h1}; may be empty */
    Optional<Printed> find(Element body, String title) {
        Pass pass = new Pass(headline(body, title));
        NodeTraversor.filter(pass, body);
        return Optional.ofNullable(pass.result());
    }

    /** The first {@code h1} that the title repeats, else the first {@code h1}. */
    private static Element headline(Element body, String title) {
        Elements h1s = body.getElementsByTag("h1");
        if (h1s.size() > 1 && !title.isEmpty()) {
            String t = PublicationDates.lower(title);
            for (Element h1 : h1s) {
                String h = PublicationDates.lower(h1.text().strip());
                if (h.length() >= MIN_HEADLINE && t.contains(h)) return h1;
            }
        }
        return h1s.isEmpty() ? null : h1s.first();
    }

    /** A date element still open during the pass, collecting its text. */
    private static final class Block {
        final Element element;
        final String marks;
        final boolean elsewhere;
        final int pos;
        final StringBuilder text = new StringBuilder();

        Block(Element element, String marks, boolean elsewhere, int pos) {
            this.element = element;
            this.marks = marks;
            this.elsewhere = elsewhere;
            this.pos = pos;
        }
    }

    /** One pass over one body. */
    private final class Pass implements NodeFilter {
        private final Element h1;
        private final List<Block> open = new ArrayList<>();
        private final List<Printed> marked = new ArrayList<>();
        private final List<Integer> markedAt = new ArrayList<>();
        private Element elsewhereRoot;
        /** Characters of text read so far, and where the headline starts (-1 before it). */
        private int pos;
        private int h1Pos = -1;
        private StringBuilder label;
        private boolean labelElsewhere;
        private int labelPos;
        private boolean sure;

        private LocalDate afterHeadline;
        private LocalDate beforeHeadline;
        private int beforeHeadlinePos;
        private LocalDate firstClean;
        private LocalDate first;

        Pass(Element h1) {
            this.h1 = h1;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (SKIPPED_TAGS.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
            if (e == h1) h1Pos = pos;
            String marks = PublicationDates.marks(e);
            if (elsewhereRoot == null && PublicationDates.marksElsewhere(e, marks)) elsewhereRoot = e;
            if (marks.length() > 1 && PublicationDates.mentions(marks, DATE_CLASS)) open.add(new Block(e, marks, elsewhereRoot != null, pos));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (!open.isEmpty() && open.get(open.size() - 1).element == e) {
                Block b = open.remove(open.size() - 1);
                if (b.text.length() <= MAX_DATE_TEXT) dateElement(b);
            }
            if (e == elsewhereRoot) elsewhereRoot = null;
            return open.isEmpty() && settled() ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        private void text(String text) {
            int length = text.length();
            for (Block b : open) {
                if (b.text.length() <= MAX_DATE_TEXT) b.text.append(text).append(' ');
            }
            if (label != null) {
                label.append(text).append(' ');
                if (label.length() >= LABEL_WINDOW) closeLabel();
            } else if (length < LABEL_WINDOW && length > 4 && PublicationDates.mentions(PublicationDates.lower(text), PUBLISHED_WORDS)) {
                label = new StringBuilder(text).append(' ');
                labelElsewhere = elsewhereRoot != null;
                labelPos = pos;
                if (mayHoldDate(text)) closeLabelIfDated();
            }
            pos += length;
            if (length < 6 || length > MAX_TEXT_NODE || !mayHoldDate(text)) return;
            Optional<LocalDate> d = parse.apply(text);
            if (d.isEmpty()) return;
            if (first == null) first = d.get();
            if (elsewhereRoot != null) return;
            if (firstClean == null) firstClean = d.get();
            if (h1Pos >= 0) {
                if (afterHeadline == null && pos - h1Pos <= AFTER_HEADLINE) afterHeadline = d.get();
            } else {
                beforeHeadline = d.get();
                beforeHeadlinePos = pos;
            }
        }

        private void closeLabelIfDated() {
            Optional<LocalDate> d = parse.apply(label.toString());
            if (d.isPresent()) closeLabel();
        }

        private void closeLabel() {
            String text = label.toString();
            label = null;
            parse.apply(text).ifPresent(d -> offer(d, labelElsewhere ? 2 : 0, labelPos));
        }

        private void dateElement(Block b) {
            String text = b.text.toString();
            if (!mayHoldDate(text)) return;
            Optional<LocalDate> d = parse.apply(text);
            if (d.isEmpty()) return;
            String lower = PublicationDates.lower(text);
            boolean published = PublicationDates.mentions(lower, PUBLISHED_WORDS);
            boolean modified = PublicationDates.mentions(b.marks, PublicationDates.MODIFIED_WORDS)
                    || !published && PublicationDates.mentions(lower, PublicationDates.MODIFIED_WORDS);
            offer(d.get(), (b.elsewhere ? 2 : 0) + (modified ? 4 : 0) + (published ? 0 : 1), b.pos);
        }

        private void offer(LocalDate d, int rank, int at) {
            marked.add(new Printed(d, rank));
            markedAt.add(at);
            if (rank == 0 && near(at)) sure = true;
        }

        /**
         * Whether the rest of the page cannot change the result: past the headline's region, with a
         * date found in it (or, without a headline, with a sure marked date).
         */
        private boolean settled() {
            if (h1 == null) return sure;
            if (h1Pos < 0 || pos - h1Pos <= AFTER_HEADLINE) return false;
            if (sure || afterHeadline != null) return true;
            for (int at : markedAt) {
                if (near(at)) return true;
            }
            return false;
        }

        /** Whether a position is in the headline's region: shortly before it or in the text after it. */
        private boolean near(int at) {
            if (h1 == null) return true;
            if (h1Pos < 0) return false;
            return at >= h1Pos ? at - h1Pos <= AFTER_HEADLINE : h1Pos - at <= BEFORE_HEADLINE;
        }

        Printed result() {
            if (label != null) closeLabel();
            Printed best = null;
            int bestAt = Integer.MAX_VALUE;
            for (int i = 0; i < marked.size(); i++) {
                Printed p = marked.get(i);
                int at = markedAt.get(i);
                int rank = p.rank() + (near(at) ? 0 : Printed.FAR);
                if (best == null || rank < best.rank() || rank == best.rank() && at < bestAt) {
                    best = new Printed(p.day(), rank);
                    bestAt = at;
                }
            }
            if (best != null && best.rank() < Printed.FAR) return best;
            if (afterHeadline != null) return new Printed(afterHeadline, Printed.AFTER_HEADLINE);
            if (beforeHeadline != null && h1Pos - beforeHeadlinePos <= BEFORE_HEADLINE) return new Printed(beforeHeadline, Printed.BEFORE_HEADLINE);
            if (best != null) return best;
            if (firstClean != null) return new Printed(firstClean, Printed.FIRST_CLEAN);
            return first == null ? null : new Printed(first, Printed.FIRST);
        }
    }

    /** Whether a text may hold a date: a run of four digits (a year), or two digits before a dot. */
    static boolean mayHoldDate(CharSequence s) {
        int run = 0;
        boolean twoThenDot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 4) return true;
            } else {
                if (c == '.' && run >= 1) twoThenDot = true;
                run = 0;
            }
        }
        return twoThenDot;
    }
}
