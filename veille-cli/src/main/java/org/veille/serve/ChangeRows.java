// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.link.TextChanges;

/** {@link TextChanges.Changes} as the JSON the command line and the API print: a story's copies, a page's versions. */
public final class ChangeRows {

    private ChangeRows() {}

    /** {@code kept}, {@code added}, {@code cut}, and {@code changed}: each reworded sentence {@code from}, {@code to}, with the runs of words {@code inserted} and {@code removed}. */
    public static Map<String, Object> of(TextChanges.Changes changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kept", changes.kept());
        m.put("added", changes.added());
        m.put("cut", changes.cut());
        List<Map<String, Object>> changed = new ArrayList<>();
        for (TextChanges.Change c : changes.changed()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("from", c.from());
            cm.put("to", c.to());
            cm.put("inserted", c.inserted());
            cm.put("removed", c.removed());
            changed.add(cm);
        }
        m.put("changed", changed);
        return m;
    }
}
