// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.link.LinkTerms;

/**
 * The link stage's incremental path on a store: a busy month of unrelated articles, one story among them, and new
 * articles added one at a time, which read only the stories they could join (the candidate path) rather than the
 * whole month.
 */
class StoreLinkingTest {

    @TempDir
    Path dir;

    /** A month of articles on unrelated subjects: each has words of its own (made-up ones, so no two share any). */
    private static List<StoredArticle> busyMonth() {
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < 3 * StoreLinking.CANDIDATE_ARTICLES * StoreLinking.WHOLE_WINDOW_FACTOR; i++) {
            String own = word(i);
            String text = ("Les " + own + "varques du " + own + "tel ont " + own + "pé la " + own + "mirande. ").repeat(3)
                    + "Le " + own + "quoin reste " + own + "bral selon les " + own + "dunes.";
            out.add(Samples.article("month-" + i, "fr", String.format("2024-05-%02d", 1 + i % 28), "Titre " + own, text, null, null));
        }
        return out;
    }

    /** A made-up word stem of letters only, one per number. */
    private static String word(int i) {
        StringBuilder s = new StringBuilder("zo");
        for (int n = i; ; n /= 26) {
            s.append((char) ('a' + n % 26));
            if (n < 26) break;
        }
        return s.toString();
    }

    private static StoredArticle dam(String id, String day) {
        String text = "Le barrage de Sarnelle a cédé dans la nuit. Les ingénieurs du barrage de Sarnelle avaient signalé des fissures."
                + " La vallée de Sarnelle est évacuée ; le préfet parle d'une rupture du barrage.";
        return Samples.article(id, "fr", day, "Rupture du barrage de Sarnelle", text, null, null);
    }

    @Test
    void theStoreListsTheArticlesNoStoryHoldsYet() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.put(dam("dam-1", "2024-05-10"));
            store.put(Samples.article("far", "fr", "2024-09-10", "Loin", "Un texte stocké sans histoire, des mois plus tard.", null, null));
            store.commit();
            assertThat(store.unlinkedIds()).containsExactlyInAnyOrder("dam-1", "far");
            StoreLinking.link(store, List.of("dam-1"));
            store.commit();
            assertThat(store.unlinkedIds()).containsExactly("far"); // months away: no new article's window reaches it
        }
    }

    @Test
    void anArticleAddedToABusyMonthJoinsItsStoryThroughTheCandidates() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            List<String> ids = new ArrayList<>();
            for (StoredArticle a : busyMonth()) {
                store.put(a);
                ids.add(a.id());
            }
            for (StoredArticle a : List.of(dam("dam-1", "2024-05-10"), dam("dam-2", "2024-05-10"))) {
                store.put(a);
                ids.add(a.id());
            }
            store.commit();
            StoreLinking.link(store, ids); // many new articles: the whole window is read
            String story = store.get("dam-1").orElseThrow().story();
            assertThat(store.get("dam-2").orElseThrow().story()).isEqualTo(story);
            assertThat(store.get("month-0").orElseThrow().story()).isNotEqualTo(story);

            store.put(dam("dam-3", "2024-05-11"));
            StoredArticle other = Samples.article("other", "fr", "2024-05-11", "Autre chose",
                    "Le festival de cinéma de Kerbrennec ouvre ses portes avec une comédie musicale.", null, null);
            store.put(other);
            StoredArticle later = Samples.article("later", "fr", "2024-05-25", "Plus tard",
                    "La foire aux livres anciens de Trégastel attire les collectionneurs de cartes marines.", null, null);
            store.put(later);
            store.commit();
            assertThat(StoreLinking.link(store, List.of("dam-3"))).as("and the unlinked articles of its window, later ones too")
                    .isEqualTo(3);
            assertThat(store.get("later").orElseThrow().story()).isNotIn(story, null);
            assertThat(store.get("dam-3").orElseThrow().story()).as("joins the dam's story").isEqualTo(story);
            assertThat(store.get("other").orElseThrow().story()).as("opens its own").isNotIn(story, null);
        }
    }

    @Test
    void theStoreFindsCandidatesAndReadsOnlyTheirStories() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            store.put(dam("dam-1", "2024-05-10"));
            store.put(Samples.article("far", "fr", "2024-08-10", "Loin", "Le barrage de Sarnelle, trois mois plus tard.", null, null));
            for (StoredArticle a : busyMonth().subList(0, 20)) store.put(a);
            store.commit();
            StoreLinking.link(store, store.ids());
            LocalDate from = LocalDate.parse("2024-05-01");
            LocalDate to = LocalDate.parse("2024-05-31");
            assertThat(store.countPublishedBetween(from, to)).isEqualTo(21);

            LinkTerms dam = store.linkedOf(List.of("dam-1")).getFirst().terms();
            List<ArticleJson.Placement> found = store.placementsSharing(from, to, StoreLinking.queryTerms(dam), 3);
            assertThat(found.getFirst().id()).as("the most alike first; the August one is outside the window").isEqualTo("dam-1");
            assertThat(found).extracting(ArticleJson.Placement::id).doesNotContain("far");

            String story = store.get("dam-1").orElseThrow().story();
            store.put(Samples.article("unlinked", "fr", "2024-05-12", "Pas encore lié", "Un texte stocké sans histoire.", null, null));
            store.commit();
            List<ArticleStore.Linked> read = new ArrayList<>();
            store.forEachPublishedBetween(from, to, Set.of(story), from, Set.of(), id -> true, read::add);
            assertThat(read).extracting(ArticleStore.Linked::id).containsExactlyInAnyOrder("dam-1", "unlinked");
            assertThat(store.linkedOf(List.of("dam-1", "nothing"))).extracting(ArticleStore.Linked::id).containsExactly("dam-1");
        }
    }

    @Test
    void aCandidateThreadIsReadOnlyOverItsRecentDays() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            store.put(dam("early", "2024-05-02"));
            store.put(dam("recent", "2024-05-20"));
            store.put(dam("story", "2024-05-03"));
            store.commit();
            store.setLinks("early", "s-early", "t-dam", null);
            store.setLinks("recent", "s-recent", "t-dam", null);
            store.setLinks("story", "s-story", "t-other", null);
            store.commit();
            List<ArticleStore.Linked> read = new ArrayList<>();
            store.forEachPublishedBetween(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31"), Set.of("s-story"),
                    LocalDate.parse("2024-05-15"), Set.of("t-dam"), id -> true, read::add);
            assertThat(read).as("the story's members over the whole window, the thread's from the 15th")
                    .extracting(ArticleStore.Linked::id).containsExactlyInAnyOrder("story", "recent");
        }
    }

    @Test
    void linkingInDateBatchesPlacesArticlesAsOneRunDoes() throws IOException {
        List<StoredArticle> articles = new ArrayList<>(busyMonth().subList(0, 40));
        for (int day = 3; day <= 20; day += 4) articles.add(dam("dam-" + day, String.format("2024-05-%02d", day)));
        List<String> ids = articles.stream().map(StoredArticle::id).toList();
        try (ArticleStore whole = ArticleStore.open(dir.resolve("whole"));
             ArticleStore batched = ArticleStore.open(dir.resolve("batched"))) {
            for (StoredArticle a : articles) {
                whole.put(a);
                batched.put(a);
            }
            whole.commit();
            batched.commit();
            StoreLinking.link(whole, ids);
            StoreLinking.link(batched, ids, 7);
            whole.commit();
            batched.commit();
            for (String a : ids) {
                for (String b : ids) {
                    boolean together = whole.get(a).orElseThrow().story().equals(whole.get(b).orElseThrow().story());
                    assertThat(batched.get(a).orElseThrow().story().equals(batched.get(b).orElseThrow().story()))
                            .as("%s and %s together", a, b).isEqualTo(together);
                }
            }
            assertThat(batched.get("dam-3").orElseThrow().story()).isEqualTo(batched.get("dam-19").orElseThrow().story());
        }
    }
}
