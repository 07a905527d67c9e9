// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.analyze.Quotation;

/**
 * Finds the quotations of several articles that are one statement: the same speaker's words printed by
 * several outlets, verbatim, cut differently or reworded ("payaient la note" / "payent leurs factures").
 * Two quotations of different articles are one statement when their speakers do not contradict each other
 * (same identity, or one unknown), both are quoted words or both reported speech, and their content words,
 * stemmed, overlap enough: all of the shorter one's when it has at most {@link #SHORT_WORDS} of them and one side
 * has a speaker, else at least {@link #MIN_OVERLAP} of the shorter and {@link #MIN_SHARED} words
 * ({@link #UNATTRIBUTED_OVERLAP} when neither has a speaker), within {@link #MAX_DAYS_APART} days. A quotation
 * joins the statement whose first quotation it matches best, else opens one: no chaining from member to member.
 * Candidates come from an inverted index of the first quotations' content stems without the most common ones.
 * Articles come in date order (undated first), so a statement's first quotation is its earliest, and one whose
 * first quotation is older than {@link #MAX_DAYS_APART} days can take no more: it is let go, and memory holds
 * the last weeks' statements only. Scare quotes are no statements. Not thread-safe: one stream per run.
 */
public final class StatementStream {

    /** A quotation with this many content words or fewer must be contained whole in the other. */
    static final int SHORT_WORDS = 2;
    /** Share of the shorter quotation's content words the other must have. */
    static final double MIN_OVERLAP = 0.5;
    /** Content words two longer quotations must share. */
    static final int MIN_SHARED = 2;
    /** Stems in more statements than this are too common to find candidates with ("dire", "pays"). */
    static final int MAX_POSTING = 64;
    /** Share of the shorter quotation's words needed when neither quotation has a speaker to vouch for it. */
    static final double UNATTRIBUTED_OVERLAP = 0.8;
    /** A statement is reported again within this many days; later words are a new statement. */
    static final int MAX_DAYS_APART = 14;

    /** The first quotation of a statement: where it is, what it says reduced to stems, and the statement's speaker. */
    private static final class First {
        final String id;
        final String article;
        final boolean quoted;
        final LocalDate day;
        final Set<String> stems;
        /** Its own speaker, else the first a later member gave, so an unattributed first cannot gather everybody's "non". */
        String speaker;

        First(String id, String article, String speaker, boolean quoted, LocalDate day, Set<String> stems) {
            this.id = id;
            this.article = article;
            this.speaker = speaker;
            this.quoted = quoted;
            this.day = day;
            this.stems = stems;
        }
    }

    private final ContentStems contentStems;
    private final Map<String, List<First>> postings = new HashMap<>();
    /** Dated first quotations, oldest first: let go when no later quotation can be within their reach. */
    private final ArrayDeque<First> byAge = new ArrayDeque<>();
    private final DateOrder order = new DateOrder();

    /** @param contentStems the stemmer of quotations' content words (shared, thread-safe) */
    public StatementStream(ContentStems contentStems) {
        this.contentStems = contentStems;
    }

    /**
     * The statement of each of an article's quotations, in order (null for a scare quote or words with no content);
     * a statement id names its first quotation ({@code st-ARTICLE-INDEX}).
     *
     * @throws IllegalArgumentException when the article is older than one given before, or undated after a dated one
     */
    public List<String> add(String articleId, LocalDate day, String language, List<Quotation> quotes) {
        order.next(articleId, day);
        if (day != null) forgetBefore(day);
        String[] out = new String[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            Quotation q = quotes.get(i);
            if (q.kind() == Quotation.Kind.SCARE) continue;
            Set<String> stems = new HashSet<>(contentStems.stems(q.text(), language));
            if (stems.isEmpty()) continue;
            boolean quoted = q.kind() != Quotation.Kind.INDIRECT;
            First best = best(articleId, q.speaker(), quoted, day, stems);
            if (best != null) {
                out[i] = best.id;
                if (best.speaker == null) best.speaker = q.speaker();
            } else {
                First first = new First("st-" + articleId + "-" + i, articleId, q.speaker(), quoted, day, stems);
                out[i] = first.id;
                for (String s : stems) postings.computeIfAbsent(s, x -> new ArrayList<>()).add(first);
                if (day != null) byAge.add(first);
            }
        }
        return Arrays.asList(out);
    }

    /** The statement whose first quotation this one matches best, or null. */
    private First best(String article, String speaker, boolean quoted, LocalDate day, Set<String> stems) {
        First best = null;
        double bestScore = 0;
        Set<First> seen = new HashSet<>();
        for (String s : stems) {
            List<First> posting = postings.get(s);
            if (posting == null || posting.size() > MAX_POSTING) continue;
            for (First first : posting) {
                if (!seen.add(first)) continue;
                double score = similarity(article, speaker, quoted, day, stems, first);
                if (score > bestScore) {
                    best = first;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * How much a quotation is the statement opened by {@code first}, 0 when it is not: the share of the shorter
     * one's content words the other has. Its speaker must not contradict the statement's; with no speaker on either
     * side the words must agree more; a short quotation must be contained whole.
     */
    private static double similarity(String article, String speaker, boolean quoted, LocalDate day, Set<String> stems, First first) {
        if (article.equals(first.article) || quoted != first.quoted) return 0;
        if (speaker != null && first.speaker != null && !speaker.equals(first.speaker)) return 0;
        if (!closeInTime(day, first.day)) return 0;
        Set<String> shorter = stems.size() <= first.stems.size() ? stems : first.stems;
        Set<String> longer = shorter == stems ? first.stems : stems;
        int shared = 0;
        for (String s : shorter) if (longer.contains(s)) shared++;
        double overlap = (double) shared / shorter.size();
        boolean nobodySaid = speaker == null && first.speaker == null;
        // "non", "l'urgence": a few words said by nobody known are anybody's
        if (shorter.size() <= SHORT_WORDS) return shared == shorter.size() && !nobodySaid ? overlap : 0;
        double needed = nobodySaid ? UNATTRIBUTED_OVERLAP : MIN_OVERLAP;
        return shared >= MIN_SHARED && overlap >= needed ? overlap : 0;
    }

    private static boolean closeInTime(LocalDate da, LocalDate db) {
        return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= MAX_DAYS_APART;
    }

    /** Lets go of the statements no quotation of {@code day} or later can join. */
    private void forgetBefore(LocalDate day) {
        while (!byAge.isEmpty() && ChronoUnit.DAYS.between(byAge.peek().day, day) > MAX_DAYS_APART) {
            First old = byAge.poll();
            for (String s : old.stems) {
                List<First> posting = postings.get(s);
                posting.remove(old);
                if (posting.isEmpty()) postings.remove(s);
            }
        }
    }
}
