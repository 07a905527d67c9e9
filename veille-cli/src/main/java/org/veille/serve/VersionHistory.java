// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veille.extract.Article;
import org.veille.link.TextChanges;
import org.veille.store.StoredArticle;

/**
 * The versions of one page, as {@code show ID --versions} prints them: each version the store keeps (an edit, a
 * correction, a new headline), oldest first, with when it was fetched, and what each changed against the one before:
 * its title, and its text sentence by sentence ({@link TextChanges}, the link stage's comparison of a copy with its
 * source).
 *
 * @param versions the page's versions, oldest first ({@code ArticleStore.versions})
 * @param changes  for each version after the first, what it changed against the one before
 */
public record VersionHistory(List<StoredArticle> versions, List<TextChanges.Changes> changes) {

    public VersionHistory {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
    }

    /** The history of these versions, oldest first, each compared with the one before. */
    public static VersionHistory of(List<StoredArticle> versions, TextChanges textChanges) {
        List<TextChanges.Changes> changes = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            changes.add(textChanges.compare(versions.get(i - 1).analyzed().article().text(),
                    versions.get(i).analyzed().article().text()));
        }
        return new VersionHistory(versions, changes);
    }

    /**
     * One JSON object: the page's {@code source}, its {@code versions} ({@code id}, {@code fetched}, {@code published},
     * {@code title}, {@code previous_version}) and {@code changes} ({@code from} and {@code to}, two versions' ids;
     * {@code title}: the two titles when it changed, else null; then the sentences kept, added, cut and changed).
     */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", versions.isEmpty() ? null : versions.getFirst().analyzed().article().source());
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredArticle v : versions) {
            Article a = v.analyzed().article();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.id());
            m.put("fetched", v.fetched());
            m.put("published", a.published());
            m.put("title", a.title());
            m.put("previous_version", v.previousVersion());
            list.add(m);
        }
        row.put("versions", list);
        List<Map<String, Object>> diffs = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Article before = versions.get(i).analyzed().article(), after = versions.get(i + 1).analyzed().article();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", before.id());
            m.put("to", after.id());
            m.put("title", Objects.equals(before.title(), after.title()) ? null
                    : new LinkedHashMap<>(Map.of("from", String.valueOf(before.title()), "to", String.valueOf(after.title()))));
            m.putAll(ChangeRows.of(changes.get(i)));
            diffs.add(m);
        }
        row.put("changes", diffs);
        return row;
    }
}
