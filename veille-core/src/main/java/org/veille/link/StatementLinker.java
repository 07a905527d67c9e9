// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;

/**
 * Finds the quotations of several articles that are one statement: the same speaker's words printed by
 * several outlets, verbatim, cut differently or reworded ("payaient la note" / "payent leurs factures").
 * Two quotations of different articles are one statement when their speakers do not contradict each other
 * (same identity, or one unknown), both are quoted words or both reported speech, and their content words, stemmed, overlap enough: all of the shorter
 * one's when it has at most {@link #SHORT_WORDS} of them and one side has a speaker, else at least {@link #MIN_OVERLAP} of the shorter
 * and {@link #MIN_SHARED} words ({@link #UNATTRIBUTED_OVERLAP} when neither has a speaker), within
 * {@link #MAX_DAYS_APART} days. A quotation joins the statement whose first quotation it matches best, else
 * opens one: no chaining from member to member. Candidates come from an inverted index of the first
 * quotations' content stems without the most common ones, so the work grows with the corpus, not its square.
 * Scare quotes are no statements. Thread-safe: no state between calls but Lucene's analyzers.
 */
public final class StatementLinker {

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

    private final ContentStems contentStems = new ContentStems();

    /** One quotation: where it is and what it says, reduced to stems. */
    private record Quote(int article, int index, String speaker, boolean quoted, LocalDate day, Set<String> stems) {}

    public Statements link(List<AnalyzedArticle> articles) {
        List<Quote> quotes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnalyzedArticle article = articles.get(a);
            List<Quotation> qs = article.quotes();
            LocalDate day = article.article().publishedDay();
            for (int i = 0; i < qs.size(); i++) {
                Quotation q = qs.get(i);
                if (q.kind() == Quotation.Kind.SCARE) continue;
                Set<String> stems = stems(q.text(), article.article().language());
                if (!stems.isEmpty()) {
                    quotes.add(new Quote(a, i, q.speaker(), q.kind() != Quotation.Kind.INDIRECT, day, stems));
                }
            }
        }
        // Star grouping: a quotation joins the statement whose first quotation it matches best, else opens
        // one. Matching only first quotations, never members, keeps groups from chaining through the corpus.
        Map<String, List<Integer>> postings = new HashMap<>();
        int[] statementOf = new int[quotes.size()];
        // the speaker a statement is known to have: its first quotation's, else the first a member gave
        String[] speakerOf = new String[quotes.size()];
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            int best = -1;
            double bestScore = 0;
            Set<Integer> seen = new HashSet<>();
            for (String s : q.stems) {
                List<Integer> posting = postings.get(s);
                if (posting == null || posting.size() > MAX_POSTING) continue;
                for (int first : posting) {
                    if (!seen.add(first)) continue;
                    double score = similarity(q, quotes.get(first), speakerOf[first]);
                    if (score > bestScore) {
                        best = first;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                statementOf[k] = best;
                if (speakerOf[best] == null) speakerOf[best] = q.speaker;
            } else {
                statementOf[k] = k;
                speakerOf[k] = q.speaker;
                for (String s : q.stems) postings.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
            }
        }
        return ids(articles, quotes, statementOf);
    }

    /**
     * How much a quotation is the statement opened by {@code first}, 0 when it is not: the share of the
     * shorter one's content words the other has. Its speaker must not contradict the statement's (the first
     * one a member gave, so an unattributed first quotation cannot gather everybody's "non"); with no
     * speaker on either side the words must agree more; a short quotation must be contained whole.
     */
    private static double similarity(Quote a, Quote first, String statementSpeaker) {
        Quote b = first;
        if (a.article == b.article || a.quoted != b.quoted) return 0;
        if (a.speaker != null && statementSpeaker != null && !a.speaker.equals(statementSpeaker)) return 0;
        if (!closeInTime(a.day, b.day)) return 0;
        Set<String> shorter = a.stems.size() <= b.stems.size() ? a.stems : b.stems;
        Set<String> longer = shorter == a.stems ? b.stems : a.stems;
        int shared = 0;
        for (String s : shorter) if (longer.contains(s)) shared++;
        double overlap = (double) shared / shorter.size();
        boolean nobodySaid = a.speaker == null && statementSpeaker == null;
        // "non", "l'urgence": a few words said by nobody known are anybody's
        if (shorter.size() <= SHORT_WORDS) return shared == shorter.size() && !nobodySaid ? overlap : 0;
        double needed = nobodySaid ? UNATTRIBUTED_OVERLAP : MIN_OVERLAP;
        return shared >= MIN_SHARED && overlap >= needed ? overlap : 0;
    }

    private static boolean closeInTime(LocalDate da, LocalDate db) {
        return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= MAX_DAYS_APART;
    }

    /** Statement ids, named after each statement's first quotation. */
    private static Statements ids(List<AnalyzedArticle> articles, List<Quote> quotes, int[] statementOf) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String[]> byArticle = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            byArticle.add(new String[a.quotes().size()]);
        }
        for (int k = 0; k < quotes.size(); k++) {
            Quote first = quotes.get(statementOf[k]);
            Quote q = quotes.get(k);
            byArticle.get(q.article)[q.index] = "st-" + articles.get(first.article).article().id() + "-" + first.index;
        }
        for (int a = 0; a < articles.size(); a++) {
            out.put(articles.get(a).article().id(), Arrays.asList(byArticle.get(a)));
        }
        return new Statements(out);
    }

    /** Content words of a quotation, stemmed for its language. */
    private Set<String> stems(String text, String language) {
        return new HashSet<>(contentStems.stems(text, language));
    }
}
