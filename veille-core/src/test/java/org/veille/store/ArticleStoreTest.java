// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.extract.ArticleIdentityTest;

class ArticleStoreTest {
    private static final String REAL = ArticleIdentityTest.REAL, FORGED = ArticleIdentityTest.FORGED;

    @TempDir
    Path dir;
    private ArticleStore store;

    @BeforeEach
    void open() throws Exception {
        store = ArticleStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void aLockFileSomethingWroteIntoIsToldInTheStoresWordsAtOpen() throws Exception {
        store.close();
        Path lock = dir.resolve("store").resolve("write.lock");
        Files.writeString(lock, "pid 1234 was here");
        assertThatThrownBy(() -> ArticleStore.open(dir.resolve("store"))).isInstanceOf(StoreException.class)
                .hasMessage("store " + dir.resolve("store") + " is damaged (its lock file write.lock is not empty)");
        Files.writeString(lock, "");
        store = ArticleStore.open(dir.resolve("store")); // as check --repair leaves it
    }

    @Test
    void returnsExactlyWhatWasPut() throws Exception {
        StoredArticle full = Samples.full(), bare = Samples.bare("bare");
        assertThat(store.put(full)).isTrue();
        assertThat(store.put(bare)).isTrue();
        assertThat(store.get("fr-1")).contains(full);
        assertThat(store.get("bare")).contains(bare);
        assertThat(store.get("none")).isEmpty();
        store.commit();
        assertThat(store.get("fr-1")).contains(full);
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void putIsIdempotentForPendingAndCommittedArticles() throws Exception {
        assertThat(store.put(Samples.full())).isTrue();
        assertThat(store.put(Samples.full())).as("pending").isFalse();
        store.commit();
        assertThat(store.put(Samples.full())).as("committed").isFalse();
        StoredArticle other = Samples.article("fr-1", "fr", null, "Autre", "autre texte", null, null);
        assertThat(store.put(other)).as("same id, other content").isFalse();
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.ids()).containsExactly("fr-1");
        assertThat(store.get("fr-1")).contains(Samples.full());
    }

    @Test
    void reopensWithWhatWasCommittedAndCommitsOnClose() throws Exception {
        store.put(Samples.full());
        store.commit();
        store.put(Samples.bare("b"));
        store.close();
        store = ArticleStore.open(dir.resolve("store"));
        assertThat(store.ids()).containsExactly("b", "fr-1");
        assertThat(store.get("fr-1")).contains(Samples.full());
        assertThat(store.put(Samples.full())).isFalse();
    }

    @Test
    void setStoryRelinksPendingAndCommittedArticles() throws Exception {
        store.put(Samples.full());
        ArticleStore.Linked put = store.linkedOf(List.of("fr-1")).getFirst();
        store.setLinks("fr-1", "s1", null, null);
        assertThat(store.get("fr-1").orElseThrow().story()).isEqualTo("s1");
        assertThat(store.linkedOf(List.of("fr-1")).getFirst().terms()).as("link terms kept through a move")
                .usingRecursiveComparison().isEqualTo(put.terms());
        store.commit();
        store.setLinks("fr-1", "s2", null, null);
        store.setLinks("fr-1", null, null, null);
        assertThat(store.get("fr-1").orElseThrow()).isEqualTo(new StoredArticle(Samples.full().analyzed(), null));
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.largestStories(10).stories()).isEmpty();
        assertThatThrownBy(() -> store.setLinks("none", "s", null, null)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void searchFoldsAccentsAndElisionsAndStems() throws Exception {
        store.put(Samples.full());
        store.put(Samples.article("en-1", "en", "2024-03-01", "NATO's summit", "Ministers discussed security "
                + "guarantees at length. The alliance's leaders agreed.", null, null));
        store.put(Samples.article("de-1", "de", null, "Über Sicherheit", "Die Minister sprachen über Sicherheit.",
                null, null));
        store.commit();
        assertThat(ids(store.search("securite", 10))).containsExactly("fr-1");
        assertThat(ids(store.search("sécurité", 10))).containsExactly("fr-1");
        assertThat(ids(store.search("otan", 10))).containsExactly("fr-1");
        assertThat(ids(store.search("OTAN", 10))).containsExactly("fr-1");
        assertThat(ids(store.search("nato", 10))).containsExactly("en-1");
        assertThat(ids(store.search("guarantee", 10))).as("English stemming").containsExactly("en-1");
        assertThat(ids(store.search("ueber sicherheit", 10))).isEmpty();
        assertThat(ids(store.search("uber sicherheit", 10))).as("folding, other language").containsExactly("de-1");
        assertThat(ids(store.search("secur*", 10))).containsExactlyInAnyOrder("fr-1", "en-1");
        assertThat(ids(store.search("\"nous sommes prets\"", 10))).containsExactly("fr-1");
        assertThat(ids(store.search("otan -bruxelles", 10))).isEmpty();
    }

    @Test
    void searchHitsCarryMetadataAndASnippetAroundTheMatch() throws Exception {
        String text = "Un début sans rapport. ".repeat(20) + "Le mot clé est ici : sécurité nationale. " + "Fin. ".repeat(80);
        store.put(Samples.article("long", "fr", "2024-05-01", "Titre", text, null, null));
        SearchHit hit = store.search("securite", 1).hits().getFirst();
        assertThat(hit).extracting(SearchHit::id, SearchHit::title, SearchHit::outlet, SearchHit::published)
                .containsExactly("long", "Titre", "Outlet fr", "2024-05-01");
        assertThat(hit.snippet()).contains("sécurité nationale").startsWith("…").endsWith("…").hasSizeLessThan(210);
        assertThat(hit.score()).isPositive();
        assertThat(store.search("titre", 1).hits().getFirst().snippet()).startsWith("Un début sans rapport.");
    }

    @Test
    void titleMatchesRankFirst() throws Exception {
        store.put(Samples.article("body", "en", null, "Weather", "The budget was voted. Budget talks went on.", null, null));
        store.put(Samples.article("title", "en", null, "Budget vote", "Parliament voted today.", null, null));
        assertThat(ids(store.search("budget", 10))).containsExactly("title", "body");
    }

    @Test
    void badQuerySyntaxNeverThrows() throws Exception {
        store.put(Samples.full());
        for (String q : List.of("\"unclosed", "AND OR", "(", ")", "\"", "*", "~", "+-|", "otan~99", "((otan", "\"l'otan",
                "title:otan", "a\\", "[]{}^:!/", " ")) {
            assertThat(store.search(q, 5)).as(q).isNotNull();
        }
        assertThat(ids(store.search("\"unclosed otan", 5))).isEmpty();
        assertThat(ids(store.search("((otan", 5))).containsExactly("fr-1");
        assertThat(ids(store.search("\"l'otan", 5))).containsExactly("fr-1");
        assertThat(store.search(null, 5).hits()).isEmpty();
    }

    @Test
    void storiesGroupArticlesByDateAndSortBySizeAndOneIsFoundById() throws Exception {
        store.put(Samples.article("a", "fr", "2024-02-02", "A", "a", "big", null));
        store.put(Samples.article("b", "fr", null, "B", "b", "big", null));
        store.put(Samples.article("c", "fr", "2024-02-01", "C", "c", "big", null));
        store.put(Samples.article("d", "en", "2024-01-01", "D", "d", "small", null));
        store.put(Samples.article("e", "en", "2024-01-01", "E", "e", null, null));
        List<Story> stories = store.largestStories(1_000).stories();
        assertThat(stories).extracting(Story::id).containsExactly("big", "small");
        assertThat(stories.getFirst().articles()).extracting(StoredArticle::id).containsExactly("c", "a", "b");
        assertThat(stories.get(1).articles()).extracting(StoredArticle::id).containsExactly("d");
        ArticleStore.Largest largest = store.largestStories(1);
        assertThat(largest.stories()).extracting(Story::id).containsExactly("big");
        assertThat(largest.total()).isEqualTo(2);
        assertThat(store.story("big")).get().isEqualTo(stories.getFirst());
        assertThat(store.story("none")).isEmpty();
    }

    @Test
    void quotesBySpeakerIgnoreCaseAndAccentsAndMatchSurnames() throws Exception {
        store.put(Samples.full());
        store.put(Samples.article("m1", "fr", "2024-04-01", "M1", "Il faut agir.", null, "Jean-Luc Mélenchon"));
        store.put(Samples.article("m2", "fr", null, "M2", "Non.", null, "Jean-Luc Mélenchon"));
        store.put(Samples.article("m3", "fr", "2024-05-01", "M3", "Oui.", null, "Jean-Luc Mélenchon"));
        store.put(Samples.article("x", "fr", "2024-05-01", "X", "Rien.", null, "Mark Ruttenberg"));
        assertThat(store.quotes("rutte", 10)).extracting(h -> h.quote().text()).containsExactly("Nous sommes prêts");
        assertThat(store.quotes("RUTTE", 10)).hasSize(1);
        assertThat(store.quotes("Mark Rutte", 10)).singleElement()
                .satisfies(h -> assertThat(h.articleId()).isEqualTo("fr-1"))
                .satisfies(h -> assertThat(h.title()).isEqualTo("L'OTAN et la sécurité européenne"));
        assertThat(store.quotes("mark", 10)).as("a first name alone is not a surname").isEmpty();
        assertThat(store.quotes("melenchon", 10)).extracting(QuoteHit::articleId).containsExactly("m3", "m1", "m2");
        assertThat(store.quotes("Jean-Luc MÉLENCHON", 2)).extracting(QuoteHit::articleId).containsExactly("m3", "m1");
        assertThat(store.quotes("luc melenchon", 10)).hasSize(3);
        assertThat(store.quotes(null, 100)).hasSize(6);
        assertThat(store.quotes("...", 10)).isEmpty();
    }

    @Test
    void aSecondWriterFailsClearlyButReadersWork() throws Exception {
        store.put(Samples.full());
        store.commit();
        store.put(Samples.bare("uncommitted"));
        Path path = dir.resolve("store");
        assertThatThrownBy(() -> ArticleStore.open(path)).isInstanceOf(StoreException.class)
                .hasMessage("store " + path + " is locked by Veille process " + ProcessHandle.current().pid());
        try (ArticleStore reader = ArticleStore.openReadOnly(path)) {
            assertThat(reader.ids()).containsExactly("fr-1");
            store.commit();
            assertThat(reader.ids()).as("sees later commits").containsExactly("fr-1", "uncommitted");
            assertThatThrownBy(() -> reader.put(Samples.bare("z"))).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> ArticleStore.openReadOnly(dir.resolve("nothing"))).hasMessage("store " + dir.resolve("nothing") + " does not exist");
    }

    @Test
    void aForgeryStoredFirstDoesNotHideTheRealArticle() throws Exception {
        StoredArticle forged = Samples.placed(FORGED, "https://actu.example.org/a", "forged");
        StoredArticle real = Samples.placed(REAL, "https://actu.example.org/a", "real");
        assertThat(forged.id()).isNotEqualTo(real.id());
        assertThat(store.put(forged)).isTrue();
        assertThat(store.put(real)).as("not 'already stored'").isTrue();
        store.commit();
        assertThat(store.get(real.id()).orElseThrow().analyzed().article().text()).contains("400 millions");
        assertThat(store.get(forged.id()).orElseThrow().analyzed().article().text()).contains("900 millions");
        assertThat(store.get(real.id()).orElseThrow().republicationOf()).isNull();
    }

    @Test
    void theSameTextFromAnotherOutletIsKeptAsARepublicationOfTheFirst() throws Exception {
        StoredArticle first = Samples.placed(REAL, "https://first.example.org/a", "first");
        StoredArticle second = Samples.placed(REAL, "https://second.example.com/b", "second");
        StoredArticle third = Samples.placed(REAL.replace(" ", "\n"), "https://third.example.net/c", "third");
        assertThat(store.put(first)).isTrue();
        store.commit();
        assertThat(store.put(second)).isTrue();
        assertThat(store.put(third)).as("found among uncommitted articles too").isTrue();
        assertThat(store.put(second)).as("the same capture from the same place is the only duplicate").isFalse();
        store.commit();
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get(first.id()).orElseThrow().republicationOf()).isNull();
        assertThat(store.get(second.id()).orElseThrow().republicationOf()).isEqualTo(first.id());
        assertThat(store.get(third.id()).orElseThrow().republicationOf()).isEqualTo(first.id());
        store.setLinks(second.id(), "s-1", null, null);
        assertThat(store.get(second.id()).orElseThrow().republicationOf()).as("kept across updates").isEqualTo(first.id());
    }

    @Test
    void aQueryOverTheClauseLimitIsCutAndAnswered() throws Exception {
        store.put(Samples.full());
        String words = String.join(" ", java.util.Collections.nCopies(100, "otan sécurité bruxelles parlé général"));
        SearchResults results = store.search(words, 5);
        assertThat(results.wordsAsked()).isEqualTo(500);
        assertThat(results.cut()).isTrue();
        assertThat(results.wordsSearched()).isPositive().isLessThan(500);
        assertThat(ids(results)).containsExactly("fr-1");
        assertThat(store.search("otan sécurité", 5).cut()).isFalse();
    }

    @Test
    void aWordTooLongForTheClauseLimitIsSearchedByItsBeginning() throws Exception {
        store.put(Samples.full());
        String word = "otan/".repeat(20_000); // one word to the user, twenty thousand terms to the analyzer
        SearchResults results = store.search(word, 5);
        assertThat(results.cut()).isTrue();
        assertThat(results.wordsSearched()).isZero();
        assertThat(ids(results)).containsExactly("fr-1");
    }

    @Test
    void readersNeverCreateAStoreAndEveryFailureSaysWhereAndWhy() throws Exception {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> ArticleStore.openReadOnly(missing)).isInstanceOf(StoreException.class)
                .hasMessage("store " + missing + " does not exist");
        assertThat(missing).doesNotExist();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ArticleStore.openReadOnly(empty)).hasMessage("store " + empty + " holds no Veille store");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> ArticleStore.open(file)).hasMessage("store " + file + " is not a folder");
        assertThatThrownBy(() -> ArticleStore.open(file.resolve("store"))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("store " + file.resolve("store") + " ");
    }

    @Test
    void concurrentWritersNeverDuplicate() throws Exception {
        List<Thread> threads = new ArrayList<>();
        AtomicInteger added = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        if (store.put(Samples.synthetic(i))) {
                            added.incrementAndGet();
                        }
                        if (i % 50 == 0) {
                            store.commit();
                            store.search("security", 3);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(added).hasValue(200);
        assertThat(store.ids()).hasSize(200).doesNotHaveDuplicates();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }
}
