// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.List;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.extract.ArticleIdentity;
import org.veille.extract.Provenance;

/** Articles for the store's tests, and the synthetic ones the crash test ingests. */
final class Samples {
    private Samples() {
    }

    /** An article with every field set, in French. */
    static StoredArticle full() {
        String text = "Le secrétaire général de l'OTAN a parlé de sécurité.\n\n"
                + "« Nous sommes prêts », a déclaré M. Rutte à Bruxelles.";
        Article a = new Article("fr-1", "warc/a.warc.gz#3", "https://example.org/otan", "Le Monde",
                "L'OTAN et la sécurité européenne", "2024-03-02T10:15:00+01:00", List.of("Anne Dupont", "Jean Martin"),
                "fr", text, List.of(
                        new Provenance(Provenance.Relation.TRANSLATED_FROM, "The Guardian", "NATO and security", "en"),
                        new Provenance(Provenance.Relation.SOURCE, "AFP", null, null),
                        new Provenance(Provenance.Relation.TRANSLATED_BY, null, null, null)));
        int otan = text.indexOf("OTAN");
        int q = text.indexOf("Nous");
        int rutte = text.indexOf("M. Rutte");
        return new StoredArticle(new AnalyzedArticle(a,
                List.of(new Entity("OTAN", Entity.Type.ORG, "NATO", otan, otan + 4),
                        new Entity("M. Rutte", Entity.Type.PER, "Mark Rutte", rutte, rutte + 8),
                        new Entity("Bruxelles", Entity.Type.LOC, "Brussels", text.indexOf("Bruxelles"),
                                text.indexOf("Bruxelles") + 9)),
                List.of(new Quotation("Nous sommes prêts", "Mark Rutte", "M. Rutte", Quotation.Kind.DIRECT, q, q + 17),
                        new Quotation("sécurité", null, null, Quotation.Kind.SCARE, text.indexOf("sécurité"),
                                text.indexOf("sécurité") + 8))),
                "story-otan");
    }

    /** A French article published at {@code url}, with the id the extract stage would give its text there. */
    static StoredArticle placed(String text, String url, String title) {
        Article a = new Article(ArticleIdentity.id(text, url), "test", url, null, title, "2020-07-02", List.of(), "fr",
                text, List.of());
        return new StoredArticle(new AnalyzedArticle(a, List.of(), List.of()), null);
    }

    /** An article with every optional field null or empty. */
    static StoredArticle bare(String id) {
        Article a = new Article(id, "s", null, null, null, null, List.of(), null, "", List.of());
        return new StoredArticle(new AnalyzedArticle(a, List.of(), List.of()), null);
    }

    /** A small article: id, language, outlet, date, title, text, story, and one quotation by {@code speaker}. */
    static StoredArticle article(String id, String language, String published, String title, String text,
                                 String story, String speaker) {
        Article a = new Article(id, "test", "https://example.org/" + id, "Outlet " + language, title, published,
                List.of(), language, text, List.of());
        List<Quotation> quotes = speaker == null ? List.of()
                : List.of(new Quotation(text, speaker, speaker, Quotation.Kind.INDIRECT, 0, text.length()));
        List<Entity> entities = speaker == null ? List.of()
                : List.of(new Entity(speaker, Entity.Type.PER, speaker, 0, 0));
        return new StoredArticle(new AnalyzedArticle(a, entities, quotes), story);
    }

    /** The {@code i}-th synthetic article of the crash test: about 1 kB of text, alternately French and English. */
    static StoredArticle synthetic(int i) {
        boolean fr = i % 2 == 0;
        String sentence = fr ? "Le ministre de la défense a évoqué la sécurité de l'Europe, article " + i + ". "
                : "The defence minister spoke about European security, article " + i + ". ";
        String text = sentence.repeat(1000 / sentence.length() + 1);
        return article("syn-" + i, fr ? "fr" : "en", String.format("2024-01-%02d", 1 + i % 28),
                (fr ? "Dépêche " : "Wire ") + i, text, "story-" + (i % 50), fr ? "Mark Rutte" : "Kaja Kallas");
    }
}
