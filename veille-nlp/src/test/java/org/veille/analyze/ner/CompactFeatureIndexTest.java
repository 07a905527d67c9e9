// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.HashIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CompactFeatureIndexTest {

    private static final List<String> NAMES = List.of("WORD-Paris", "PREV-de|C", "SHAPE-Xxxxx", "WORD-élysée", "", "WORD-Œuvre");

    private static CompactFeatureIndex index() {
        return CompactFeatureIndex.of(new HashIndex<>(NAMES));
    }

    @Test
    void numbersEveryNameAsItsSourceDoes() {
        CompactFeatureIndex index = index();
        assertThat(index.size()).isEqualTo(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(index.get(i)).isEqualTo(NAMES.get(i));
            assertThat(index.indexOf(NAMES.get(i))).isEqualTo(i);
        }
        assertThat(index.objectsList()).containsExactlyElementsOf(NAMES);
    }

    @Test
    void unknownNamesAreMinusOneAndCannotBeAdded() {
        CompactFeatureIndex index = index();
        assertThat(index.indexOf("WORD-Pari")).isEqualTo(-1);
        assertThat(index.indexOf("WORD-Parisx")).isEqualTo(-1);
        assertThat(index.indexOf("WORD-elysée")).isEqualTo(-1);
        assertThat(index.indexOf((String) null)).isEqualTo(-1);
        assertThat(index.indexOf("WORD-Lyon", false)).isEqualTo(-1);
        assertThatThrownBy(() -> index.indexOf("WORD-Lyon", true)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(index());
        }
        CompactFeatureIndex read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (CompactFeatureIndex) in.readObject();
        }
        assertThat(read.objectsList()).containsExactlyElementsOf(NAMES);
        assertThat(read.indexOf("WORD-Œuvre")).isEqualTo(5);
    }

    @Test
    void findsEveryNameOfALargeIndexAndNoneOfItsNearMisses() {
        List<String> many = IntStream.range(0, 50_000).mapToObj(i -> "PREV-WORD|w" + i + "-SHAPE").toList();
        CompactFeatureIndex index = CompactFeatureIndex.of(new HashIndex<>(many));
        for (int i = 0; i < many.size(); i++) assertThat(index.indexOf(many.get(i))).isEqualTo(i);
        for (int i = 0; i < many.size(); i++) assertThat(index.indexOf("PREV-WORD|w" + i + "-SHAPF")).isEqualTo(-1);
    }
}
