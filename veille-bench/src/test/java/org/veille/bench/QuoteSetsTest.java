// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.analyze.Quotation.Kind;

/** The quotation sets' readers and scorers on small invented files, with Veille's quotations invented too. */
class QuoteSetsTest {

    @TempDir
    Path tmp;

    private static Path resource(String name) {
        try {
            return Path.of(QuoteSetsTest.class.getResource("quotes/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quotation over the first occurrence of {@code words} in {@code text}. */
    private static Predicted over(String text, String words, Kind kind, String speaker, String speakerText) {
        int at = text.indexOf(words);
        assertThat(at).as("'%s' in the text", words).isNotNegative();
        return new Predicted(kind, speaker, speakerText, at, at + words.length());
    }

    @Test
    void polnearKeepsTheLowestAnnotatorAndReadsCodePointOffsets() {
        Path dir = resource("polnear");
        assertThat(PolNearSet.holds(dir)).isTrue();
        PolNearSet set = PolNearSet.load(dir, 0);
        QuoteDoc doc = set.docs().getFirst();
        assertThat(set.docs()).hasSize(1);
        assertThat(doc.published()).as("from the metadata TSV").isEqualTo("2016-09-12");
        assertThat(doc.language()).isEqualTo("en");
        List<PolNearSet.Attribution> gold = PolNearSet.attributions(
                Brat.read(dir.resolve("attributions/a_0b1c.ann"), doc.text()), doc.text(), SpeakerWords.of("en"));
        assertThat(gold).as("the event pointing to a missing content is skipped").hasSize(3);
        assertThat(gold.get(0).content().of(doc.text())).as("after the emoji, offsets count code points")
                .isEqualTo("the plan was \"a disaster\" for the state");
        assertThat(gold.stream().map(PolNearSet.Attribution::kind))
                .containsExactly(PolNearSet.Kind.PARTIAL, PolNearSet.Kind.DIRECT, PolNearSet.Kind.INDIRECT);
        assertThat(gold.get(1).content().length()).as("two parts, counted once each").isEqualTo(19 + 14);
        assertThat(gold.get(1).antecedent()).isEqualTo("Senator Jane Smith");
        assertThat(gold.get(2).antecedent()).as("'she' names nobody: the named source before it").isEqualTo("Senator Jane Smith");
        assertThat(gold.get(0).antecedent()).as("a named source needs none").isNull();
        assertThat(PolNearSet.kindOf(" “We will.” ")).isEqualTo(PolNearSet.Kind.DIRECT);
        assertThat(PolNearSet.kindOf("”We will.”")).as("a closing mark does not open: the README's count").isEqualTo(PolNearSet.Kind.PARTIAL);
        assertThat(PolNearSet.kindOf("we will")).isEqualTo(PolNearSet.Kind.INDIRECT);
    }

    @Test
    void polnearScoresContentsPrecisionAndSpeakersByKind() {
        PolNearSet set = PolNearSet.load(resource("polnear"), 0);
        String text = set.docs().getFirst().text();
        List<Predicted> veille = List.of(
                over(text, "the plan was \"a disaster\" for the state", Kind.INDIRECT, "Jane Smith", "Senator Jane Smith"),
                over(text, "We will fight it,", Kind.DIRECT, null, "Smith"), // the source is "she": right by its antecedent
                over(text, "talks had failed", Kind.SCARE, null, null), // scare quotes are left out
                over(text, "The source added", Kind.INDIRECT, null, null)); // no gold content there
        Map<String, PolNearSet.Row> rows = set.score(List.of(veille)).stream()
                .collect(java.util.stream.Collectors.toMap(PolNearSet.Row::name, r -> r));
        assertThat(rows.get("all")).isEqualTo(new PolNearSet.Row("all", 3, 2, 3, 2, new Tally(2, 2)));
        assertThat(rows.get("all").f1()).isEqualTo(2.0 / 3);
        assertThat(rows.get("direct")).isEqualTo(new PolNearSet.Row("direct", 1, 1, 1, 1, new Tally(1, 1)));
        assertThat(rows.get("partial/mixed")).isEqualTo(new PolNearSet.Row("partial/mixed", 1, 1, 0, 0, new Tally(1, 1)));
        assertThat(rows.get("indirect")).isEqualTo(new PolNearSet.Row("indirect", 1, 0, 2, 1, Tally.ZERO));
    }

    @Test
    void litbankResolvesPronounSpeakersToTheNearestNamedSource() {
        Path dir = resource("litbank");
        assertThat(LitBankSet.holds(dir)).isTrue();
        LitBankSet set = LitBankSet.load(dir, 0);
        String text = set.docs().getFirst().text();
        List<LitBankSet.Citation> gold = LitBankSet.citations(Brat.read(dir.resolve("scene.ann"), text), text, SpeakerWords.of("fr"));
        assertThat(gold.stream().map(LitBankSet.Citation::speaker)).containsExactly("Paul", "Paul", "Paul");
        List<Predicted> veille = List.of(
                over(text, "Bonjour,", Kind.DIRECT, "Paul", "Paul"),
                over(text, "Bonsoir,", Kind.DIRECT, null, "elle")); // a pronoun shares no content word
        LitBankSet.Counts all = LitBankSet.total(set.score(List.of(veille)));
        assertThat(all).isEqualTo(new LitBankSet.Counts("all", 3, 2, 3, 2, 1));
        assertThat(all.speakersOfFound()).isEqualTo(0.5);
        assertThat(all.speakersOfAll()).isEqualTo(1.0 / 3);
    }

    @Test
    void aadsRebuildsTheTextAndLabelsTheMarksAsTheGoldDoes() {
        Path dir = resource("aads");
        assertThat(AadsSet.holds(dir)).isTrue();
        AadsSet set = AadsSet.load(dir, 0);
        assertThat(set.docs().stream().map(QuoteDoc::text)).containsExactly("Il dit :\n— Bonjour !", "Elle cria « Au feu » puis partit.");
        String f1 = set.docs().get(0).text(), f2 = set.docs().get(1).text();
        List<AadsSet.Row> rows = set.score(List.of(
                List.of(over(f1, "Bonjour !", Kind.DIRECT, null, null)),
                List.of(over(f2, "Au feu", Kind.DIRECT, "Elle", "Elle"), over(f2, "partit", Kind.SCARE, null, null))));
        assertThat(rows.get(0).ds()).as("the dash is DS, the line break before it is not").isEqualTo(new Confusion(3, 0, 0, 4));
        assertThat(rows.get(1).ds()).as("both guillemets are DS").isEqualTo(new Confusion(4, 1, 0, 4));
        assertThat(AadsSet.load(dir, 1).docs()).hasSize(1);
    }

    @Test
    void frNewsLocatesQuotesAndScoresKindsAndSpeakers() throws IOException {
        Path texts = gzip(resource("frnews/texts.jsonl"));
        StringWriter err = new StringWriter();
        FrNewsSet set = FrNewsSet.load(resource("frnews"), texts, 0, new PrintWriter(err, true));
        assertThat(err.toString().lines()).containsExactlyInAnyOrder(
                "bench: annotations-b.jsonl line 2: not valid JSON, skipped",
                "bench: article 7: quote \"absent du texte\" is not in the text, skipped",
                "bench: article 8: not in texts.jsonl.gz, skipped");
        QuoteDoc doc = set.docs().getFirst();
        assertThat(doc.published()).isEqualTo("2020-01-02");
        String text = doc.text();
        List<Predicted> veille = List.of(
                over(text, "Nous irons jusqu'au bout", Kind.DIRECT, "Jean Dupont", "le ministre"),
                over(text, "faute grave", Kind.PARTIAL, "Dupont", "il"), // a surname alone: the gold speaker's last word
                over(text, "la réforme serait votée", Kind.INDIRECT, "marie curie blanc", "Mme Curie-Blanc"),
                over(text, "gilets jaunes", Kind.PARTIAL, null, null)); // no speaker, as the gold's scare quote
        Map<FrNewsSet.Row, FrNewsSet.Counts> rows = set.score(List.of(veille));
        assertThat(rows.get(FrNewsSet.Row.DIRECT_PARTIAL)).isEqualTo(new FrNewsSet.Counts(2, 2, 2, 2));
        assertThat(rows.get(FrNewsSet.Row.INDIRECT)).isEqualTo(new FrNewsSet.Counts(1, 1, 1, 1));
        assertThat(rows.get(FrNewsSet.Row.SCARE)).isEqualTo(new FrNewsSet.Counts(1, 1, 0, 1));
        assertThat(rows.get(FrNewsSet.Row.ALL)).isEqualTo(new FrNewsSet.Counts(4, 4, 3, 4));
        List<SpeakerMiss> misses = set.misses(List.of(veille.subList(0, 1)));
        assertThat(misses.stream().map(SpeakerMiss::quote)).containsExactly("faute grave", "la réforme serait votée", "gilets jaunes");
    }

    @Test
    void frNewsSpeakerRule() {
        FrNewsSet.Quote gold = new FrNewsSet.Quote(Stretch.of(0, 1), "x", Kind.DIRECT, "Jean-Yves Le Drian", List.of("Quai d'Orsay"), null);
        assertThat(FrNewsSet.rightSpeaker(gold, said("jean yves le drian"))).isTrue();
        assertThat(FrNewsSet.rightSpeaker(gold, said("Drian"))).isTrue();
        assertThat(FrNewsSet.rightSpeaker(gold, said("Quai d’Orsay"))).as("another apostrophe is another name").isFalse();
        assertThat(FrNewsSet.rightSpeaker(gold, said("Quai d'Orsay"))).isTrue();
        assertThat(FrNewsSet.rightSpeaker(gold, said("Pierre Le Drian"))).as("two words must match whole").isFalse();
        assertThat(FrNewsSet.rightSpeaker(gold, said(null))).isFalse();
        FrNewsSet.Quote anonymous = new FrNewsSet.Quote(Stretch.of(0, 1), "x", Kind.INDIRECT, null, List.of(), null);
        assertThat(FrNewsSet.rightSpeaker(anonymous, said(null))).isTrue();
        assertThat(FrNewsSet.rightSpeaker(anonymous, said("Le Drian"))).isFalse();
        assertThat(FrNewsSet.folded("Élisabeth  Borne-Dupré")).isEqualTo("elisabeth borne dupre");
    }

    private static Predicted said(String speaker) {
        return new Predicted(Kind.DIRECT, speaker, null, 0, 1);
    }

    @Test
    void paragraphsMapEveryBodyCharacterBackToTheText() {
        String text = "  Un.\r\nDeux \n\n\n  trois\n";
        Paragraphs p = new Paragraphs(text);
        assertThat(p.body()).isEqualTo("Un.\n\nDeux\n\ntrois");
        for (int i = 0; i < p.body().length(); i++) {
            if (p.body().charAt(i) != '\n') assertThat(text.charAt(p.toText(i))).as("body offset %d", i).isEqualTo(p.body().charAt(i));
        }
        assertThat(p.toText(p.body().length())).as("the end maps to the end of the last line").isEqualTo(text.indexOf("trois") + 5);
        assertThat(p.toText(4)).as("inside a separator: the end of the line before").isEqualTo(5);
    }

    @Test
    void bratReadsDiscontinuousSpansAndNamesABadLine() {
        Brat brat = Brat.parse(List.of("T1\tCitation 0 2;4 6\tab ef", "R1\tSource Arg1:T2 Arg2:T1", "#1\tAnnotatorNotes T1\tnote"),
                new CodePoints("abcdef"));
        assertThat(brat.mentions().get("T1").stretch().of("abcdef")).isEqualTo("ab ef");
        assertThat(brat.relations()).containsExactly(new Brat.Relation("Source", "T2", "T1"));
        assertThatThrownBy(() -> Brat.parse(List.of("T1\tSource 0 1\ta", "T2\tSource 3 x\tb"), new CodePoints("abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2: bad offsets");
    }

    @Test
    void stretchesCountEachCharacterOnce() {
        Stretch s = new Stretch(List.of(new org.veille.analyze.Span(10, 20), new org.veille.analyze.Span(15, 25), new org.veille.analyze.Span(30, 40)));
        assertThat(s.length()).isEqualTo(25);
        assertThat(s.overlap(18, 35)).isEqualTo(12);
        assertThat(s.halfCoveredBy(10, 22)).isFalse();
        assertThat(s.halfCoveredBy(10, 23)).isTrue();
        assertThat(new CodePoints("a🙂b").chars(2)).isEqualTo(3);
    }

    @Test
    void speakerWordsIgnorePronounsDeterminersAndTitles() {
        SpeakerWords en = SpeakerWords.of("en");
        assertThat(en.agree("Mr. Obama", "President Barack Obama")).isTrue();
        assertThat(en.agree("Mr. Obama", "Mr. Trump")).isFalse();
        assertThat(en.agree("the source", "a source")).isTrue();
        assertThat(en.agree(null, "Trump")).isFalse();
        assertThat(en.holdsName("The Post")).isTrue();
        assertThat(en.holdsName("He")).isFalse();
        SpeakerWords fr = SpeakerWords.of("fr");
        assertThat(fr.isPronoun("-t-il")).isTrue();
        assertThat(fr.isPronoun("j'")).isTrue();
        assertThat(fr.isPronoun("le prêtre")).isFalse();
        assertThat(fr.agree("M. de Courville", "Courville")).isTrue();
    }

    private Path gzip(Path plain) throws IOException {
        Path gz = tmp.resolve(plain.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readString(plain, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }
}
