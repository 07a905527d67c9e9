// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;
import org.veille.link.StatementLinker;
import org.veille.link.Statements;
import org.veille.link.TextChanges;
import org.veille.store.StoredArticle;

/**
 * The statements some articles quote (a story's, or those quoting one speaker): the link stage's
 * {@link StatementLinker} run on them groups their quotations that are one speaker's same words, and each later
 * wording is compared with the first one (the runs of words it adds and drops, from {@link TextChanges}). Only
 * statements quoted more than once, and so with variants.
 *
 * @param statements each statement's quotations, the first quoted first; statements in order of first quotation
 */
record StatementVariants(List<Statement> statements) {

    /** One statement: its speaker (or null) and its quotations in the story's order. */
    record Statement(String speaker, List<Variant> variants) {}

    /**
     * One quotation of a statement.
     *
     * @param article  the article that prints it
     * @param text     its words
     * @param added    runs of words it adds to the statement's first wording (none for the first)
     * @param dropped  runs of words of the first wording it leaves out
     */
    record Variant(StoredArticle article, String text, List<String> added, List<String> dropped) {}

    /** The statements of these articles, taken in the order given (a story's: oldest first). */
    static StatementVariants of(List<StoredArticle> articles, StatementLinker linker, TextChanges changes) {
        List<AnalyzedArticle> analyzed = articles.stream().map(StoredArticle::analyzed).toList();
        Statements found = linker.link(analyzed);
        Map<String, List<Variant>> byStatement = new LinkedHashMap<>();
        Map<String, String> speakers = new LinkedHashMap<>();
        for (StoredArticle a : articles) {
            List<String> ids = found.of(a.id());
            List<Quotation> quotes = a.analyzed().quotes();
            for (int i = 0; i < quotes.size() && i < ids.size(); i++) {
                if (ids.get(i) == null) continue;
                Quotation q = quotes.get(i);
                List<Variant> variants = byStatement.computeIfAbsent(ids.get(i), k -> new ArrayList<>());
                speakers.putIfAbsent(ids.get(i), q.speaker());
                variants.add(variants.isEmpty() ? new Variant(a, q.text(), List.of(), List.of()) : against(variants.getFirst().text(), a, q.text(), changes));
            }
        }
        List<Statement> out = new ArrayList<>();
        byStatement.forEach((id, variants) -> {
            if (variants.size() > 1) out.add(new Statement(speakers.get(id), variants));
        });
        return new StatementVariants(out);
    }

    /** A later wording with what it adds to and drops from the first, sentence by sentence. */
    private static Variant against(String first, StoredArticle article, String text, TextChanges changes) {
        TextChanges.Changes c = changes.compare(first, text);
        List<String> added = new ArrayList<>(c.added()), dropped = new ArrayList<>(c.cut());
        for (TextChanges.Change ch : c.changed()) {
            added.addAll(ch.inserted());
            dropped.addAll(ch.removed());
        }
        return new Variant(article, text, added, dropped);
    }

    /** As JSON: each statement's speaker and its quotations ({@code article, text, added, dropped}). */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Statement s : statements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("speaker", s.speaker());
            row.put("quotations", s.variants().stream().map(v -> {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("article", v.article().id());
                q.put("text", v.text());
                q.put("added", v.added());
                q.put("dropped", v.dropped());
                return q;
            }).toList());
            rows.add(row);
        }
        return rows;
    }
}
