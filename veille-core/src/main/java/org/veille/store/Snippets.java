// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A search hit's passage: a plain-text window of the body around the first word the query matches, with every
 * matched word in it marked. The body is analysed again with the index's chain for its language, so a match is
 * what the index matched ("sécurité" for "securite"), and nothing needs storing twice.
 */
final class Snippets {
    private static final int LENGTH = 200, LEAD = 60;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The passage and where the query's words are in it. */
    record Snippet(String text, List<SearchHit.Span> highlights) {}

    /** The passage of {@code text}, in {@code language}, around the first word {@code query} matches. */
    Snippet of(Query query, String language, String text) throws IOException {
        String field = "text_" + StoreAnalyzers.suffix(language);
        Matcher wanted = wantedTerms(query, field);
        // no word sought (a browse): the body's start, unread; else read up to a passage past the first match
        List<int[]> matches = wanted == null ? List.of() : matches(wanted, field, text, true);
        int at = matches.isEmpty() ? 0 : matches.getFirst()[0];
        int start = Math.max(0, at - LEAD);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return window(text, start, end, matches);
    }

    /** Where {@code query}'s words are in {@code title} (read whole), with the chain of the body's field in {@code language}. */
    List<SearchHit.Span> inTitle(Query query, String language, String title) throws IOException {
        if (title == null || title.isEmpty()) return List.of();
        String field = "text_" + StoreAnalyzers.suffix(language);
        Matcher wanted = wantedTerms(query, field);
        if (wanted == null) return List.of();
        List<SearchHit.Span> spans = new ArrayList<>();
        for (int[] m : matches(wanted, field, title, false)) spans.add(new SearchHit.Span(m[0], m[1]));
        return spans;
    }

    /**
     * The offsets of the words of {@code text} that {@code wanted} matches, read with {@code field}'s chain; with
     * {@code passageOnly}, only those within a passage's length of the first (all a snippet can show).
     */
    private List<int[]> matches(Matcher wanted, String field, String text, boolean passageOnly) throws IOException {
        List<int[]> matches = new ArrayList<>();
        int until = Integer.MAX_VALUE;
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && offset.startOffset() < until) {
                if (wanted.matches(term.getBytesRef())) {
                    if (matches.isEmpty() && passageOnly) until = Math.max(0, offset.startOffset() - LEAD) + LENGTH;
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        }
        return matches;
    }

    /** The text from {@code start} to {@code end}, white space runs made one space, with the matches inside moved along. */
    private static Snippet window(String text, int start, int end, List<int[]> matches) {
        StringBuilder out = new StringBuilder(end - start + 2);
        if (start > 0) out.append('…');
        int[] position = new int[end - start + 1]; // each source offset's place in the output
        boolean space = false;
        for (int i = start; i < end; i++) {
            position[i - start] = out.length();
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > (start > 0 ? 1 : 0)) out.append(' ');
            position[i - start] = out.length();
            space = false;
            out.append(c);
        }
        position[end - start] = out.length();
        List<SearchHit.Span> spans = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= start && m[1] <= end) spans.add(new SearchHit.Span(position[m[0] - start], position[m[1] - start]));
        }
        if (end < text.length()) out.append('…');
        return new Snippet(out.toString(), spans);
    }

    /**
     * The terms (and term patterns, for prefix queries) a query looks for in one field, leaving out excluded ones; null
     * when it looks for none.
     */
    private static Matcher wantedTerms(Query query, String field) {
        Set<BytesRef> terms = new HashSet<>();
        List<ByteRunAutomaton> patterns = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                return f.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                Arrays.stream(ts).forEach(t -> terms.add(t.bytes()));
            }

            @Override
            public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
                patterns.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (terms.isEmpty() && patterns.isEmpty()) return null;
        return b -> terms.contains(b) || patterns.stream().anyMatch(p -> p.run(b.bytes, b.offset, b.length));
    }

    @FunctionalInterface
    private interface Matcher {
        boolean matches(BytesRef term);
    }
}
