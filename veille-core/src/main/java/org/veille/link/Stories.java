// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles grouped by story and thread.
 *
 * @param storyOf  each article id's story id; articles of one story share it
 * @param threadOf each article id's thread id (a thread groups stories of one subject)
 * @param repeats  ids of articles whose text repeats an earlier article's, with that article's id and how much
 */
public record Stories(Map<String, String> storyOf, Map<String, String> threadOf, Map<String, StoryLinker.Repeat> repeats) {
    public Stories {
        storyOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(storyOf));
        threadOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(threadOf));
        repeats = Map.copyOf(repeats);
    }

    /** The members of each story, in input order. */
    public Map<String, List<String>> members() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        storyOf.forEach((id, story) -> members.computeIfAbsent(story, k -> new ArrayList<>()).add(id));
        return members;
    }
}
