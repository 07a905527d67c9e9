// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfModelCacheTest {

    private static final String SENTENCE =
            "Le secrétaire général de l'OTAN , Jens Stoltenberg , a rencontré Emmanuel Macron à Paris mardi , selon l'Élysée .";

    @Test
    void theCompactCopyTagsAsTheShippedModelDoesAndIsMadeAgainWhenDamaged(@TempDir Path cache) throws Exception {
        CRFClassifier<CoreLabel> shipped = CRFClassifier.getClassifier(CoreNlpRecognizer.FRENCH_MODEL);
        CrfModelCache models = new CrfModelCache(cache);
        CRFClassifier<CoreLabel> first = models.load(CoreNlpRecognizer.FRENCH_MODEL);
        try (Stream<Path> copies = Files.list(cache)) {
            assertThat(copies.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("french-wikiner-4class.crf.ser.gz.").endsWith(".ser");
        }
        CRFClassifier<CoreLabel> fromCopy = models.load(CoreNlpRecognizer.FRENCH_MODEL);
        List<String> expected = tags(shipped);
        assertThat(expected).contains("I-PER", "I-LOC");
        assertThat(tags(first)).isEqualTo(expected);
        assertThat(tags(fromCopy)).isEqualTo(expected);

        Path copy;
        try (Stream<Path> copies = Files.list(cache)) {
            copy = copies.findFirst().orElseThrow();
        }
        Files.write(copy, new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3}); // a damaged copy is made again
        assertThat(tags(models.load(CoreNlpRecognizer.FRENCH_MODEL))).isEqualTo(expected);
        assertThat(Files.size(copy)).isGreaterThan(1_000_000);
    }

    private static List<String> tags(CRFClassifier<CoreLabel> model) {
        return model.classify(SENTENCE).getFirst().stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }
}
