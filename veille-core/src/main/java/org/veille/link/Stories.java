// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.List;
import java.util.Map;

/**
 * Articles grouped by story.
 *
 * @param storyOf    each article id's story id; articles of one story share it
 * @param duplicates ids of articles whose text repeats an earlier article's, mapped to that article's id
 */
public record Stories(Map<String, String> storyOf, Map<String, String> duplicates) {
    public Stories {
        storyOf = Map.copyOf(storyOf);
        duplicates = Map.copyOf(duplicates);
    }

    /** The members of each story, in input order. */
    public Map<String, List<String>> members() {
        Map<String, List<String>> members = new java.util.LinkedHashMap<>();
        storyOf.forEach((id, story) -> members.computeIfAbsent(story, k -> new java.util.ArrayList<>()).add(id));
        return members;
    }
}
