// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.nio.file.Path;

/**
 * The ingest that {@link ArticleStoreCrashTest} runs in a child JVM and kills: puts the synthetic articles
 * {@code 0..n-1} into a store, committing every {@code batch}. Prints "started" after the first commit and
 * "added K" at the end.
 */
public final class CrashIngest {
    private CrashIngest() {
    }

    /** Arguments: store directory, n, batch. */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]), batch = Integer.parseInt(args[2]);
        int added = 0;
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
            for (int i = 0; i < n; i++) {
                if (store.put(Samples.synthetic(i))) {
                    added++;
                }
                if ((i + 1) % batch == 0) {
                    store.commit();
                    if (i + 1 == batch) {
                        System.out.println("started");
                        System.out.flush();
                    }
                }
            }
        }
        System.out.println("added " + added);
    }
}
