// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for the features of one linking run (stems, identities), so each article's features are two arrays
 * and not a map of strings. Owned by one linker; not thread-safe.
 */
public final class LinkVocabulary {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    public int id(String term) {
        Integer id = numbers.get(term);
        if (id != null) return id;
        int next = terms.size();
        numbers.put(term, next);
        terms.add(term);
        return next;
    }

    public String term(int id) {
        return terms.get(id);
    }

    public int size() {
        return terms.size();
    }
}
