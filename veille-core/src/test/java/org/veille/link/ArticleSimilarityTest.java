// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;
import org.veille.extract.Article;

/** Similarity on invented articles, with a small French-English lexicon written here. */
class ArticleSimilarityTest {

    @TempDir
    static Path dir;

    private static ArticleSimilarity similarity;

    @BeforeAll
    static void lexicon() throws IOException {
        String[] definitions = {
                "gouvernement /ɡuvɛʁnəmɑ̃/ <n, masc>\ngovernment\n",
                "inondation /inɔ̃dasjɔ̃/ <n, fem>\nflood\n",
                "pluie /plɥi/ <n, fem>\nrain\n",
                "ville /vil/ <n, fem>\ntown, city\n",
                "évacuer /evakɥe/ <v>\nevacuate\n",
                "habitant /abitɑ̃/ <n, masc>\ninhabitant, resident\n",
                "finale /final/ <n, fem>\nfinal\n",
                "équipe /ekip/ <n, fem>\nteam\n",
                "gagner /ɡaɲe/ <v>\nwin\n"};
        StringBuilder text = new StringBuilder();
        StringBuilder index = new StringBuilder();
        for (String d : definitions) {
            int offset = text.toString().getBytes(StandardCharsets.UTF_8).length;
            index.append(FreeDictEntry.key(FreeDictEntry.head(d.lines().findFirst().orElseThrow()))).append('\t')
                    .append(base64(offset)).append('\t').append(base64(d.getBytes(StandardCharsets.UTF_8).length)).append('\n');
            text.append(d);
        }
        Files.writeString(dir.resolve("freedict-fra-eng.index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("freedict-fra-eng.dict.dz")))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        similarity = new ArticleSimilarity(BilingualLexicon.load(dir));
    }

    private static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return s.toString();
    }

    private static ArticleSimilarity.Profile profile(String language, String text, Entity... entities) {
        Article a = new Article(text, text, null, null, null, null, List.of(), language, text, List.of());
        return similarity.profile(new AnalyzedArticle(a, List.of(entities), List.of()));
    }

    private static double score(ArticleSimilarity.Profile a, ArticleSimilarity.Profile b) {
        return similarity.similarity(a, b, ProfileFrequencies.NONE);
    }

    private static final String FLOOD_FR = "Inondation à Valence : le gouvernement fait évacuer 2300 habitants de la ville après des pluies records.";
    private static final String FLOOD_EN = "Flood in Valencia: the government evacuates 2300 residents of the city after record rain.";
    private static final String FINAL_EN = "The team of Lyon wins the final of the cup after a match of extra time.";

    @Test
    void anArticleIsWhollyLikeItself() {
        ArticleSimilarity.Profile p = profile("en", FLOOD_EN);
        assertThat(score(p, p)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTranslationIsCloserThanAnotherStoryInItsLanguage() {
        ArticleSimilarity.Profile fr = profile("fr", FLOOD_FR);
        double translation = score(fr, profile("en", FLOOD_EN));
        double other = score(fr, profile("en", FINAL_EN));
        assertThat(translation).isGreaterThan(0.4).isGreaterThan(other + 0.2);
        assertThat(similarity.channels(fr, profile("en", FLOOD_EN), ProfileFrequencies.NONE).words()).isGreaterThan(0.3);
    }

    @Test
    void withoutALexiconNamesAndNumbersStillMeetAcrossLanguages() {
        ArticleSimilarity bare = new ArticleSimilarity(BilingualLexicon.empty());
        Article fr = new Article("a", "a", null, null, null, null, List.of(), "fr", FLOOD_FR, List.of());
        Article en = new Article("b", "b", null, null, null, null, List.of(), "en", FLOOD_EN, List.of());
        ArticleSimilarity.Channels c = bare.channels(bare.profile(new AnalyzedArticle(fr, List.of(), List.of())),
                bare.profile(new AnalyzedArticle(en, List.of(), List.of())), ProfileFrequencies.NONE);
        assertThat(c.words()).isZero(); // no lexicon: no English words for the French text
        assertThat(c.evidence()).isGreaterThan(0); // "Valence"/"Valencia" differ, but 2300 is 2300
        assertThat(c.characters()).isGreaterThan(0);
    }

    @Test
    void identitiesOfTheAnalyzeStageAreEvidenceInAnyLanguage() {
        Entity de = new Entity("Bundeskanzlerin", Entity.Type.PER, "Angela Merkel", 0, 15);
        Entity en = new Entity("the chancellor", Entity.Type.PER, "Angela Merkel", 0, 14);
        ArticleSimilarity.Channels c = similarity.channels(profile("de", "Bundeskanzlerin sprach lange.", de),
                profile("en", "the chancellor spoke for long.", en), ProfileFrequencies.NONE);
        assertThat(c.evidence()).isGreaterThan(0.5);
    }

    @Test
    void numbersReadTheSameWithCommaOrPointAndInAnyScript() {
        TermBag.Builder a = new TermBag.Builder();
        ArticleSimilarity.Evidence.numbers("3,8 millions, 2020, 7 jours", a);
        TermBag.Builder b = new TermBag.Builder();
        ArticleSimilarity.Evidence.numbers("3.8 million in ٢٠٢٠", b);
        assertThat(a.build().counts()).containsOnlyKeys("#:38", "#:2020"); // one digit alone is no evidence
        assertThat(b.build().counts()).containsOnlyKeys("#:38", "#:2020");
    }

    @Test
    void capitalisedWordsCountInsideASentenceOnly() {
        TermBag.Builder bag = new TermBag.Builder();
        ArticleSimilarity.Evidence.capitalised("Hier, la ville de Valence. Puis Émile Zola", bag);
        assertThat(bag.build().counts()).containsOnlyKeys("cap:valence", "cap:emile", "cap:zola");
    }

    @Test
    void rareSharedFeaturesWeighMoreThanCommonOnes() {
        ArticleSimilarity.Profile a = profile("en", "storm storm flood");
        ArticleSimilarity.Profile b = profile("en", "storm flood quake");
        ArticleSimilarity.Profile c = profile("en", "storm rain rain");
        ProfileFrequencies df = ProfileFrequencies.of(List.of(a, b, c));
        assertThat(df.idf("en:storm")).isLessThan(df.idf("en:flood"));
        assertThat(ProfileFrequencies.NONE.idf("en:storm")).isEqualTo(1);
    }

    @Test
    void weightsAreChecked() {
        assertThatThrownBy(() -> new ArticleSimilarity.Weights(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArticleSimilarity.Weights(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        ArticleSimilarity.Channels c = new ArticleSimilarity.Channels(0.25, 0, 1, 0);
        assertThat(new ArticleSimilarity.Weights(1, 0, 1, 0).combine(c)).isEqualTo(0.75); // (√0.25 + √1) / 2
    }
}
